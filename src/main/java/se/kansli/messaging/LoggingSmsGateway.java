package se.kansli.messaging;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Sends nothing: writes the text message to the log. No SMS provider is contracted yet, so this is
 * the only gateway; it is chosen by {@code kansli.messaging.sms.gateway=log} (the default). The
 * number is logged only by its last digits, since the log is not the place for contact details.
 */
@Component
@ConditionalOnProperty(
    name = "kansli.messaging.sms.gateway",
    havingValue = "log",
    matchIfMissing = true)
class LoggingSmsGateway implements SmsGateway {

  private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

  @Override
  public String provider() {
    return "log";
  }

  @Override
  public String send(String phoneNumber, String text) {
    String reference = UUID.randomUUID().toString();
    String digits = phoneNumber.replaceAll("[^0-9]", "");
    String masked = "…" + digits.substring(Math.max(0, digits.length() - 2));
    log.info(
        "SMS not sent (kansli.messaging.sms.gateway=log) to {} [{}]: {}", masked, reference, text);
    return reference;
  }
}
