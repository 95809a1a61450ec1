package se.kansli.signing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Closes expired orders and reminds slow signers, once a minute. */
@Component
class SigningSchedule {

  private static final Logger log = LoggerFactory.getLogger(SigningSchedule.class);

  private final SigningOrders orders;

  SigningSchedule(SigningOrders orders) {
    this.orders = orders;
  }

  @Scheduled(fixedDelayString = "${kansli.signing.schedule-delay:PT1M}", initialDelay = 60_000)
  void run() {
    int expired = orders.expireDue();
    int reminded = orders.remindDue();
    if (expired + reminded > 0) {
      log.info("Signing orders: {} expired, {} reminders sent", expired, reminded);
    }
  }
}
