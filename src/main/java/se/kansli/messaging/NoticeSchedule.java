package se.kansli.messaging;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Retries the notices to residents that could not be delivered, once a minute. */
@Component
class NoticeSchedule {

  private static final Logger log = LoggerFactory.getLogger(NoticeSchedule.class);

  private final ResidentNotices notices;

  NoticeSchedule(ResidentNotices notices) {
    this.notices = notices;
  }

  @Scheduled(
      fixedDelayString = "${kansli.messaging.notices.schedule-delay:PT1M}",
      initialDelayString = "${kansli.messaging.notices.schedule-initial-delay:PT1M}")
  void run() {
    int sent = notices.retryDue(Instant.now());
    if (sent > 0) {
      log.info("Notices to residents: {} delivered by the retry schedule", sent);
    }
  }
}
