package se.kansli.portfolio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agreements, their options, who may call off, the services behind, and the reminders sent. */
@Repository
class AgreementTables {

  /** An agreement's own row. */
  record StoredAgreement(
      UUID id,
      String organisation,
      AgreementKind kind,
      String title,
      String supplierName,
      String supplierNumber,
      String scope,
      boolean allMembers,
      LocalDate startsOn,
      LocalDate endsOn,
      Integer noticeMonths,
      String caseNumber) {}

  private record Row(UUID agreement, Object value) {}

  private final JdbcClient jdbc;

  AgreementTables(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(UUID id, NewAgreement a) {
    jdbc.sql(
            """
            insert into agreements (id, organisation_id, kind, title, supplier_name,
              supplier_number, scope, all_members, starts_on, ends_on, notice_months, case_number,
              created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
            """)
        .params(
            id,
            a.organisation(),
            a.kind().name(),
            a.title().strip(),
            a.supplierName().strip(),
            a.supplierNumber(),
            a.scope().strip(),
            a.allMembers(),
            a.startsOn(),
            a.endsOn(),
            a.noticeMonths(),
            blankToNull(a.caseNumber()))
        .update();
    insertParts(id, a);
  }

  void update(UUID id, NewAgreement a) {
    jdbc.sql(
            """
            update agreements set kind = ?, title = ?, supplier_name = ?, supplier_number = ?,
              scope = ?, all_members = ?, starts_on = ?, ends_on = ?, notice_months = ?,
              case_number = ?
            where id = ?
            """)
        .params(
            a.kind().name(),
            a.title().strip(),
            a.supplierName().strip(),
            a.supplierNumber(),
            a.scope().strip(),
            a.allMembers(),
            a.startsOn(),
            a.endsOn(),
            a.noticeMonths(),
            blankToNull(a.caseNumber()),
            id)
        .update();
    for (String table : List.of("agreement_options", "agreement_call_offs", "agreement_services")) {
      jdbc.sql("delete from " + table + " where agreement_id = ?").param(id).update();
    }
    insertParts(id, a);
  }

  private void insertParts(UUID id, NewAgreement a) {
    for (int i = 0; i < a.options().size(); i++) {
      ExtensionOption o = a.options().get(i);
      jdbc.sql(
              "insert into agreement_options (agreement_id, position, months, used_on)"
                  + " values (?, ?, ?, ?)")
          .params(id, i + 1, o.months(), o.usedOn())
          .update();
    }
    if (!a.allMembers()) {
      for (String m : a.callOff().stream().distinct().toList()) {
        jdbc.sql("insert into agreement_call_offs (agreement_id, municipality_id) values (?, ?)")
            .params(id, m)
            .update();
      }
    }
    for (UUID s : a.services().stream().distinct().toList()) {
      jdbc.sql("insert into agreement_services (agreement_id, service_id) values (?, ?)")
          .params(id, s)
          .update();
    }
  }

  Optional<StoredAgreement> agreement(UUID id) {
    return jdbc.sql("select * from agreements where id = ?")
        .param(id)
        .query(AgreementTables::agreement)
        .optional();
  }

  Optional<StoredAgreement> lock(UUID id) {
    return jdbc.sql("select * from agreements where id = ? for update")
        .param(id)
        .query(AgreementTables::agreement)
        .optional();
  }

  /** Every agreement, or only those of the organisations given, by title. */
  List<StoredAgreement> agreements(Collection<String> organisations) {
    String where = organisations == null ? "" : " where organisation_id = any(?)";
    var sql = jdbc.sql("select * from agreements" + where + " order by title, starts_on");
    if (organisations != null) {
      sql = sql.param(organisations.toArray(String[]::new));
    }
    return sql.query(AgreementTables::agreement).list();
  }

  /** The agreements behind a shared service. */
  List<StoredAgreement> behind(UUID service) {
    return jdbc.sql(
            """
            select a.* from agreements a join agreement_services s on s.agreement_id = a.id
            where s.service_id = ? order by a.title
            """)
        .param(service)
        .query(AgreementTables::agreement)
        .list();
  }

  Map<UUID, List<ExtensionOption>> options(Collection<UUID> agreements) {
    return grouped(
        jdbc.sql("select * from agreement_options where agreement_id = any(?) order by position")
            .param(agreements.toArray(UUID[]::new))
            .query((rs, n) ->
                new Row(
                    rs.getObject("agreement_id", UUID.class),
                    new ExtensionOption(
                        rs.getInt("months"), rs.getObject("used_on", LocalDate.class))))
            .list());
  }

  Map<UUID, List<AgreementView.Municipality>> callOffs(Collection<UUID> agreements) {
    return grouped(
        jdbc.sql(
                """
                select c.agreement_id, o.id, o.name from agreement_call_offs c
                join organisations o on o.id = c.municipality_id
                where c.agreement_id = any(?) order by o.name
                """)
            .param(agreements.toArray(UUID[]::new))
            .query((rs, n) ->
                new Row(
                    rs.getObject("agreement_id", UUID.class),
                    new AgreementView.Municipality(rs.getString("id"), rs.getString("name"))))
            .list());
  }

  Map<UUID, List<AgreementView.Service>> services(Collection<UUID> agreements) {
    return grouped(
        jdbc.sql(
                """
                select a.agreement_id, s.id, s.name from agreement_services a
                join shared_services s on s.id = a.service_id
                where a.agreement_id = any(?) order by s.name
                """)
            .param(agreements.toArray(UUID[]::new))
            .query((rs, n) ->
                new Row(
                    rs.getObject("agreement_id", UUID.class),
                    new AgreementView.Service(
                        rs.getObject("id", UUID.class), rs.getString("name"))))
            .list());
  }

  /** Records the reminder; false when it was already recorded (and so sent, or being sent). */
  boolean recordReminder(
      UUID agreement, AgreementDeadline.Kind kind, LocalDate deadline, int days, String to) {
    return jdbc.sql(
                """
                insert into agreement_reminders (agreement_id, kind, deadline, days_ahead, sent_to,
                  sent_at)
                values (?, ?, ?, ?, ?, now()) on conflict do nothing
                """)
            .params(agreement, kind.name(), deadline, days, to)
            .update()
        == 1;
  }

  void forgetReminder(UUID agreement, AgreementDeadline.Kind kind, LocalDate deadline, int days) {
    jdbc.sql(
            "delete from agreement_reminders where agreement_id = ? and kind = ? and deadline = ?"
                + " and days_ahead = ?")
        .params(agreement, kind.name(), deadline, days)
        .update();
  }

  @SuppressWarnings("unchecked")
  private static <T> Map<UUID, List<T>> grouped(List<Row> rows) {
    return rows.stream()
        .collect(
            Collectors.groupingBy(
                Row::agreement,
                Collectors.mapping(r -> (T) r.value(), Collectors.toCollection(ArrayList::new))));
  }

  private static StoredAgreement agreement(ResultSet rs, int row) throws SQLException {
    return new StoredAgreement(
        rs.getObject("id", UUID.class),
        rs.getString("organisation_id"),
        AgreementKind.valueOf(rs.getString("kind")),
        rs.getString("title"),
        rs.getString("supplier_name"),
        rs.getString("supplier_number"),
        rs.getString("scope"),
        rs.getBoolean("all_members"),
        rs.getObject("starts_on", LocalDate.class),
        rs.getObject("ends_on", LocalDate.class),
        rs.getObject("notice_months", Integer.class),
        rs.getString("case_number"));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
