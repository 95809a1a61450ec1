package se.kansli.followup;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Audits, recommendations and actions; every read is limited to the reader's organisations. */
@Repository
class AuditTables {

  record StoredAudit(
      UUID id,
      String organisation,
      String municipality,
      int year,
      String title,
      String assessment,
      UUID decisionMeeting,
      UUID decisionItem,
      String decisionLabel) {}

  record StoredRecommendation(
      UUID id, UUID audit, int position, String text, Instant closedAt, String closingComment) {}

  private final JdbcClient jdbc;

  AuditTables(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(UUID id, NewAudit audit) {
    jdbc.sql(
            """
            insert into audits (id, organisation_id, auditing_municipality, audit_year, title,
                                assessment, created_at)
            values (?, ?, ?, ?, ?, ?, now())
            """)
        .params(
            id,
            audit.organisation(),
            audit.municipality(),
            audit.year(),
            audit.title().strip(),
            audit.assessment().strip())
        .update();
  }

  boolean exists(String organisation, String municipality, int year) {
    return jdbc.sql(
                "select count(*) from audits where organisation_id = ? and auditing_municipality = ?"
                    + " and audit_year = ?")
            .params(organisation, municipality, year)
            .query(Integer.class)
            .single()
        > 0;
  }

  List<StoredAudit> list(Collection<String> organisations, Integer year) {
    if (organisations.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select * from audits
            where organisation_id in (:orgs) and (cast(:year as int) is null or audit_year = :year)
            order by audit_year desc, auditing_municipality
            """)
        .param("orgs", organisations)
        .param("year", year)
        .query((rs, i) -> audit(rs))
        .list();
  }

  /** Locks the row when {@code lock}, so that concurrent changes to one audit queue up. */
  Optional<StoredAudit> find(UUID id, Collection<String> organisations, boolean lock) {
    if (organisations.isEmpty()) {
      return Optional.empty();
    }
    return jdbc.sql(
            "select * from audits where id = :id and organisation_id in (:orgs)"
                + (lock ? " for update" : ""))
        .param("id", id)
        .param("orgs", organisations)
        .query((rs, i) -> audit(rs))
        .optional();
  }

  void link(UUID audit, DecisionLink link) {
    jdbc.sql(
            "update audits set decision_meeting_id = ?, decision_item_id = ?, decision_label = ?"
                + " where id = ?")
        .params(link.meetingId(), link.itemId(), link.label(), audit)
        .update();
  }

  void insertRecommendation(UUID audit, String text) {
    jdbc.sql(
            """
            insert into audit_recommendations (id, audit_id, position, text)
            values (?, ?, (select coalesce(max(position), 0) + 1 from audit_recommendations
                           where audit_id = ?), ?)
            """)
        .params(UUID.randomUUID(), audit, audit, text.strip())
        .update();
  }

  List<StoredRecommendation> recommendations(Collection<UUID> audits) {
    if (audits.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select * from audit_recommendations where audit_id in (:ids) order by position")
        .param("ids", audits)
        .query((rs, i) ->
            new StoredRecommendation(
                rs.getObject("id", UUID.class),
                rs.getObject("audit_id", UUID.class),
                rs.getInt("position"),
                rs.getString("text"),
                instant(rs.getTimestamp("closed_at")),
                rs.getString("closing_comment")))
        .list();
  }

  /** The audit a recommendation belongs to, so that its organisation can be checked. */
  Optional<UUID> auditOfRecommendation(UUID recommendation) {
    return jdbc.sql("select audit_id from audit_recommendations where id = ?")
        .param(recommendation)
        .query(UUID.class)
        .optional();
  }

  Optional<UUID> recommendationOfAction(UUID action) {
    return jdbc.sql("select recommendation_id from audit_actions where id = ?")
        .param(action)
        .query(UUID.class)
        .optional();
  }

  void close(UUID recommendation, String comment) {
    jdbc.sql("update audit_recommendations set closed_at = now(), closing_comment = ? where id = ?")
        .params(comment.strip(), recommendation)
        .update();
  }

  void insertAction(UUID recommendation, NewAction action) {
    jdbc.sql(
            """
            insert into audit_actions (id, recommendation_id, description, owner, due_date, status,
                                       comment, created_at)
            values (?, ?, ?, ?, ?, ?, ?, now())
            """)
        .params(
            UUID.randomUUID(),
            recommendation,
            action.description().strip(),
            action.owner().strip(),
            action.due(),
            action.status().name(),
            action.comment() == null ? "" : action.comment().strip())
        .update();
  }

  void updateAction(UUID action, ActionStatus status, String comment) {
    jdbc.sql("update audit_actions set status = ?, comment = ? where id = ?")
        .params(status.name(), comment == null ? "" : comment.strip(), action)
        .update();
  }

  Map<UUID, List<ActionView>> actions(Collection<UUID> recommendations) {
    if (recommendations.isEmpty()) {
      return Map.of();
    }
    record Row(UUID recommendation, ActionView action) {}
    return jdbc
        .sql(
            """
            select * from audit_actions where recommendation_id in (:ids)
            order by due_date, created_at
            """)
        .param("ids", recommendations)
        .query((rs, i) ->
            new Row(
                rs.getObject("recommendation_id", UUID.class),
                new ActionView(
                    rs.getObject("id", UUID.class),
                    rs.getString("description"),
                    rs.getString("owner"),
                    rs.getObject("due_date", java.time.LocalDate.class),
                    ActionStatus.valueOf(rs.getString("status")),
                    rs.getString("comment"))))
        .list()
        .stream()
        .collect(
            Collectors.groupingBy(
                Row::recommendation, Collectors.mapping(Row::action, Collectors.toList())));
  }

  private static StoredAudit audit(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new StoredAudit(
        rs.getObject("id", UUID.class),
        rs.getString("organisation_id"),
        rs.getString("auditing_municipality"),
        rs.getInt("audit_year"),
        rs.getString("title"),
        rs.getString("assessment"),
        rs.getObject("decision_meeting_id", UUID.class),
        rs.getObject("decision_item_id", UUID.class),
        rs.getString("decision_label"));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
