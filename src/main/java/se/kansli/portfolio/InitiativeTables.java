package se.kansli.portfolio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Initiatives, their directives and milestones, status reports, decision links and filings. */
@Repository
class InitiativeTables {

  /** An initiative's row, without what hangs on it. */
  record StoredInitiative(
      UUID id,
      String organisation,
      InitiativeKind kind,
      InitiativePhase phase,
      String name,
      String description,
      String steeringGroup,
      String projectLead) {}

  private final JdbcClient jdbc;

  InitiativeTables(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(UUID id, NewInitiative i) {
    jdbc.sql(
            """
            insert into initiatives (id, organisation_id, kind, phase, name, description,
              steering_group, project_lead, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, now())
            """)
        .params(
            id,
            i.organisation(),
            i.kind().name(),
            i.phase().name(),
            i.name().strip(),
            i.description().strip(),
            blankToNull(i.steeringGroup()),
            blankToNull(i.projectLead()))
        .update();
  }

  void update(UUID id, NewInitiative i) {
    jdbc.sql(
            """
            update initiatives set kind = ?, phase = ?, name = ?, description = ?,
              steering_group = ?, project_lead = ?
            where id = ?
            """)
        .params(
            i.kind().name(),
            i.phase().name(),
            i.name().strip(),
            i.description().strip(),
            blankToNull(i.steeringGroup()),
            blankToNull(i.projectLead()),
            id)
        .update();
  }

  boolean nameTaken(String organisation, String name, UUID except) {
    return jdbc.sql(
                """
                select count(*) from initiatives
                where organisation_id = ? and lower(name) = lower(?) and id <> ?
                """)
            .params(organisation, name.strip(), except)
            .query(Integer.class)
            .single()
        > 0;
  }

  Optional<StoredInitiative> initiative(UUID id) {
    return jdbc.sql("select * from initiatives where id = ?")
        .param(id)
        .query(InitiativeTables::initiative)
        .optional();
  }

  /** For update: commands on one initiative run one at a time. */
  Optional<StoredInitiative> lock(UUID id) {
    return jdbc.sql("select * from initiatives where id = ? for update")
        .param(id)
        .query(InitiativeTables::initiative)
        .optional();
  }

  /** Every initiative, or only those of the organisations given, by name. */
  List<StoredInitiative> initiatives(Collection<String> organisations) {
    String where = organisations == null ? "" : " where organisation_id = any(?)";
    var sql = jdbc.sql("select * from initiatives" + where + " order by name");
    if (organisations != null) {
      sql = sql.param(organisations.toArray(String[]::new));
    }
    return sql.query(InitiativeTables::initiative).list();
  }

  void insertRevision(UUID initiative, DirectiveRevision r) {
    jdbc.sql(
            """
            insert into directive_revisions (id, initiative_id, revision, scope, decided_on,
              decided_by, recorded_at)
            values (?, ?, ?, ?, ?, ?, now())
            """)
        .params(
            UUID.randomUUID(), initiative, r.revision(), r.scope(), r.decidedOn(), r.decidedBy())
        .update();
  }

  Map<UUID, List<DirectiveRevision>> revisions(Collection<UUID> initiatives) {
    return jdbc
        .sql(
            """
            select * from directive_revisions where initiative_id = any(?)
            order by decided_on, lower(revision)
            """)
        .param(initiatives.toArray(UUID[]::new))
        .query((rs, n) ->
            Map.entry(
                rs.getObject("initiative_id", UUID.class),
                new DirectiveRevision(
                    rs.getString("revision"),
                    rs.getString("scope"),
                    rs.getObject("decided_on", LocalDate.class),
                    rs.getString("decided_by"))))
        .list()
        .stream()
        .collect(grouped());
  }

  void insertMilestone(UUID id, UUID initiative, String title, LocalDate dueOn, LocalDate doneOn) {
    jdbc.sql(
            "insert into milestones (id, initiative_id, title, due_on, done_on) values (?, ?, ?, ?, ?)")
        .params(id, initiative, title, dueOn, doneOn)
        .update();
  }

  /** Marks the milestone done; false when the initiative has no such milestone. */
  boolean milestoneDone(UUID initiative, UUID milestone, LocalDate doneOn) {
    return jdbc.sql("update milestones set done_on = ? where id = ? and initiative_id = ?")
            .params(doneOn, milestone, initiative)
            .update()
        == 1;
  }

  Map<UUID, List<MilestoneView>> milestones(Collection<UUID> initiatives) {
    return jdbc
        .sql("select * from milestones where initiative_id = any(?) order by due_on, title")
        .param(initiatives.toArray(UUID[]::new))
        .query((rs, n) ->
            Map.entry(
                rs.getObject("initiative_id", UUID.class),
                new MilestoneView(
                    rs.getObject("id", UUID.class),
                    rs.getString("title"),
                    rs.getObject("due_on", LocalDate.class),
                    rs.getObject("done_on", LocalDate.class))))
        .list()
        .stream()
        .collect(grouped());
  }

  /** The subject's status for the period, written anew or corrected. */
  void saveStatus(UUID subject, String kind, String period, String text, String reportedBy) {
    jdbc.sql(
            """
            insert into status_reports (id, subject_id, subject_kind, period, text, reported_by,
              reported_at)
            values (?, ?, ?, ?, ?, ?, now())
            on conflict (subject_id, period) do update
              set text = excluded.text, reported_by = excluded.reported_by,
                reported_at = excluded.reported_at
            """)
        .params(UUID.randomUUID(), subject, kind, period, text, reportedBy)
        .update();
  }

  /** The subjects' statuses, latest period first. */
  Map<UUID, List<StatusReportView>> statuses(Collection<UUID> subjects) {
    return jdbc
        .sql("select * from status_reports where subject_id = any(?) order by period desc")
        .param(subjects.toArray(UUID[]::new))
        .query((rs, n) ->
            Map.entry(
                rs.getObject("subject_id", UUID.class),
                new StatusReportView(
                    rs.getString("period"),
                    rs.getString("text"),
                    rs.getString("reported_by"),
                    rs.getObject("reported_at", java.time.OffsetDateTime.class).toInstant())))
        .list()
        .stream()
        .collect(grouped());
  }

  /** Links the decision; linking it again changes nothing. */
  void link(UUID subject, DecisionView d) {
    jdbc.sql(
            """
            insert into portfolio_decisions (subject_id, meeting_id, item_id, label, linked_at)
            values (?, ?, ?, ?, now()) on conflict do nothing
            """)
        .params(subject, d.meetingId(), d.itemId(), d.label())
        .update();
  }

  Map<UUID, List<DecisionView>> decisions(Collection<UUID> subjects) {
    return jdbc
        .sql("select * from portfolio_decisions where subject_id = any(?) order by linked_at")
        .param(subjects.toArray(UUID[]::new))
        .query((rs, n) ->
            Map.entry(
                rs.getObject("subject_id", UUID.class),
                new DecisionView(
                    rs.getObject("meeting_id", UUID.class),
                    rs.getObject("item_id", UUID.class),
                    rs.getString("label"))))
        .list()
        .stream()
        .collect(grouped());
  }

  Optional<StatusFiling> filing(String organisation, String period, UUID meeting) {
    return jdbc.sql(
            """
            select * from status_filings
            where organisation_id = ? and period = ? and meeting_id = ?
            """)
        .params(organisation, period, meeting)
        .query(InitiativeTables::filing)
        .optional();
  }

  void insertFiling(String organisation, StatusFiling f, Instant at) {
    jdbc.sql(
            """
            insert into status_filings (organisation_id, period, meeting_id, case_id, case_number,
              document_id, item_id, filed_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            organisation,
            f.period(),
            f.meetingId(),
            f.caseId(),
            f.caseNumber(),
            f.documentId(),
            f.itemId(),
            Timestamp.from(at))
        .update();
  }

  private static StatusFiling filing(ResultSet rs, int row) throws SQLException {
    return new StatusFiling(
        rs.getString("period"),
        rs.getObject("meeting_id", UUID.class),
        rs.getObject("case_id", UUID.class),
        rs.getString("case_number"),
        rs.getObject("document_id", UUID.class),
        rs.getObject("item_id", UUID.class));
  }

  private static StoredInitiative initiative(ResultSet rs, int row) throws SQLException {
    return new StoredInitiative(
        rs.getObject("id", UUID.class),
        rs.getString("organisation_id"),
        InitiativeKind.valueOf(rs.getString("kind")),
        InitiativePhase.valueOf(rs.getString("phase")),
        rs.getString("name"),
        rs.getString("description"),
        rs.getString("steering_group"),
        rs.getString("project_lead"));
  }

  private static <T>
      java.util.stream.Collector<Map.Entry<UUID, T>, ?, Map<UUID, List<T>>> grouped() {
    return Collectors.groupingBy(
        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList()));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
