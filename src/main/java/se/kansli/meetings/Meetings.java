package se.kansli.meetings;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The meetings, agenda_items and attendance tables. */
@Repository
class Meetings {

  record StoredMeeting(
      MeetingId id,
      BodyId body,
      String organisation,
      LocalDate date,
      LocalTime startsAt,
      LocalTime endsAt,
      String place,
      boolean remote,
      MeetingStatus status,
      Instant noticeSentAt,
      String othersPresent,
      List<SeatId> attesters,
      String attestationPlace,
      LocalDate attestationDate,
      UUID signingOrderId,
      Instant attestedAt,
      String sealedSha256,
      int version,
      boolean historical) {}

  private final JdbcClient jdbc;
  private final JsonMapper json;

  Meetings(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(MeetingId id, Bodies.StoredBody body, PlanMeeting plan) {
    jdbc.sql(
            """
            insert into meetings (id, body_id, organisation_id, meeting_date, starts_at, ends_at,
                                  place, remote_participation, status, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?)
            """)
        .params(
            id.value(),
            body.id().value(),
            body.organisation(),
            Date.valueOf(plan.date()),
            Time.valueOf(plan.startsAt()),
            plan.endsAt() == null ? null : Time.valueOf(plan.endsAt()),
            plan.place().strip(),
            plan.remote(),
            now())
        .update();
  }

  /** An imported meeting: attested elsewhere long ago, read-only here from the start. */
  void insertHistorical(MeetingId id, Bodies.StoredBody body, LocalDate date, String sourceSha256) {
    jdbc.sql(
            """
            insert into meetings (id, body_id, organisation_id, meeting_date, starts_at, place,
                                  status, historical, source_sha256, created_at)
            values (?, ?, ?, ?, '00:00', 'Uppgift saknas (importerat protokoll)', 'ATTESTED',
                    true, ?, ?)
            """)
        .params(
            id.value(),
            body.id().value(),
            body.organisation(),
            Date.valueOf(date),
            sourceSha256,
            now())
        .update();
  }

  Optional<StoredMeeting> onDay(BodyId body, LocalDate date) {
    return jdbc
        .sql(
            "select * from meetings where body_id = ? and meeting_date = ? and status <> 'CANCELLED'")
        .params(body.value(), Date.valueOf(date))
        .query(Meetings::meeting)
        .list()
        .stream()
        .findFirst();
  }

  void reschedule(MeetingId id, PlanMeeting plan) {
    jdbc.sql(
            """
            update meetings set meeting_date = ?, starts_at = ?, ends_at = ?, place = ?,
                   remote_participation = ?, version = version + 1
            where id = ?
            """)
        .params(
            Date.valueOf(plan.date()),
            Time.valueOf(plan.startsAt()),
            plan.endsAt() == null ? null : Time.valueOf(plan.endsAt()),
            plan.place().strip(),
            plan.remote(),
            id.value())
        .update();
  }

  Optional<StoredMeeting> find(MeetingId id, String[] organisations) {
    return jdbc.sql("select * from meetings where id = ? and organisation_id = any(?)")
        .params(id.value(), organisations)
        .query(Meetings::meeting)
        .optional();
  }

  Optional<StoredMeeting> find(MeetingId id) {
    return jdbc.sql("select * from meetings where id = ?")
        .param(id.value())
        .query(Meetings::meeting)
        .optional();
  }

  /** Locks the meeting row so that concurrent edits of its minutes serialise. */
  StoredMeeting lock(MeetingId id) {
    return jdbc.sql("select * from meetings where id = ? for update")
        .param(id.value())
        .query(Meetings::meeting)
        .single();
  }

  List<StoredMeeting> ofYear(String[] organisations, int year) {
    return jdbc.sql(
            """
            select * from meetings where organisation_id = any(?)
            and meeting_date >= ? and meeting_date < ?
            order by meeting_date, starts_at
            """)
        .params(
            organisations,
            Date.valueOf(LocalDate.of(year, 1, 1)),
            Date.valueOf(LocalDate.of(year + 1, 1, 1)))
        .query(Meetings::meeting)
        .list();
  }

  void status(MeetingId id, MeetingStatus status) {
    jdbc.sql("update meetings set status = ?, version = version + 1 where id = ?")
        .params(status.name(), id.value())
        .update();
  }

  void noticeSent(MeetingId id) {
    jdbc.sql(
            """
            update meetings set status = 'NOTICE_SENT', notice_sent_at = ?, version = version + 1
            where id = ?
            """)
        .params(now(), id.value())
        .update();
  }

  void attestation(MeetingId id, List<SeatId> attesters, String place, LocalDate date) {
    jdbc.sql(
            """
            update meetings set attesters = ?, attestation_place = ?, attestation_date = ?,
                   version = version + 1
            where id = ?
            """)
        .params(
            attesters.stream().map(SeatId::value).toArray(UUID[]::new),
            place,
            date == null ? null : Date.valueOf(date),
            id.value())
        .update();
  }

  void othersPresent(MeetingId id, String others) {
    jdbc.sql("update meetings set others_present = ?, version = version + 1 where id = ?")
        .params(others == null ? "" : others.strip(), id.value())
        .update();
  }

  void sentForAttestation(MeetingId id, UUID signingOrder, String minutesSha256) {
    jdbc.sql(
            """
            update meetings set status = 'IN_ATTESTATION', signing_order_id = ?, minutes_sha256 = ?,
                   version = version + 1
            where id = ?
            """)
        .params(signingOrder, minutesSha256, id.value())
        .update();
  }

  void attested(MeetingId id, byte[] sealed, String sealedSha256) {
    jdbc.sql(
            """
            update meetings set status = 'ATTESTED', attested_at = ?, sealed_minutes = ?,
                   sealed_sha256 = ?, version = version + 1
            where id = ?
            """)
        .params(now(), sealed, sealedSha256, id.value())
        .update();
  }

  /** Back to draft when the signers declined or the order expired. */
  void attestationFailed(MeetingId id) {
    jdbc.sql(
            """
            update meetings set status = case when notice_sent_at is null then 'PLANNED'
                                              else 'NOTICE_SENT' end,
                   signing_order_id = null, version = version + 1
            where id = ? and status = 'IN_ATTESTATION'
            """)
        .param(id.value())
        .update();
  }

  Optional<byte[]> sealedMinutes(MeetingId id) {
    return jdbc.sql(
            "select sealed_minutes from meetings where id = ? and sealed_minutes is not null")
        .param(id.value())
        .query(byte[].class)
        .optional();
  }

  List<StoredMeeting> inAttestation() {
    return jdbc.sql("select * from meetings where status = 'IN_ATTESTATION'")
        .query(Meetings::meeting)
        .list();
  }

  // ---- Agenda items ----

  record StoredItem(
      AgendaItemId id,
      int position,
      Integer paragraph,
      UUID caseId,
      String caseNumber,
      String title,
      String publicTitle,
      boolean confidential,
      ItemMinutes minutes,
      boolean attestedImmediately) {}

  void insertItem(
      AgendaItemId id,
      StoredMeeting meeting,
      UUID caseId,
      String caseNumber,
      String title,
      String publicTitle,
      boolean confidential) {
    jdbc.sql(
            """
            insert into agenda_items (id, meeting_id, body_id, year, position, case_id,
                                      case_number, title, public_title, confidential)
            values (?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from agenda_items
                                 where meeting_id = ?), ?, ?, ?, ?, ?)
            """)
        .params(
            id.value(),
            meeting.id().value(),
            meeting.body().value(),
            meeting.date().getYear(),
            meeting.id().value(),
            caseId,
            caseNumber,
            title,
            publicTitle,
            confidential)
        .update();
  }

  List<StoredItem> items(MeetingId meeting) {
    return jdbc.sql("select * from agenda_items where meeting_id = ? order by position")
        .param(meeting.value())
        .query(this::item)
        .list();
  }

  void deleteItem(AgendaItemId id) {
    jdbc.sql("delete from agenda_items where id = ?").param(id.value()).update();
  }

  void positions(List<AgendaItemId> order) {
    for (int i = 0; i < order.size(); i++) {
      jdbc.sql("update agenda_items set position = ? where id = ?")
          .params(i + 1, order.get(i).value())
          .update();
    }
  }

  void paragraph(AgendaItemId id, Integer paragraph) {
    jdbc.sql("update agenda_items set paragraph = ? where id = ?")
        .params(paragraph, id.value())
        .update();
  }

  /** The highest § the body has used in the year, up to and including the meeting's day. */
  int lastParagraph(BodyId body, LocalDate date) {
    return jdbc.sql(
            """
            select coalesce(max(i.paragraph), 0) from agenda_items i
            join meetings m on m.id = i.meeting_id
            where i.body_id = ? and i.year = ? and m.meeting_date <= ?
            """)
        .params(body.value(), date.getYear(), Date.valueOf(date))
        .query(Integer.class)
        .single();
  }

  /** The lowest § used by a later meeting of the body in the same year (0 if none). */
  int firstParagraphAfter(BodyId body, LocalDate date, MeetingId except) {
    return jdbc.sql(
            """
            select coalesce(min(i.paragraph), 0) from agenda_items i
            join meetings m on m.id = i.meeting_id
            where i.body_id = ? and i.year = ? and m.meeting_date > ? and m.id <> ?
            """)
        .params(body.value(), date.getYear(), Date.valueOf(date), except.value())
        .query(Integer.class)
        .single();
  }

  void minutes(AgendaItemId id, ItemMinutes minutes) {
    jdbc.sql(
            """
            update agenda_items set title = ?, decision = ?, summary = ?, description = ?,
                   proceedings = ?::jsonb, decision_procedure = ?, vote = ?::jsonb,
                   dissents = ?::jsonb, conflicts = ?, decision_basis = ?::jsonb,
                   recipients = ?::jsonb, closes_case = ?, absent = ?
            where id = ?
            """)
        .params(
            minutes.title(),
            minutes.decision(),
            minutes.summary(),
            minutes.description(),
            json.writeValueAsString(minutes.proceedings()),
            minutes.decisionProcedure(),
            minutes.vote() == null ? null : json.writeValueAsString(minutes.vote()),
            json.writeValueAsString(minutes.dissents()),
            minutes.conflicts().stream().map(SeatId::value).toArray(UUID[]::new),
            json.writeValueAsString(minutes.decisionBasis()),
            json.writeValueAsString(minutes.recipients()),
            minutes.closesCase(),
            minutes.absent().stream().map(SeatId::value).toArray(UUID[]::new),
            id.value())
        .update();
  }

  void attestedImmediately(AgendaItemId id) {
    jdbc.sql("update agenda_items set attested_immediately = true where id = ?")
        .param(id.value())
        .update();
  }

  // ---- Extracts ----

  boolean dispatched(AgendaItemId item) {
    return jdbc.sql("select count(*) from extract_dispatches where item_id = ?")
            .param(item.value())
            .query(Integer.class)
            .single()
        > 0;
  }

  void dispatch(MeetingId meeting, AgendaItemId item, UUID document, String recipients) {
    jdbc.sql(
            """
            insert into extract_dispatches (item_id, meeting_id, document_id, recipients,
                                            dispatched_at)
            values (?, ?, ?, ?, ?)
            """)
        .params(item.value(), meeting.value(), document, recipients, now())
        .update();
  }

  // ---- Attendance ----

  void replaceAttendance(MeetingId meeting, List<RecordAttendance.Entry> entries) {
    jdbc.sql("delete from attendance where meeting_id = ?").param(meeting.value()).update();
    for (RecordAttendance.Entry e : entries) {
      jdbc.sql(
              """
              insert into attendance (meeting_id, seat_id, status, serving_for)
              values (?, ?, ?, ?)
              """)
          .params(
              meeting.value(),
              e.seat().value(),
              e.status().name(),
              e.servingFor() == null ? null : e.servingFor().value())
          .update();
    }
  }

  List<AttendanceView> attendance(MeetingId meeting) {
    return jdbc.sql("select * from attendance where meeting_id = ?")
        .param(meeting.value())
        .query((rs, i) ->
            new AttendanceView(
                new SeatId(rs.getObject("seat_id", UUID.class)),
                AttendanceStatus.valueOf(rs.getString("status")),
                rs.getObject("serving_for", UUID.class) == null
                    ? null
                    : new SeatId(rs.getObject("serving_for", UUID.class))))
        .list();
  }

  private StoredItem item(ResultSet rs, int i) throws SQLException {
    String vote = rs.getString("vote");
    ItemMinutes minutes =
        new ItemMinutes(
            rs.getString("title"),
            rs.getString("decision"),
            rs.getString("summary"),
            rs.getString("description"),
            Arrays.asList(json.readValue(rs.getString("proceedings"), ItemMinutes.Motion[].class)),
            rs.getString("decision_procedure"),
            vote == null ? null : json.readValue(vote, ItemMinutes.Vote.class),
            Arrays.asList(json.readValue(rs.getString("dissents"), ItemMinutes.Dissent[].class)),
            uuids(rs.getArray("conflicts")).stream().map(SeatId::new).toList(),
            Arrays.asList(
                json.readValue(rs.getString("decision_basis"), ItemMinutes.BasisDocument[].class)),
            Arrays.asList(
                json.readValue(rs.getString("recipients"), ItemMinutes.Recipient[].class)),
            rs.getBoolean("closes_case"),
            uuids(rs.getArray("absent")).stream().map(SeatId::new).toList());
    return new StoredItem(
        new AgendaItemId(rs.getObject("id", UUID.class)),
        rs.getInt("position"),
        (Integer) rs.getObject("paragraph"),
        rs.getObject("case_id", UUID.class),
        rs.getString("case_number"),
        rs.getString("title"),
        rs.getString("public_title"),
        rs.getBoolean("confidential"),
        minutes,
        rs.getBoolean("attested_immediately"));
  }

  private static StoredMeeting meeting(ResultSet rs, int i) throws SQLException {
    Time ends = rs.getTime("ends_at");
    Date attestationDate = rs.getDate("attestation_date");
    return new StoredMeeting(
        new MeetingId(rs.getObject("id", UUID.class)),
        new BodyId(rs.getObject("body_id", UUID.class)),
        rs.getString("organisation_id"),
        rs.getDate("meeting_date").toLocalDate(),
        rs.getTime("starts_at").toLocalTime(),
        ends == null ? null : ends.toLocalTime(),
        rs.getString("place"),
        rs.getBoolean("remote_participation"),
        MeetingStatus.valueOf(rs.getString("status")),
        instant(rs, "notice_sent_at"),
        rs.getString("others_present"),
        uuids(rs.getArray("attesters")).stream().map(SeatId::new).toList(),
        rs.getString("attestation_place"),
        attestationDate == null ? null : attestationDate.toLocalDate(),
        rs.getObject("signing_order_id", UUID.class),
        instant(rs, "attested_at"),
        rs.getString("sealed_sha256"),
        rs.getInt("version"),
        rs.getBoolean("historical"));
  }

  private static List<UUID> uuids(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
  }
}
