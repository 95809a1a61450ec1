package se.kansli.followup;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The annual cycle's items and the reminders sent for them. */
@Repository
class CycleTables {

  private final JdbcClient jdbc;

  CycleTables(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(UUID id, NewCycleItem item) {
    jdbc.sql(
            """
            insert into cycle_items (id, organisation_id, kind, title, directive, owner, owner_email,
                                     due_month, due_day)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            item.organisation(),
            item.kind().name(),
            item.title().strip(),
            item.directive().strip(),
            item.owner().strip(),
            item.ownerEmail() == null || item.ownerEmail().isBlank()
                ? null
                : item.ownerEmail().strip(),
            item.dueMonth(),
            item.dueDay())
        .update();
  }

  List<CycleItemView> of(Collection<String> organisations) {
    if (organisations.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select * from cycle_items where organisation_id in (:orgs)"
                + " order by due_month, due_day, title")
        .param("orgs", organisations)
        .query((rs, i) -> item(rs))
        .list();
  }

  Optional<CycleItemView> find(UUID id, Collection<String> organisations) {
    if (organisations.isEmpty()) {
      return Optional.empty();
    }
    return jdbc.sql("select * from cycle_items where id = :id and organisation_id in (:orgs)")
        .param("id", id)
        .param("orgs", organisations)
        .query((rs, i) -> item(rs))
        .optional();
  }

  /** Every item with an owner to remind, across organisations: the job runs for all of them. */
  List<CycleItemView> withOwnerEmail() {
    return jdbc.sql("select * from cycle_items where owner_email is not null")
        .query((rs, i) -> item(rs))
        .list();
  }

  /** Records the reminder; false when one was already recorded for the item and year. */
  boolean recordReminder(UUID item, int year, String to) {
    return jdbc.sql(
                """
                insert into cycle_reminders (item_id, cycle_year, sent_to, sent_at)
                values (?, ?, ?, now()) on conflict do nothing
                """)
            .params(item, year, to)
            .update()
        == 1;
  }

  void forgetReminder(UUID item, int year) {
    jdbc.sql("delete from cycle_reminders where item_id = ? and cycle_year = ?")
        .params(item, year)
        .update();
  }

  private static CycleItemView item(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new CycleItemView(
        rs.getObject("id", UUID.class),
        rs.getString("organisation_id"),
        CycleKind.valueOf(rs.getString("kind")),
        rs.getString("title"),
        rs.getString("directive"),
        rs.getString("owner"),
        rs.getString("owner_email"),
        rs.getInt("due_month"),
        rs.getInt("due_day"));
  }
}
