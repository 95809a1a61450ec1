package se.kansli.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public read model behind the OParl API. What the public may not see is left out here, in the
 * SQL, so that no later mapping can leak it: no e-mail column is ever selected, meetings still
 * PLANNED are not there, a confidential item's title is replaced by its public title and its
 * decision is never read, and other decisions only once the minutes are attested.
 */
@Repository
class OParlQueries {

  /** A PLANNED meeting is the secretary's draft; from the notice on, the meeting is public. */
  private static final String PUBLISHED = "m.status <> 'PLANNED'";

  /**
   * The agenda is public with the notice. A meeting cancelled before any notice keeps its draft
   * agenda to itself; a meeting held without a recorded notice has a public agenda with its
   * minutes.
   */
  private static final String AGENDA_PUBLISHED =
      PUBLISHED
          + " and (m.notice_sent_at is not null or m.status in ('IN_ATTESTATION', 'ATTESTED'))";

  /** Meetings with signed minutes; the minutes are public once attested. */
  private static final String MINUTES = "m.status = 'ATTESTED' and m.sealed_minutes is not null";

  private static final String MEETING =
      """
      select m.id, m.body_id, m.organisation_id, b.name as body_name, m.meeting_date, m.starts_at,
             m.ends_at, m.place, m.status, m.created_at, m.attested_at,
             (%s) as agenda_published,
             case when m.status = 'ATTESTED' then length(m.sealed_minutes)::bigint end as minutes_size,
             case when m.status = 'ATTESTED' then encode(sha512(m.sealed_minutes), 'hex')
             end as minutes_sha512
      from meetings m join bodies b on b.id = m.body_id
      """
          .formatted(AGENDA_PUBLISHED);

  private static final String ITEM =
      """
      select i.id, i.meeting_id, m.body_id, m.organisation_id, i.position, i.paragraph, i.case_id,
             i.case_number, i.confidential,
             case when i.confidential
                  then coalesce(nullif(btrim(i.public_title), ''), 'Sekretessärende')
                  else i.title end as public_name,
             case when m.status = 'ATTESTED' and not i.confidential then i.decision
             end as public_decision
      from agenda_items i join meetings m on m.id = i.meeting_id
      """;

  private static final String SEAT =
      """
      select s.id, s.body_id, b.organisation_id, s.person_name, s.kind, s.office, s.term_from,
             s.term_to
      from seats s join bodies b on b.id = s.body_id
      """;

  record BodyRow(UUID id, String organisation, String name, String shortName, Instant created) {}

  record SeatRow(
      UUID id,
      UUID body,
      String organisation,
      String personName,
      SeatKind kind,
      Office office,
      LocalDate termFrom,
      LocalDate termTo) {}

  record MeetingRow(
      UUID id,
      UUID body,
      String organisation,
      String bodyName,
      LocalDate date,
      LocalTime startsAt,
      LocalTime endsAt,
      String place,
      MeetingStatus status,
      boolean agendaPublished,
      Instant created,
      Instant attestedAt,
      Long minutesSize,
      String minutesSha512) {

    boolean hasMinutes() {
      return minutesSize != null;
    }
  }

  record ItemRow(
      UUID id,
      UUID meeting,
      UUID body,
      String organisation,
      int position,
      Integer paragraph,
      UUID caseId,
      String caseNumber,
      boolean confidential,
      String name,
      String decision) {}

  record PaperRow(UUID caseId, String organisation, String caseNumber) {}

  private final JdbcClient jdbc;

  OParlQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // ---- Bodies (OParl Organizations) and seats (Persons, Memberships) ----

  List<BodyRow> bodies(String organisation) {
    return jdbc.sql(
            "select * from bodies where organisation_id = ? order by name collate \"C\", id")
        .param(organisation)
        .query(OParlQueries::body)
        .list();
  }

  Optional<BodyRow> body(UUID id) {
    return jdbc.sql("select * from bodies where id = ?")
        .param(id)
        .query(OParlQueries::body)
        .optional();
  }

  List<SeatRow> seats(String organisation, int limit, int offset) {
    return jdbc.sql(
            SEAT
                + " where b.organisation_id = ? order by s.person_name collate \"C\", s.id"
                + " limit ? offset ?")
        .params(organisation, limit, offset)
        .query(OParlQueries::seat)
        .list();
  }

  long seatCount(String organisation) {
    return jdbc.sql(
            "select count(*) from seats s join bodies b on b.id = s.body_id"
                + " where b.organisation_id = ?")
        .param(organisation)
        .query(Long.class)
        .single();
  }

