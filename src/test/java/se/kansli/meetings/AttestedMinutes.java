package se.kansli.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.kansli.registry.MinimalPdf;
import se.kansli.shared.Actor;
import se.kansli.shared.Sha256;

/**
 * Attests a meeting's minutes the way the attestation flow does: the sealed PDF is stored and
 * {@link MinutesAttested} is published in the same transaction. Public for other modules' tests
 * (the accessibility test needs notices on the board).
 */
@Component
public class AttestedMinutes {

  private final BodyDirectory bodies;
  private final MeetingPlanner planner;
  private final Meetings meetings;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final JdbcClient jdbc;
  private final NoticeBoard board;

  AttestedMinutes(
      BodyDirectory bodies,
      MeetingPlanner planner,
      Meetings meetings,
      ApplicationEventPublisher events,
      TransactionTemplate transaction,
      JdbcClient jdbc,
      NoticeBoard board) {
    this.bodies = bodies;
    this.planner = planner;
    this.meetings = meetings;
    this.events = events;
    this.transaction = transaction;
    this.jdbc = jdbc;
    this.board = board;
  }

  /** A meeting of a new body of the organisation, held the day before attestation. */
  public MinutesAttested attest(Actor secretary, String organisation, Instant attestedAt) {
    return sealed(body(secretary, organisation), attestedAt, secretary, true);
  }

  /** Attested minutes whose event never arrived: only the schedule can post them. */
  public MinutesAttested attestWithoutEvent(
      Actor secretary, String organisation, Instant attestedAt) {
    return sealed(body(secretary, organisation), attestedAt, secretary, false);
  }

  /** Minutes posted on a past day and taken down when their appeal period ran out. */
  public MinutesAttested takenDown(Actor secretary, String organisation, LocalDate postedOn) {
    MinutesAttested attested =
        sealed(
            body(secretary, organisation),
            postedOn.atTime(10, 0).atZone(SwedishCalendar.ZONE).toInstant(),
            secretary,
            false);
    board.post(attested, postedOn);
    board.takeDownDue();
    return attested;
  }

  private BodyView body(Actor secretary, String organisation) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    return bodies.create(
        new NewBody(organisation, "Socialnämnden " + tag, "Socialnämnden", null, null), secretary);
  }

  private MinutesAttested sealed(
      BodyView body, Instant attestedAt, Actor secretary, boolean publish) {
    LocalDate meetingDate = LocalDate.ofInstant(attestedAt, SwedishCalendar.ZONE).minusDays(1);
    MeetingView meeting =
        planner.plan(
            body.id(),
            new PlanMeeting(meetingDate, LocalTime.of(9, 0), null, "Stadshuset", false),
            secretary);
    byte[] pdf = MinimalPdf.withText("Protokoll " + body.name() + " " + meetingDate);
    String sha256 = Sha256.of(pdf);
    MinutesAttested attested =
        new MinutesAttested(
            meeting.id(),
            body.id(),
            body.organisation(),
            body.name(),
            meetingDate,
            attestedAt,
            sha256);
    transaction.executeWithoutResult(status -> {
      meetings.attested(meeting.id(), pdf, sha256);
      jdbc.sql("update meetings set attested_at = ? where id = ?")
          .params(java.sql.Timestamp.from(attestedAt), meeting.id().value())
          .update();
      if (publish) {
        events.publishEvent(attested);
      }
    });
    return attested;
  }
}
