package se.kansli.eservices;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The resident's view of {@code e_service_submissions} and the first row of {@code
 * e_service_status_changes}. The officers' side changes them later.
 */
@Repository
class ResidentSubmissionRows {

  private static final String SELECT =
      """
      select s.*, e.title, d.anonymous_token_sha256
      from e_service_submissions s
      join e_services e on e.id = s.e_service_id
      join e_service_drafts d on d.id = s.draft_id
      """;

  private final JdbcClient jdbc;
  private final JsonMapper json;

  ResidentSubmissionRows(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  record StoredSubmission(ResidentSubmissionView view, UUID resident, String tokenSha256) {}

  void insert(
      UUID id,
      DraftRows.StoredDraft draft,
      EServiceVersionView version,
      UUID caseId,
      String caseNumber,
      String status,
      LocalDate dueOn,
      Map<String, List<String>> answers,
      Instant now) {
    jdbc.sql(
            """
            insert into e_service_submissions (id, draft_id, e_service_id, version_id,
                organisation_id, resident_id, case_id, case_number, officer_group, status,
                due_on, submitted_at, answers, answers_pdf_pending)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, true)
            """)
        .params(
            id,
            draft.id(),
            version.eService().value(),
            version.id().value(),
            draft.organisation(),
            draft.resident(),
            caseId,
            caseNumber,
            version.officerGroup(),
            status,
            dueOn,
            time(now),
            json.writeValueAsString(answers))
        .update();
    jdbc.sql(
            """
            insert into e_service_status_changes (id, submission_id, from_status, to_status,
                                                  changed_at, changed_by, comment)
            values (?, ?, null, ?, ?, ?, ?)
            """)
        .params(UUID.randomUUID(), id, status, time(now), "E-tjänsteplattformen", "Inskickad")
        .update();
  }

  Optional<StoredSubmission> byDraft(UUID draft) {
    return jdbc.sql(SELECT + " where s.draft_id = ?")
        .param(draft)
        .query((rs, i) -> stored(rs))
        .optional();
  }

  Optional<StoredSubmission> find(UUID id) {
    return jdbc.sql(SELECT + " where s.id = ?").param(id).query((rs, i) -> stored(rs)).optional();
  }

  List<ResidentSubmissionView> ofResident(UUID resident) {
    return jdbc.sql(SELECT + " where s.resident_id = ? order by s.submitted_at desc")
        .param(resident)
        .query((rs, i) -> stored(rs).view())
        .list();
  }

  private static StoredSubmission stored(ResultSet rs) throws SQLException {
    UUID resident = rs.getObject("resident_id", UUID.class);
    return new StoredSubmission(
        new ResidentSubmissionView(
            rs.getObject("id", UUID.class),
            rs.getObject("draft_id", UUID.class),
            rs.getString("organisation_id"),
            rs.getString("title"),
            rs.getObject("case_id", UUID.class),
            rs.getString("case_number"),
            rs.getString("status"),
            rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
            rs.getObject("due_on", LocalDate.class),
            resident == null),
        resident,
        rs.getString("anonymous_token_sha256"));
  }

  private static OffsetDateTime time(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