  List<UUID> seatsOf(UUID body) {
    return jdbc.sql("select id from seats where body_id = ? order by person_name collate \"C\", id")
        .param(body)
        .query(UUID.class)
        .list();
  }

  Optional<SeatRow> seat(UUID id) {
    return jdbc.sql(SEAT + " where s.id = ?").param(id).query(OParlQueries::seat).optional();
  }

  // ---- Meetings, their agendas and minutes ----

  List<MeetingRow> meetingsOfOrganisation(String organisation, int limit, int offset) {
    return meetings("m.organisation_id = ?", organisation, limit, offset);
  }

  long meetingCountOfOrganisation(String organisation) {
    return meetingCount("m.organisation_id = ?", organisation);
  }

  List<MeetingRow> meetingsOfBody(UUID body, int limit, int offset) {
    return meetings("m.body_id = ?", body, limit, offset);
  }

  long meetingCountOfBody(UUID body) {
    return meetingCount("m.body_id = ?", body);
  }

  /** Attested meetings: those with signed minutes, the organisation's files. */
  List<MeetingRow> attestedMeetings(String organisation, int limit, int offset) {
    return meetings(MINUTES + " and m.organisation_id = ?", organisation, limit, offset);
  }

  long attestedMeetingCount(String organisation) {
    return meetingCount(MINUTES + " and m.organisation_id = ?", organisation);
  }

  Optional<MeetingRow> meeting(UUID id) {
    return jdbc.sql(MEETING + " where " + PUBLISHED + " and m.id = ?")
        .param(id)
        .query(OParlQueries::meeting)
        .optional();
  }

  /** The seats whose holders took part; read only for attested minutes. */
  List<UUID> participants(UUID meeting) {
    return jdbc.sql(
            """
            select seat_id from attendance
            where meeting_id = ? and status in ('PRESENT', 'SERVING')
            order by seat_id
            """)
        .param(meeting)
        .query(UUID.class)
        .list();
  }

  Optional<byte[]> sealedMinutes(UUID meeting) {
    return jdbc.sql("select m.sealed_minutes from meetings m where m.id = ? and " + MINUTES)
        .param(meeting)
        .query((rs, i) -> rs.getBytes(1))
        .optional();
  }

  List<ItemRow> items(UUID meeting) {
    return jdbc.sql(ITEM + " where " + AGENDA_PUBLISHED + " and m.id = ? order by i.position")
        .param(meeting)
        .query(OParlQueries::item)
        .list();
  }

  List<ItemRow> itemsOfOrganisation(String organisation, int limit, int offset) {
    return jdbc.sql(
            ITEM
                + " where "
                + AGENDA_PUBLISHED
                + " and m.organisation_id = ?"
                + " order by m.meeting_date, m.starts_at, m.id, i.position limit ? offset ?")
        .params(organisation, limit, offset)
        .query(OParlQueries::item)
        .list();
  }

  long itemCountOfOrganisation(String organisation) {
    return jdbc.sql(
            "select count(*) from agenda_items i join meetings m on m.id = i.meeting_id where "
                + AGENDA_PUBLISHED
                + " and m.organisation_id = ?")
        .param(organisation)
        .query(Long.class)
        .single();
  }

  /** Items that deal with a registry case: consultations. */
  List<ItemRow> caseItemsOfOrganisation(String organisation, int limit, int offset) {
    return jdbc.sql(
            ITEM
                + " where "
                + AGENDA_PUBLISHED
                + " and i.case_id is not null and m.organisation_id = ?"
                + " order by m.meeting_date, m.starts_at, m.id, i.position limit ? offset ?")
        .params(organisation, limit, offset)
        .query(OParlQueries::item)
        .list();
  }

  long caseItemCountOfOrganisation(String organisation) {
    return jdbc.sql(
            "select count(*) from agenda_items i join meetings m on m.id = i.meeting_id where "
                + AGENDA_PUBLISHED
                + " and i.case_id is not null and m.organisation_id = ?")
        .param(organisation)
        .query(Long.class)
        .single();
  }

  Optional<ItemRow> item(UUID id) {
    return jdbc.sql(ITEM + " where " + AGENDA_PUBLISHED + " and i.id = ?")
        .param(id)
        .query(OParlQueries::item)
        .optional();
  }

  List<ItemRow> itemsOfCase(UUID caseId) {
    return jdbc.sql(
            ITEM
                + " where "
                + AGENDA_PUBLISHED
                + " and i.case_id = ? order by m.meeting_date, m.starts_at, i.position")
        .param(caseId)
        .query(OParlQueries::item)
        .list();
  }

