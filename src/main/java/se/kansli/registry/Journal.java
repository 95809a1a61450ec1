package se.kansli.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.shared.Actor;
import se.kansli.shared.OrganisationId;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only, hash-chained record of every change in the registry. Each organisation has its
 * own chain, so registrations in different municipalities do not wait for each other; within one
 * chain the head row is locked for the rest of the change's transaction.
 */
@Service
public class Journal {

  private final JdbcClient jdbc;
  private final JsonMapper json;

  Journal(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Appends inside the caller's transaction, which must be the change being recorded. */
  @Transactional(propagation = Propagation.MANDATORY)
  void record(
      OrganisationId org,
      CaseId caseId,
      DocumentId documentId,
      Actor actor,
      String action,
      Object before,
      Object after) {
    jdbc.sql(
            "insert into journal_heads (organisation_id, position, hash) values (?, 0, ?)"
                + " on conflict do nothing")
        .params(org.value(), JournalEntry.GENESIS)
        .update();
    var head =
        jdbc.sql("select position, hash from journal_heads where organisation_id = ? for update")
            .param(org.value())
            .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)})
            .single();
    long position = (long) head[0] + 1;
    String previous = (String) head[1];
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    UUID c = caseId == null ? null : caseId.value();
    UUID d = documentId == null ? null : documentId.value();
    String beforeJson = before == null ? null : json.writeValueAsString(before);
    String afterJson = after == null ? null : json.writeValueAsString(after);
    String hash =
        JournalEntry.computeHash(
            previous,
            org.value(),
            position,
            c,
            d,
            actor.userId(),
            actor.displayName(),
            now,
            action,
            beforeJson,
            afterJson);
    jdbc.sql(
            """
            insert into journal (organisation_id, position, case_id, document_id, actor_id,
                                 actor_name, occurred_at, action, before_state, after_state,
                                 previous_hash, hash)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            org.value(),
            position,
            c,
            d,
            actor.userId(),
            actor.displayName(),
            OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
            action,
            beforeJson,
            afterJson,
            previous,
            hash)
        .update();
    jdbc.sql("update journal_heads set position = ?, hash = ? where organisation_id = ?")
        .params(position, hash, org.value())
        .update();
  }

  /** The history of one case, oldest first. The caller has checked the actor may see the case. */
  List<JournalEntry> ofCase(CaseId caseId) {
    return jdbc.sql("select * from journal where case_id = ? order by position")
        .param(caseId.value())
        .query((rs, i) -> map(rs))
        .list();
  }

  /** Recomputes every hash of the chains of the administrator's own organisations. */
  @Transactional(readOnly = true)
  public JournalVerification verify(Actor actor) {
    actor.requireAdministrator();
    List<JournalVerification.Break> breaks = new ArrayList<>();
    long[] checked = {0};
    List<String> orgs =
        jdbc.sql(
                "select organisation_id from journal_heads where organisation_id = any(?) order by 1")
            .param(Cases.ids(actor.organisations()))
            .query(String.class)
            .list();
    for (String org : orgs) {
      verifyChain(org, breaks, checked);
    }
    return new JournalVerification(Instant.now(), checked[0], breaks.isEmpty(), breaks);
  }

  private void verifyChain(String org, List<JournalVerification.Break> breaks, long[] checked) {
    String[] expectedPrevious = {JournalEntry.GENESIS};
    long[] expectedPosition = {1};
    jdbc.sql("select * from journal where organisation_id = ? order by position")
        .param(org)
        .query(rs -> {
          JournalEntry e = map(rs);
          checked[0]++;
          if (e.position() != expectedPosition[0]) {
            breaks.add(
                new JournalVerification.Break(
                    org,
                    expectedPosition[0],
                    "Rad saknas i kedjan före position " + e.position() + "."));
          }
          if (!e.previousHash().equals(expectedPrevious[0])) {
            breaks.add(
                new JournalVerification.Break(
                    org, e.position(), "Raden pekar inte på föregående rads kontrollsumma."));
          }
          if (!e.computeHash().equals(e.hash())) {
            breaks.add(
                new JournalVerification.Break(
                    org, e.position(), "Raden har ändrats: kontrollsumman stämmer inte."));
          }
          expectedPrevious[0] = e.hash();
          expectedPosition[0] = e.position() + 1;
        });
    var head =
        jdbc.sql("select position, hash from journal_heads where organisation_id = ?")
            .param(org)
            .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)})
            .single();
    if ((long) head[0] != expectedPosition[0] - 1 || !head[1].equals(expectedPrevious[0])) {
      breaks.add(
          new JournalVerification.Break(
              org, (long) head[0], "Kedjans sista rad saknas eller har ersatts."));
    }
  }

  private static JournalEntry map(ResultSet rs) throws SQLException {
    return new JournalEntry(
        rs.getLong("position"),
        rs.getString("organisation_id"),
        rs.getObject("case_id", UUID.class),
        rs.getObject("document_id", UUID.class),
        rs.getObject("actor_id", UUID.class),
        rs.getString("actor_name"),
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        rs.getString("action"),
        rs.getString("before_state"),
        rs.getString("after_state"),
        rs.getString("previous_hash"),
        rs.getString("hash"));
  }
}
