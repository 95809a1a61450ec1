package se.kansli.followup;

import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the annual cycle's reminders; a few times a day, so that a missed run costs little. */
@Component
class CycleReminders {

  private static final Logger log = LoggerFactory.getLogger(CycleReminders.class);
  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  private final AnnualCycle cycle;

  CycleReminders(AnnualCycle cycle) {
    this.cycle = cycle;
  }

  @Scheduled(
      fixedDelayString = "${kansli.followup.schedule-delay:PT6H}",
      initialDelayString = "${kansli.followup.schedule-initial-delay:PT2M}")
  void run() {
    int sent = cycle.remind(LocalDate.now(STOCKHOLM));
    if (sent > 0) {
      log.info("Annual cycle: {} reminders sent", sent);
    }
  }
}
