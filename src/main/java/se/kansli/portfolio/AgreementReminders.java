package se.kansli.portfolio;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.kansli.platform.SwedishTime;

/**
 * Sends the agreements' reminders once a day. A day missed (the server down) costs nothing: a
 * reminder's window runs until its deadline, and the next run sends it.
 */
@Component
class AgreementReminders {

  private static final Logger log = LoggerFactory.getLogger(AgreementReminders.class);

  private final Agreements agreements;

  AgreementReminders(Agreements agreements) {
    this.agreements = agreements;
  }

  @Scheduled(cron = "${kansli.portfolio.reminder-cron:0 0 7 * * *}", zone = "Europe/Stockholm")
  void run() {
    int sent = agreements.remind(LocalDate.now(SwedishTime.ZONE));
    if (sent > 0) {
      log.info("Agreements: {} reminders sent", sent);
    }
  }
}
