package se.kansli.portfolio;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.meetings.AgendaItemId;
import se.kansli.meetings.ItemSubjects;
import se.kansli.meetings.MeetingId;
import se.kansli.shared.Actor;

/**
 * The portfolio's initiatives and shared services as what a minutes item concerns: the item's page
 * in the meetings module shows them and lets the secretary point the item at one.
 */
@Component
class PortfolioSubjects implements ItemSubjects {

  /** An initiative or a shared service. */
  record Subject(UUID id, String name, boolean initiative) {

    ItemSubjects.Subject forItem() {
      return new ItemSubjects.Subject(
          id, name, (initiative ? "/portfolio/initiatives/" : "/portfolio/services/") + id);
    }
  }

  private static final String SUBJECTS =
      """
      select * from (
        select id, organisation_id, name, true as initiative from initiatives
        union all
        select id, organisation_id, name, false as initiative from shared_services) subjects
      """;

  private final JdbcClient jdbc;
  private final PortfolioDecisions decisions;

  PortfolioSubjects(JdbcClient jdbc, PortfolioDecisions decisions) {
    this.jdbc = jdbc;
    this.decisions = decisions;
  }

  @Override
  @Transactional(readOnly = true)
  public List<ItemSubjects.Subject> of(MeetingId meeting, AgendaItemId item) {
    return jdbc
        .sql(
            SUBJECTS
                + " where id in (select subject_id from portfolio_decisions where item_id = ?)"
                + " order by name")
        .param(item.value())
        .query(Subject.class)
        .list()
        .stream()
        .map(Subject::forItem)
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<ItemSubjects.Subject> choices(String organisation) {
    return jdbc
        .sql(SUBJECTS + " where organisation_id = ? order by name")
        .param(organisation)
        .query(Subject.class)
        .list()
        .stream()
        .map(Subject::forItem)
        .toList();
  }

  @Override
  @Transactional
  public boolean point(MeetingId meeting, AgendaItemId item, UUID subject, Actor actor) {
    return jdbc.sql(SUBJECTS + " where id = ?")
        .param(subject)
        .query(Subject.class)
        .optional()
        .map(s -> {
          decisions.linkItem(s, meeting, item, actor);
          return true;
        })
        .orElse(false);
  }
}
