package se.kansli.followup;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The operational_plans, plan_goals, plan_indicators and indicator_outcomes tables. */
@Repository
class Plans {

  record StoredPlan(PlanId id, String organisation, int year, String title) {}

  record StoredGoal(UUID id, String text) {}

  record StoredIndicator(
      UUID id,
      UUID goal,
      String name,
      Target target,
      IndicatorSource source,
      UUID body,
      Forecast forecast,
      String forecastComment) {}

  private final JdbcClient jdbc;

  Plans(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(StoredPlan plan) {
    jdbc.sql(
            """
            insert into operational_plans (id, organisation_id, year, title, created_at)
            values (?, ?, ?, ?, ?)
            """)
        .params(plan.id().value(), plan.organisation(), plan.year(), plan.title(), now())
        .update();
  }

  boolean exists(String organisation, int year) {
    return jdbc.sql("select count(*) from operational_plans where organisation_id = ? and year = ?")
            .params(organisation, year)
            .query(Integer.class)
            .single()
        > 0;
  }

  /** The plan if it belongs to one of the reader's organisations; another's is not found. */
  Optional<StoredPlan> find(PlanId id, String[] organisations) {
    return jdbc.sql(
            """
            select id, organisation_id, year, title from operational_plans
            where id = ? and organisation_id = any (?)
            """)
        .params(id.value(), organisations)
        .query((rs, n) -> plan(rs))
        .optional();
  }

  /** The same, locked for a change so that positions are numbered one after another. */
  Optional<StoredPlan> lock(PlanId id, String[] organisations) {
    return jdbc.sql(
            """
            select id, organisation_id, year, title from operational_plans
            where id = ? and organisation_id = any (?) for update
            """)
        .params(id.value(), organisations)
        .query((rs, n) -> plan(rs))
        .optional();
  }

  List<StoredPlan> of(String[] organisations) {
    return jdbc.sql(
            """
            select id, organisation_id, year, title from operational_plans
            where organisation_id = any (?) order by year desc, organisation_id
            """)
        .params((Object) organisations)
        .query((rs, n) -> plan(rs))
        .list();
  }

  void insertGoal(PlanId plan, UUID id, String text) {
    jdbc.sql(
            """
            insert into plan_goals (id, plan_id, position, text)
            values (?, ?, (select coalesce(max(position), 0) + 1 from plan_goals where plan_id = ?), ?)
            """)
        .params(id, plan.value(), plan.value(), text)
        .update();
  }

  void updateGoal(UUID goal, String text) {
    jdbc.sql("update plan_goals set text = ? where id = ?").params(text, goal).update();
  }

  void deleteGoal(UUID goal) {
    jdbc.sql("delete from plan_goals where id = ?").param(goal).update();
  }

  List<StoredGoal> goals(PlanId plan) {
    return jdbc.sql("select id, text from plan_goals where plan_id = ? order by position")
        .params(plan.value())
        .query((rs, n) -> new StoredGoal(rs.getObject("id", UUID.class), rs.getString("text")))
        .list();
  }

  void insertIndicator(PlanId plan, StoredIndicator i) {
    jdbc.sql(
            """
            insert into plan_indicators (id, plan_id, goal_id, position, name, comparison,
                                         target_value, target_unit, unit_label, source, body_id)
            values (?, ?, ?,
                    (select coalesce(max(position), 0) + 1 from plan_indicators where goal_id = ?),
                    ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            i.id(),
            plan.value(),
            i.goal(),
            i.goal(),
            i.name(),
            i.target().comparison().name(),
            i.target().value(),
            i.target().unit().name(),
            i.target().unitLabel(),
            i.source().name(),
            i.body())
        .update();
  }

  /**
   * Changes an indicator but not its forecast or outcomes; one moved to another goal goes last
   * there.
   */
  void updateIndicator(StoredIndicator i, boolean moved) {
    jdbc.sql(
            """
            update plan_indicators
               set goal_id = ?,
                   position = case when ? then
                     (select coalesce(max(position), 0) + 1 from plan_indicators where goal_id = ?)
                     else position end,
                   name = ?, comparison = ?, target_value = ?, target_unit = ?, unit_label = ?,
                   source = ?, body_id = ?
             where id = ?
            """)
        .params(
            i.goal(),
            moved,
            i.goal(),
            i.name(),
            i.target().comparison().name(),
            i.target().value(),
            i.target().unit().name(),
            i.target().unitLabel(),
            i.source().name(),
            i.body(),
            i.id())
        .update();
  }

  void deleteIndicator(UUID indicator) {
    jdbc.sql("delete from indicator_outcomes where indicator_id = ?").param(indicator).update();
    jdbc.sql("delete from plan_indicators where id = ?").param(indicator).update();
  }

  List<StoredIndicator> indicators(PlanId plan) {
    return jdbc.sql(
            """
            select i.* from plan_indicators i join plan_goals g on g.id = i.goal_id
            where i.plan_id = ? order by g.position, i.position
            """)
        .params(plan.value())
        .query((rs, n) ->
            new StoredIndicator(
                rs.getObject("id", UUID.class),
                rs.getObject("goal_id", UUID.class),
                rs.getString("name"),
                new Target(
                    Target.Comparison.valueOf(rs.getString("comparison")),
                    rs.getBigDecimal("target_value"),
                    Target.TargetUnit.valueOf(rs.getString("target_unit")),
                    rs.getString("unit_label")),
                IndicatorSource.valueOf(rs.getString("source")),
                rs.getObject("body_id", UUID.class),
                rs.getString("forecast") == null
                    ? null
                    : Forecast.valueOf(rs.getString("forecast")),
                rs.getString("forecast_comment")))
        .list();
  }

  void forecast(UUID indicator, Forecast forecast, String comment) {
    jdbc.sql(
            """
            update plan_indicators set forecast = ?, forecast_comment = ?, forecast_at = ?
            where id = ?
            """)
        .params(forecast.name(), comment, now(), indicator)
        .update();
  }

  /** One outcome per indicator and period: entering the period again corrects it. */
  void upsertOutcome(UUID indicator, Period period, NewOutcome outcome, String recordedBy) {
    jdbc.sql(
            """
            insert into indicator_outcomes (indicator_id, period, value, comment, recorded_at,
                                            recorded_by)
            values (?, ?, ?, ?, ?, ?)
            on conflict (indicator_id, period) do update
              set value = excluded.value, comment = excluded.comment,
                  recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by
            """)
        .params(indicator, period.code(), outcome.value(), outcome.comment(), now(), recordedBy)
        .update();
  }

  List<StoredOutcome> outcomes(PlanId plan) {
    return jdbc.sql(
            """
            select o.indicator_id, o.period, o.value, o.comment from indicator_outcomes o
            join plan_indicators i on i.id = o.indicator_id where i.plan_id = ?
            """)
        .params(plan.value())
        .query((rs, n) ->
            new StoredOutcome(
                rs.getObject("indicator_id", UUID.class),
                rs.getString("period"),
                rs.getBigDecimal("value"),
                rs.getString("comment")))
        .list();
  }

  record StoredOutcome(UUID indicator, String period, BigDecimal value, String comment) {}

  private static StoredPlan plan(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new StoredPlan(
        new PlanId(rs.getObject("id", UUID.class)),
        rs.getString("organisation_id"),
        rs.getInt("year"),
        rs.getString("title"));
  }

  private static OffsetDateTime now() {
    return Instant.now().atOffset(ZoneOffset.UTC);
  }
}
