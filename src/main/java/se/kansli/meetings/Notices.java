package se.kansli.meetings;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notices table: what is and was on the notice board. */
@Repository
class Notices {

  record StoredNotice(
      MeetingId meeting,
      String organisation,
      String bodyName,
      LocalDate meetingDate,
      NoticeDates dates,
      Instant postedAt,
      String keptAt,
      String sealedSha256,
      String lateWarning,
      Instant takenDownAt) {

    boolean up() {
      return takenDownAt == null;
    }
  }

  private final JdbcClient jdbc;

  Notices(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Posts the notice unless the meeting already has one: the event and the catch-up job may both
   * try, and the first one's posting day is the one the appeal period runs from.
   */
  boolean insert(StoredNotice notice) {
    NoticeDates dates = notice.dates();
    return jdbc.sql(
                """
                insert into notices (meeting_id, organisation_id, body_name, meeting_date,
                                     attested_on, posting_deadline, posted_at, posted_on,
                                     appeal_ends_on, take_down_on, kept_at, sealed_sha256,
                                     late_warning)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (meeting_id) do nothing
                """)
            .params(
                notice.meeting().value(),
                notice.organisation(),
                notice.bodyName(),
                Date.valueOf(notice.meetingDate()),
                Date.valueOf(dates.attestedOn()),
                Date.valueOf(dates.postingDeadline()),
                OffsetDateTime.ofInstant(notice.postedAt(), ZoneOffset.UTC),
                Date.valueOf(dates.postedOn()),
                Date.valueOf(dates.appealEndsOn()),
                Date.valueOf(dates.takeDownOn()),
                notice.keptAt(),
                notice.sealedSha256(),
                notice.lateWarning())
            .update()
        == 1;
  }

  /** Notices on the boards of these organisations now, the newest first. */
  List<StoredNotice> up(String[] organisations) {
    return jdbc.sql(
            """
            select * from notices where organisation_id = any(?) and taken_down_at is null
            order by posted_on desc, body_name, meeting_date desc
            """)
        .params((Object) organisations)
        .query(Notices::notice)
        .list();
  }

  /** Notices of these organisations taken down on or after the day, the latest first. */
  List<StoredNotice> takenDownSince(String[] organisations, LocalDate since) {
    return jdbc.sql(
            """
            select * from notices where organisation_id = any(?) and taken_down_at is not null
            and take_down_on >= ?
            order by take_down_on desc, body_name, meeting_date desc
            """)
        .params(organisations, Date.valueOf(since))
        .query(Notices::notice)
        .list();
  }

  Optional<StoredNotice> find(MeetingId meeting) {
    return jdbc.sql("select * from notices where meeting_id = ?")
        .param(meeting.value())
        .query(Notices::notice)
        .optional();
  }

  /** Takes down every notice whose appeal period has run out by the day; records when. */
  int takeDownDue(LocalDate today) {
    return jdbc.sql(
            """
            update notices set taken_down_at = ?
            where taken_down_at is null and take_down_on <= ?
            """)
        .params(OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC), Date.valueOf(today))
        .update();
  }

  /**
   * Attested meetings with sealed minutes but no notice: the event was lost (the application
   * stopped between attestation and posting) or posting failed.
   */
  List<MinutesAttested> attestedWithoutNotice() {
    return jdbc.sql(
            """
            select m.id, m.body_id, m.organisation_id, b.name, m.meeting_date, m.attested_at,
                   m.sealed_sha256
            from meetings m join bodies b on b.id = m.body_id
            where m.status = 'ATTESTED' and m.sealed_minutes is not null
            and not exists (select 1 from notices n where n.meeting_id = m.id)
            order by m.attested_at
            """)
        .query((rs, i) ->
            new MinutesAttested(
                new MeetingId(rs.getObject("id", UUID.class)),
                new BodyId(rs.getObject("body_id", UUID.class)),
                rs.getString("organisation_id"),
                rs.getString("name"),
                rs.getDate("meeting_date").toLocalDate(),
                rs.getObject("attested_at", OffsetDateTime.class).toInstant(),
                rs.getString("sealed_sha256")))
        .list();
  }

  private static StoredNotice notice(ResultSet rs, int i) throws SQLException {
    OffsetDateTime takenDown = rs.getObject("taken_down_at", OffsetDateTime.class);
    return new StoredNotice(
        new MeetingId(rs.getObject("meeting_id", UUID.class)),
        rs.getString("organisation_id"),
        rs.getString("body_name"),
        rs.getDate("meeting_date").toLocalDate(),
        new NoticeDates(
            rs.getDate("attested_on").toLocalDate(),
            rs.getDate("posting_deadline").toLocalDate(),
            rs.getDate("posted_on").toLocalDate(),
            rs.getDate("appeal_ends_on").toLocalDate(),
            rs.getDate("take_down_on").toLocalDate()),
        rs.getObject("posted_at", OffsetDateTime.class).toInstant(),
        rs.getString("kept_at"),
        rs.getString("sealed_sha256"),
        rs.getString("late_warning"),
        takenDown == null ? null : takenDown.toInstant());
  }
}
