package se.kansli.messaging;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.kansli.shared.OrganisationId;

/** The {@code resident_notices} outbox: one row per notice and channel. */
@Repository
class NoticeRows {

  enum Channel {
    EMAIL,
    SMS
  }

  record Delivery(
      UUID id,
      OrganisationId organisation,
      NoticeKind kind,
      String caseNumber,
      Channel channel,
      String recipient,
      String subject,
      String text,
      int attempts) {}

  private final JdbcClient jdbc;

  NoticeRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(
      UUID id,
      ResidentNotice notice,
      Channel channel,
      String recipient,
      String subject,
      String text,
      Instant now) {
    jdbc.sql(
            """
            insert into resident_notices (id, organisation_id, kind, case_number, channel,
                recipient, subject, text, queued_at, next_attempt_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            notice.organisation().value(),
            notice.kind().name(),
            notice.caseNumber(),
            channel.name(),
            recipient,
            subject,
            text,
            utc(now),
            utc(now))
        .update();
  }

  /**
   * The delivery, locked, if it is still to be made; empty once it is sent or given up, or while
   * another transaction is delivering it (so that the schedule and the after-commit delivery never
   * send it twice).
   */
  Optional<Delivery> lockUndelivered(UUID id) {
    return jdbc.sql(
            """
            select id, organisation_id, kind, case_number, channel, recipient, subject, text,
                   attempts
              from resident_notices
             where id = ? and sent_at is null and given_up_at is null
               for update skip locked
            """)
        .param(id)
        .query((rs, i) ->
            new Delivery(
                rs.getObject("id", UUID.class),
                OrganisationId.of(rs.getString("organisation_id")),
                NoticeKind.valueOf(rs.getString("kind")),
                rs.getString("case_number"),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("text"),
                rs.getInt("attempts")))
        .optional();
  }

  /** The deliveries whose next attempt is due, oldest first. */
  List<UUID> due(Instant now, int limit) {
    return jdbc.sql(
            """
            select id from resident_notices
             where sent_at is null and given_up_at is null and next_attempt_at <= ?
             order by next_attempt_at
             limit ?
            """)
        .params(utc(now), limit)
        .query(UUID.class)
        .list();
  }

  void markSent(UUID id, Instant now, String providerReference) {
    jdbc.sql(
            """
            update resident_notices
               set sent_at = ?, attempts = attempts + 1, provider_reference = ?, last_error = null
             where id = ?
            """)
        .params(utc(now), providerReference, id)
        .update();
  }

  void retryLater(UUID id, int attempts, Instant next, String error) {
    jdbc.sql(
            """
            update resident_notices set attempts = ?, next_attempt_at = ?, last_error = ?
             where id = ?
            """)
        .params(attempts, utc(next), error, id)
        .update();
  }

  void giveUp(UUID id, int attempts, Instant now, String error) {
    jdbc.sql(
            """
            update resident_notices set attempts = ?, given_up_at = ?, last_error = ?
             where id = ?
            """)
        .params(attempts, utc(now), error, id)
        .update();
  }

  /** Deliveries waiting for another attempt. */
  long retrying() {
    return jdbc.sql(
            """
            select count(*) from resident_notices
             where sent_at is null and given_up_at is null and attempts > 0
            """)
        .query(Long.class)
        .single();
  }

  /** Deliveries given up after the last attempt: kept for someone to look at. */
  long givenUp() {
    return jdbc.sql("select count(*) from resident_notices where given_up_at is not null")
        .query(Long.class)
        .single();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
