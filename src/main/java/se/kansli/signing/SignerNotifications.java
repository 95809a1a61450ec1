package se.kansli.signing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells signers by e-mail that a document waits for them. Without a mail server configured
 * (spring.mail.host) the links are only shown to the person who created the order, and this is
 * logged so that nobody believes mails were sent.
 */
@Component
class SignerNotifications {

  private static final Logger log = LoggerFactory.getLogger(SignerNotifications.class);

  private final ObjectProvider<JavaMailSender> mail;
  private final SigningProperties properties;

  SignerNotifications(ObjectProvider<JavaMailSender> mail, SigningProperties properties) {
    this.mail = mail;
    this.properties = properties;
  }

  String link(StoredSigner signer) {
    return properties.publicUrl() + "/sign/" + signer.token();
  }

  void invite(StoredOrder order, StoredSigner signer) {
    send(
        signer,
        "Underskrift begärs: " + order.title(),
        """
        Hej %s,

        Du ombeds skriva under "%s" elektroniskt.

        Öppna länken, granska dokumentet och skriv under med e-legitimation:
        %s

        Dokumentets kontrollsumma (SHA-256): %s
        Länken gäller till %s.
        """
            .formatted(
                signer.name(),
                order.title(),
                link(signer),
                order.documentSha256(),
                order.expiresAt()));
  }

  void remind(StoredOrder order, StoredSigner signer) {
    send(
        signer,
        "Påminnelse: underskrift begärs: " + order.title(),
        """
        Hej %s,

        "%s" väntar fortfarande på din underskrift:
        %s
        """
            .formatted(signer.name(), order.title(), link(signer)));
  }

  private void send(StoredSigner signer, String subject, String text) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      log.warn("No mail server configured (spring.mail.host): not e-mailing {}", signer.email());
      return;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(properties.mailFrom());
    message.setTo(signer.email());
    message.setSubject(subject);
    message.setText(text);
    sender.send(message);
  }
}
