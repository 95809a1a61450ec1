package se.kansli.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Dates and times as OParl writes them (ISO 8601 with the offset), in Swedish time: a meeting at
 * 09:00 is at 09:00 in Luleå, summer or winter.
 */
final class StockholmTime {

  static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  private StockholmTime() {}

  static String dateTime(LocalDate date, LocalTime time) {
    return date.atTime(time)
        .atZone(ZONE)
        .toOffsetDateTime()
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  static String dateTime(Instant instant) {
    return instant == null
        ? null
        : instant
            .truncatedTo(ChronoUnit.SECONDS)
            .atZone(ZONE)
            .toOffsetDateTime()
            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  static String date(Instant instant) {
    return instant == null ? null : instant.atZone(ZONE).toLocalDate().toString();
  }
}
