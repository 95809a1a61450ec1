package se.kansli.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import se.kansli.organisations.Organisation;
import se.kansli.organisations.OrganisationDirectory;

/**
 * The one way residents are notified: the receipt of a submission, a case's new status and an
 * officer's message all go through here, by e-mail and/or SMS as the resident chose.
 *
 * <p>A notice is queued in an outbox in the caller's transaction, so it exists exactly when what
 * caused it does: a rolled-back change notifies nobody. It is delivered after the commit and, when
 * the mail server or the SMS provider fails, retried by a schedule with a growing wait, so that a
 * mail server that is down does not lose a receipt. Each channel is a delivery of its own, marked
 * sent once, so a retry never sends again what already went.
 *
 * <p>E-mail and SMS are not secure channels and what a case is about may be secret (OSL 2009:400),
 * so a notice says only who, which case number and where to log in; see {@link ResidentNotice}.
 */
@Service
public class ResidentNotices {

  private static final Logger log = LoggerFactory.getLogger(ResidentNotices.class);
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
  private static final int BATCH = 100;

  private final NoticeRows rows;
  private final NoticeDelivery delivery;
  private final OrganisationDirectory organisations;
  private final MessagingProperties properties;
  private final ApplicationEventPublisher events;
  private final Clock clock = Clock.systemUTC();

  ResidentNotices(
      NoticeRows rows,
      NoticeDelivery delivery,
      OrganisationDirectory organisations,
      MessagingProperties properties,
      ApplicationEventPublisher events,
      ObjectProvider<MeterRegistry> meters) {
    this.rows = rows;
    this.delivery = delivery;
    this.organisations = organisations;
    this.properties = properties;
    this.events = events;
    meters.ifAvailable(this::gauges);
  }

  /**
   * Queues the notice on each channel given, in the caller's transaction; it is sent once that
   * commits. A notice without an address is dropped: the resident chose not to be notified.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void send(ResidentNotice notice) {
    if (notice.nowhere()) {
      return;
    }
    Instant now = clock.instant();
    String organisationName =
        organisations
            .find(notice.organisation())
            .map(Organisation::name)
            .orElse(notice.organisation().value());
    NoticeText text =
        new NoticeText(
            notice.kind(),
            organisationName,
            notice.caseNumber(),
            properties.url(notice.path()),
            LocalDate.ofInstant(now, SWEDEN));
    List<UUID> queued = new ArrayList<>();
    if (notice.email() != null) {
      UUID id = UUID.randomUUID();
      rows.insert(
          id, notice, NoticeRows.Channel.EMAIL, notice.email(), text.subject(), text.email(), now);
      queued.add(id);
    }
    if (notice.phone() != null) {
      UUID id = UUID.randomUUID();
      rows.insert(id, notice, NoticeRows.Channel.SMS, notice.phone(), null, text.sms(), now);
      queued.add(id);
    }
    events.publishEvent(new NoticesQueued(queued));
  }

  /** After the commit, on the committing thread: most notices go at once. */
  @TransactionalEventListener
  void deliver(NoticesQueued queued) {
    for (UUID id : queued.deliveries()) {
      attempt(id, clock.instant());
    }
  }

  /**
   * Makes every delivery whose next attempt is due at {@code now}: those that failed, and any that
   * were queued but never attempted (the application stopped right after the commit).
   *
   * @return the number sent
   */
  int retryDue(Instant now) {
    int sent = 0;
    List<UUID> due = rows.due(now, BATCH);
    for (UUID id : due) {
      if (attempt(id, now) == NoticeDelivery.Outcome.SENT) {
        sent++;
      }
    }
    return sent;
  }

  private NoticeDelivery.Outcome attempt(UUID id, Instant now) {
    try {
      return delivery.deliver(id, now);
    } catch (RuntimeException e) {
      // Not even the failure could be recorded (the database, the metering): the row is untouched
      // and the schedule tries it again.
      log.warn("Notice {} not delivered, left for the schedule: {}", id, e.getMessage());
      return NoticeDelivery.Outcome.FAILED;
    }
  }

  private void gauges(MeterRegistry registry) {
    gauge(registry, "retrying", NoticeRows::retrying);
    gauge(registry, "given_up", NoticeRows::givenUp);
  }

  private void gauge(MeterRegistry registry, String state, ToDoubleFunction<NoticeRows> count) {
    Gauge.builder(
            "kansli.resident.notices.undelivered",
            rows,
            r -> {
              try {
                return count.applyAsDouble(r);
              } catch (RuntimeException e) {
                return Double.NaN;
              }
            })
        .tag("state", state)
        .description("Notices to residents not delivered: waiting for a retry, or given up")
        .register(registry);
  }
}
