package se.kansli.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.signing.EidMetering;
import se.kansli.signing.TransactionKind;

/**
 * Tells the resident by e-mail and SMS that an officer has answered. The notification never carries
 * the message: e-mail and SMS are not secure channels, and the message may hold information under
 * secrecy (OSL), so it says only who wrote, in which case, and where to log in.
 */
@Component
class ResidentNotifications {

  private static final Logger log = LoggerFactory.getLogger(ResidentNotifications.class);

  private final ConversationRows rows;
  private final OrganisationDirectory organisations;
  private final ObjectProvider<JavaMailSender> mail;
  private final SmsGateway sms;
  private final EidMetering metering;
  private final MessagingProperties properties;

  ResidentNotifications(
      ConversationRows rows,
      OrganisationDirectory organisations,
      ObjectProvider<JavaMailSender> mail,
      SmsGateway sms,
      EidMetering metering,
      MessagingProperties properties) {
    this.rows = rows;
    this.organisations = organisations;
    this.mail = mail;
    this.sms = sms;
    this.metering = metering;
    this.properties = properties;
  }

  // After commit, so that a message that was rolled back notifies nobody; in a transaction of its
  // own, because each SMS is metered and metering must be written in one.
  @TransactionalEventListener
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(MessagePosted posted) {
    if (posted.author() != Author.OFFICER || posted.internalNote()) {
      return;
    }
    var conversation = rows.find(posted.conversation()).orElseThrow();
    String organisationName =
        organisations
            .find(conversation.organisation())
            .map(o -> o.name())
            .orElse(conversation.organisation().value());
    String link = properties.link(conversation.id());
    if (conversation.residentEmail() != null) {
      email(conversation.residentEmail(), organisationName, conversation.caseNumber(), link);
    }
    if (conversation.residentPhone() != null) {
      String reference =
          sms.send(
              conversation.residentPhone(),
              "Du har ett nytt meddelande från %s i ärende %s. Logga in på Mina sidor: %s"
                  .formatted(organisationName, conversation.caseNumber(), link));
      metering.record(
          conversation.organisation(),
          TransactionKind.SMS,
          sms.provider(),
          "message:" + posted.messageId() + ":" + reference);
    }
  }

  private void email(String to, String organisationName, String caseNumber, String link) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      log.warn("No mail server configured (spring.mail.host): not e-mailing a resident");
      return;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(properties.mailFrom());
    message.setTo(to);
    message.setSubject("Nytt meddelande från " + organisationName);
    message.setText(
        """
        Hej,

        Du har fått ett nytt meddelande från %s i ärende %s.

        Av säkerhetsskäl står meddelandet inte i det här e-postbrevet. Logga in på Mina sidor
        med e-legitimation för att läsa det:
        %s

        Det här brevet går inte att svara på.
        """
            .formatted(organisationName, caseNumber, link));
    try {
      sender.send(message);
    } catch (MailException e) {
      // The message itself is kept and shown on My pages; a lost notice must not stop the SMS.
      log.warn("Could not e-mail a resident about a new message: {}", e.getMessage());
    }
  }
}
