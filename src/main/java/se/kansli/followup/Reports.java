package se.kansli.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reports' rows; readers pass the organisations they may see. */
@Repository
class Reports {

  record StoredReport(
      ReportId id,
      String organisation,
      int year,
      ReportKind kind,
      int throughMonth,
      String title,
      ReportTexts texts,
      ReportView.Registration registration) {}

  private static final String COLUMNS =
      """
      id, organisation_id, year, kind, through_month, title, summary, events, financial_comment,
      proposal, case_id, case_number, document_id, sha256, registered_at, registered_by
      """;

  private final JdbcClient jdbc;

  Reports(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean exists(String organisation, int year, ReportKind kind, int throughMonth) {
    return jdbc.sql(
                """
                select count(*) from followup_reports
                where organisation_id = ? and year = ? and kind = ? and through_month = ?
                """)
            .params(organisation, year, kind.name(), throughMonth)
            .query(Integer.class)
            .single()
        > 0;
  }

  void insert(StoredReport r) {
    jdbc.sql(
            """
            insert into followup_reports (id, organisation_id, year, kind, through_month, title)
            values (?, ?, ?, ?, ?, ?)
            """)
        .params(
            r.id().value(),
            r.organisation(),
            r.year(),
            r.kind().name(),
            r.throughMonth(),
            r.title())
        .update();
  }

  List<StoredReport> of(String[] organisations) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from followup_reports where organisation_id = any(?)"
                + " order by year desc, through_month desc, kind")
        .param(organisations)
        .query(Reports::row)
        .list();
  }

  Optional<StoredReport> find(ReportId id, String[] organisations) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from followup_reports where id = ? and organisation_id = any(?)")
        .params(id.value(), organisations)
        .query(Reports::row)
        .optional();
  }

  /** Locks the row, so that two filings of one report cannot both make a document. */
  Optional<StoredReport> lock(ReportId id, String[] organisations) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from followup_reports where id = ? and organisation_id = any(?) for update")
        .params(id.value(), organisations)
        .query(Reports::row)
        .optional();
  }

  void texts(ReportId id, String title, ReportTexts t) {
    jdbc.sql(
            """
            update followup_reports
            set title = ?, summary = ?, events = ?, financial_comment = ?, proposal = ?
            where id = ?
            """)
        .params(title, t.summary(), t.events(), t.financialComment(), t.proposal(), id.value())
        .update();
  }

  void registered(ReportId id, ReportView.Registration r) {
    jdbc.sql(
            """
            update followup_reports
            set case_id = ?, case_number = ?, document_id = ?, sha256 = ?, registered_at = ?,
                registered_by = ?
            where id = ?
            """)
        .params(
            r.caseId(),
            r.caseNumber(),
            r.documentId(),
            r.sha256(),
            OffsetDateTime.ofInstant(r.registeredAt(), ZoneOffset.UTC),
            r.registeredBy(),
            id.value())
        .update();
  }

  private static StoredReport row(ResultSet rs, int i) throws SQLException {
    OffsetDateTime at = rs.getObject("registered_at", OffsetDateTime.class);
    Instant registeredAt = at == null ? null : at.toInstant();
    return new StoredReport(
        new ReportId(rs.getObject("id", UUID.class)),
        rs.getString("organisation_id"),
        rs.getInt("year"),
        ReportKind.valueOf(rs.getString("kind")),
        rs.getInt("through_month"),
        rs.getString("title"),
        new ReportTexts(
            rs.getString("summary"),
            rs.getString("events"),
            rs.getString("financial_comment"),
            rs.getString("proposal")),
        registeredAt == null
            ? null
            : new ReportView.Registration(
                rs.getObject("case_id", UUID.class),
                rs.getString("case_number"),
                rs.getObject("document_id", UUID.class),
                rs.getString("sha256"),
                registeredAt,
                rs.getString("registered_by")));
  }
}
