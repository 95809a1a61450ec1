package se.kansli.eservices;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The e_service_submissions rows as the officers' inbox reads and changes them. */
@Repository
class Submissions {

  record StoredSubmission(
      UUID id,
      EServiceId eService,
      EServiceVersionId version,
      String eServiceTitle,
      String organisation,
      UUID resident,
      UUID caseId,
      String caseNumber,
      String officerGroup,
      String status,
      UUID assignedTo,
      String assignedName,
      LocalDate dueOn,
      Instant submittedAt,
      Instant closedAt,
      UUID conversation,
      String answers) {

    OfficerGroup group() {
      return new OfficerGroup(organisation, officerGroup);
    }

    boolean overdue(LocalDate today) {
      return closedAt == null && dueOn.isBefore(today);
    }
  }

  private static final String COLUMNS =
      """
      s.id, s.e_service_id, s.version_id, e.title, s.organisation_id, s.resident_id, s.case_id,
      s.case_number, s.officer_group, s.status, s.assigned_to, s.assigned_name, s.due_on,
      s.submitted_at, s.closed_at, s.conversation_id, s.answers::text as answers
      """;

  private final JdbcClient jdbc;
  private final JsonMapper json;

  Submissions(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** The condition that puts a row in a filter's view, with {@code :me} and {@code :today}. */
  private static String condition(InboxFilter filter) {
    return switch (filter) {
      case NEW -> "s.closed_at is null and s.assigned_to is null";
      case MINE -> "s.closed_at is null and s.assigned_to = :me";
      case OVERDUE -> "s.closed_at is null and s.due_on < :today";
      case OPEN -> "s.closed_at is null";
      case CLOSED -> "s.closed_at is not null";
    };
  }

  List<StoredSubmission> inbox(
      OfficerGroup group,
      InboxFilter filter,
      UUID me,
      LocalDate today,
      boolean oldestFirst,
      int limit,
      int offset) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from e_service_submissions s join e_services e on e.id = s.e_service_id"
                + " where s.organisation_id = :org and s.officer_group = :group and "
                + condition(filter)
                + " order by s.submitted_at "
                + (oldestFirst ? "asc" : "desc")
                + ", s.id limit :limit offset :offset")
        .param("org", group.organisation())
        .param("group", group.name())
        .param("me", me)
        .param("today", today)
        .param("limit", limit)
        .param("offset", offset)
        .query((rs, n) -> row(rs))
        .list();
  }

  long count(OfficerGroup group, InboxFilter filter, UUID me, LocalDate today) {
    return jdbc.sql(
            "select count(*) from e_service_submissions s"
                + " where s.organisation_id = :org and s.officer_group = :group and "
                + condition(filter))
        .param("org", group.organisation())
        .param("group", group.name())
        .param("me", me)
        .param("today", today)
        .query(Long.class)
        .single();
  }

  /** The versions the group's open submissions were made with, oldest e-service first. */
  List<EServiceVersionId> openVersions(OfficerGroup group) {
    return jdbc.sql(
            """
            select version_id from e_service_submissions
             where organisation_id = ? and officer_group = ? and closed_at is null
             group by version_id order by min(submitted_at)
            """)
        .params(group.organisation(), group.name())
        .query((rs, n) -> new EServiceVersionId(rs.getObject(1, UUID.class)))
        .list();
  }

  Optional<StoredSubmission> find(UUID id, String[] organisations) {
    return select(id, organisations, "");
  }

  /** Locks the row for a command, in the same order for every batch so that two never deadlock. */
  Optional<StoredSubmission> lock(UUID id, String[] organisations) {
    return select(id, organisations, " for update of s");
  }

  private Optional<StoredSubmission> select(UUID id, String[] organisations, String lock) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from e_service_submissions s join e_services e on e.id = s.e_service_id"
                + " where s.id = ? and s.organisation_id = any (?)"
                + lock)
        .params(id, organisations)
        .query((rs, n) -> row(rs))
        .optional();
  }

  void assign(UUID id, UUID userId, String name) {
    jdbc.sql("update e_service_submissions set assigned_to = ?, assigned_name = ? where id = ?")
        .params(userId, name, id)
        .update();
  }

  void changeStatus(UUID id, String status, Instant closedAt) {
    jdbc.sql("update e_service_submissions set status = ?, closed_at = ? where id = ?")
        .params(
            status,
            closedAt == null ? null : OffsetDateTime.ofInstant(closedAt, ZoneOffset.UTC),
            id)
        .update();
  }

  void recordChange(
      UUID submission, String from, String to, Instant at, String by, String comment) {
    jdbc.sql(
            """
            insert into e_service_status_changes
              (id, submission_id, from_status, to_status, changed_at, changed_by, comment)
            values (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            UUID.randomUUID(),
            submission,
            from,
            to,
            OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
            by,
            comment)
        .update();
  }

  List<StatusChange> history(UUID submission) {
    return jdbc.sql(
            """
            select from_status, to_status, changed_at, changed_by, comment
              from e_service_status_changes where submission_id = ? order by changed_at, id
            """)
        .param(submission)
        .query((rs, n) ->
            new StatusChange(
                rs.getString("from_status"),
                rs.getString("to_status"),
                instant(rs, "changed_at"),
                rs.getString("changed_by"),
                rs.getString("comment")))
        .list();
  }

  Map<String, List<String>> answers(StoredSubmission s) {
    return json.readValue(s.answers(), new TypeReference<Map<String, List<String>>>() {});
  }

  private static StoredSubmission row(ResultSet rs) throws SQLException {
    return new StoredSubmission(
        rs.getObject("id", UUID.class),
        new EServiceId(rs.getObject("e_service_id", UUID.class)),
        new EServiceVersionId(rs.getObject("version_id", UUID.class)),
        rs.getString("title"),
        rs.getString("organisation_id"),
        rs.getObject("resident_id", UUID.class),
        rs.getObject("case_id", UUID.class),
        rs.getString("case_number"),
        rs.getString("officer_group"),
        rs.getString("status"),
        rs.getObject("assigned_to", UUID.class),
        rs.getString("assigned_name"),
        rs.getObject("due_on", LocalDate.class),
        instant(rs, "submitted_at"),
        instant(rs, "closed_at"),
        rs.getObject("conversation_id", UUID.class),
        rs.getString("answers"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
