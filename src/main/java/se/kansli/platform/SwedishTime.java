package se.kansli.platform;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Formats instants in Swedish time for pages: {@code ${@swedishTime.date(x)}}. */
@Component("swedishTime")
public class SwedishTime {

  public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZONE);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

  public String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant);
  }

  public String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }
}
