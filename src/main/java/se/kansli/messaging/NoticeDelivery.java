package se.kansli.messaging;

import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.signing.EidMetering;
import se.kansli.signing.TransactionKind;

/**
 * Makes one delivery of the outbox, in a transaction of its own: the row is locked, sent on its
 * channel and marked sent, or its failure counted and its next attempt set further off. An SMS is
 * metered in the same transaction that marks it sent, so that each one sent is billed once.
 */
@Component
class NoticeDelivery {

  enum Outcome {
    SENT,
    FAILED,
    GIVEN_UP,
    /** Already sent or given up, or being delivered by another transaction right now. */
    NOTHING_TO_DO
  }

  private static final Logger log = LoggerFactory.getLogger(NoticeDelivery.class);
  private static final int MAX_ERROR = 1000;

  private final NoticeRows rows;
  private final ObjectProvider<JavaMailSender> mail;
  private final SmsGateway sms;
  private final EidMetering metering;
  private final MessagingProperties properties;

  NoticeDelivery(
      NoticeRows rows,
      ObjectProvider<JavaMailSender> mail,
      SmsGateway sms,
      EidMetering metering,
      MessagingProperties properties) {
    this.rows = rows;
    this.mail = mail;
    this.sms = sms;
    this.metering = metering;
    this.properties = properties;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  Outcome deliver(UUID id, Instant now) {
    var found = rows.lockUndelivered(id);
    if (found.isEmpty()) {
      return Outcome.NOTHING_TO_DO;
    }
    NoticeRows.Delivery delivery = found.get();
    String reference;
    try {
      reference =
          switch (delivery.channel()) {
            case EMAIL -> email(delivery);
            case SMS -> sms.send(delivery.recipient(), delivery.text());
          };
    } catch (RuntimeException e) {
      return failed(delivery, e, now);
    }
    if (delivery.channel() == NoticeRows.Channel.SMS) {
      metering.record(
          delivery.organisation(),
          TransactionKind.SMS,
          sms.provider(),
          "notice:" + delivery.id() + ":" + reference);
    }
    rows.markSent(delivery.id(), now, reference);
    return Outcome.SENT;
  }

  private String email(NoticeRows.Delivery delivery) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      throw new IllegalStateException("No mail server configured (spring.mail.host)");
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(properties.mailFrom());
    message.setTo(delivery.recipient());
    message.setSubject(delivery.subject());
    message.setText(delivery.text());
    sender.send(message);
    return null;
  }

  // The cause of the notice is committed and stands (the case, the status, the message are all on
  // My pages), so a failure is only counted here and retried later, never thrown back at whoever
  // caused it. The recipient is not logged: the log is not the place for contact details.
  private Outcome failed(NoticeRows.Delivery delivery, RuntimeException e, Instant now) {
    int attempts = delivery.attempts() + 1;
    String error = e.getClass().getSimpleName() + ": " + e.getMessage();
    if (error.length() > MAX_ERROR) {
      error = error.substring(0, MAX_ERROR);
    }
    MessagingProperties.Notices retry = properties.notices();
    if (attempts >= retry.maxAttempts()) {
      rows.giveUp(delivery.id(), attempts, now, error);
      log.error(
          "Notice {} ({} by {}, case {}) given up after {} attempts; the row is kept: {}",
          delivery.id(),
          delivery.kind(),
          delivery.channel(),
          delivery.caseNumber(),
          attempts,
          error);
      return Outcome.GIVEN_UP;
    }
    Instant next = now.plus(retry.backoff(attempts));
    rows.retryLater(delivery.id(), attempts, next, error);
    log.warn(
        "Notice {} ({} by {}, case {}) not delivered, attempt {} of {}, next at {}: {}",
        delivery.id(),
        delivery.kind(),
        delivery.channel(),
        delivery.caseNumber(),
        attempts,
        retry.maxAttempts(),
        next,
        error);
    return Outcome.FAILED;
  }
}
