package se.kansli.signing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicUrl where signers reach Kansli, for the links in their e-mails
 * @param mailFrom sender address of signing e-mails
 * @param reminderAfter a signer who has not signed this long after being asked is reminded
 * @param defaultValidity how long an order stays open when the creator does not say
 */
@ConfigurationProperties("kansli.signing")
public record SigningProperties(
    String publicUrl, String mailFrom, Duration reminderAfter, Duration defaultValidity) {

  public SigningProperties {
    publicUrl = publicUrl == null ? "http://localhost:8080" : publicUrl.replaceAll("/+$", "");
    mailFrom = mailFrom == null ? "kansli@localhost" : mailFrom;
    reminderAfter = reminderAfter == null ? Duration.ofDays(2) : reminderAfter;
    defaultValidity = defaultValidity == null ? Duration.ofDays(14) : defaultValidity;
  }
}