  // ---- Papers: the registry cases on published agendas ----

  List<PaperRow> papers(String organisation, int limit, int offset) {
    return jdbc.sql(
            """
            select i.case_id, m.organisation_id, min(i.case_number) as case_number
            from agenda_items i join meetings m on m.id = i.meeting_id
            where %s and i.case_id is not null and m.organisation_id = ?
            group by i.case_id, m.organisation_id
            order by min(m.meeting_date), i.case_id
            limit ? offset ?
            """
                .formatted(AGENDA_PUBLISHED))
        .params(organisation, limit, offset)
        .query(OParlQueries::paper)
        .list();
  }

  long paperCount(String organisation) {
    return jdbc.sql(
            """
            select count(distinct i.case_id)
            from agenda_items i join meetings m on m.id = i.meeting_id
            where %s and m.organisation_id = ?
            """
                .formatted(AGENDA_PUBLISHED))
        .param(organisation)
        .query(Long.class)
        .single();
  }

  Optional<PaperRow> paper(UUID caseId) {
    return jdbc.sql(
            """
            select i.case_id, m.organisation_id, min(i.case_number) as case_number
            from agenda_items i join meetings m on m.id = i.meeting_id
            where %s and i.case_id = ?
            group by i.case_id, m.organisation_id
            """
                .formatted(AGENDA_PUBLISHED))
        .param(caseId)
        .query(OParlQueries::paper)
        .optional();
  }

  private List<MeetingRow> meetings(String where, Object value, int limit, int offset) {
    return jdbc.sql(
            MEETING
                + " where "
                + PUBLISHED
                + " and "
                + where
                + " order by m.meeting_date, m.starts_at, m.id limit ? offset ?")
        .params(value, limit, offset)
        .query(OParlQueries::meeting)
        .list();
  }

  private long meetingCount(String where, Object value) {
    return jdbc.sql("select count(*) from meetings m where " + PUBLISHED + " and " + where)
        .param(value)
        .query(Long.class)
        .single();
  }

  private static BodyRow body(ResultSet rs, int i) throws SQLException {
    return new BodyRow(
        rs.getObject("id", UUID.class),
        rs.getString("organisation_id"),
        rs.getString("name"),
        rs.getString("short_name"),
        instant(rs, "created_at"));
  }

  private static SeatRow seat(ResultSet rs, int i) throws SQLException {
    String office = rs.getString("office");
    return new SeatRow(
        rs.getObject("id", UUID.class),
        rs.getObject("body_id", UUID.class),
        rs.getString("organisation_id"),
        rs.getString("person_name"),
        SeatKind.valueOf(rs.getString("kind")),
        office == null ? null : Office.valueOf(office),
        rs.getDate("term_from").toLocalDate(),
        rs.getDate("term_to").toLocalDate());
  }

  private static MeetingRow meeting(ResultSet rs, int i) throws SQLException {
    java.sql.Time ends = rs.getTime("ends_at");
    return new MeetingRow(
        rs.getObject("id", UUID.class),
        rs.getObject("body_id", UUID.class),
        rs.getString("organisation_id"),
        rs.getString("body_name"),
        rs.getDate("meeting_date").toLocalDate(),
        rs.getTime("starts_at").toLocalTime(),
        ends == null ? null : ends.toLocalTime(),
        rs.getString("place"),
        MeetingStatus.valueOf(rs.getString("status")),
        rs.getBoolean("agenda_published"),
        instant(rs, "created_at"),
        instant(rs, "attested_at"),
        rs.getObject("minutes_size", Long.class),
        rs.getString("minutes_sha512"));
  }

  private static ItemRow item(ResultSet rs, int i) throws SQLException {
    return new ItemRow(
        rs.getObject("id", UUID.class),
        rs.getObject("meeting_id", UUID.class),
        rs.getObject("body_id", UUID.class),
        rs.getString("organisation_id"),
        rs.getInt("position"),
        rs.getObject("paragraph", Integer.class),
        rs.getObject("case_id", UUID.class),
        rs.getString("case_number"),
        rs.getBoolean("confidential"),
        rs.getString("public_name"),
        rs.getString("public_decision"));
  }

  private static PaperRow paper(ResultSet rs, int i) throws SQLException {
    return new PaperRow(
        rs.getObject("case_id", UUID.class),
        rs.getString("organisation_id"),
        rs.getString("case_number"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}
