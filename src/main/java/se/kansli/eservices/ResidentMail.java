package se.kansli.eservices;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells residents that their case has a new status. E-mail is not a safe channel, so the message
 * names only the case number and sends the resident to My pages, behind eID login.
 */
@Component
class ResidentMail {

  private static final Logger log = LoggerFactory.getLogger(ResidentMail.class);

  private final ObjectProvider<JavaMailSender> mail;
  private final String from;

  ResidentMail(
      ObjectProvider<JavaMailSender> mail,
      @Value("${kansli.signing.mail-from:kansli@localhost}") String from) {
    this.mail = mail;
    this.from = from;
  }

  /** After commit, so that a resident is never told of a change that was rolled back. */
  @TransactionalEventListener
  void statusChanged(ResidentStatusNotice notice) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      log.warn(
          "No mail server configured (spring.mail.host): case {} not e-mailed",
          notice.caseNumber());
      return;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(notice.email());
    message.setSubject("Ditt ärende " + notice.caseNumber() + " har fått ny status");
    message.setText(
        """
        Hej!

        Ditt ärende %s har fått en ny status. Logga in på Mina sidor för att se vad som har hänt.

        Det här meddelandet går inte att svara på.
        """
            .formatted(notice.caseNumber()));
    try {
      sender.send(message);
    } catch (MailException e) {
      // The status change is committed and stands; the resident still finds it on My pages, so a
      // mail server that is down must not turn the officer's finished work into an error.
      log.warn("Could not e-mail the resident of case {}: {}", notice.caseNumber(), e.getMessage());
    }
  }
}
