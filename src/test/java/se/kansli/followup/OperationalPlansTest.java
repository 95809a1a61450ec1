package se.kansli.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.meetings.BodyView;
import se.kansli.meetings.MeetingPlanner;
import se.kansli.portfolio.AgreementKind;
import se.kansli.portfolio.Agreements;
import se.kansli.portfolio.NewAgreement;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.Forbidden;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.Role;

@KansliTest
class OperationalPlansTest {

  @Autowired OperationalPlans plans;
  @Autowired PlanFixture fixture;
  @Autowired TestStaff staff;
  @Autowired MeetingPlanner planner;
  @Autowired JdbcClient jdbc;
  @Autowired Agreements agreements;

  Actor secretary;
  PlanView plan;
  UUID goal;

  @BeforeEach
  void aPlanWithAGoal() {
    secretary = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
    plan = fixture.plan("e-namnden", secretary);
    plan = plans.addGoal(plan.id(), new NewGoal("Nämndens ledamöter deltar aktivt"), secretary);
    goal = plan.goals().getFirst().id();
  }

  @Test
  void attendanceIsComputedFromTheMeetingsPerMeetingAndForTheYear() {
    BodyView body = fixture.body("e-namnden", secretary);
    fixture.meeting(body, day(3, 16), 3, secretary);
    fixture.meeting(body, day(6, 22), 2, secretary);
    fixture.meeting(body, day(10, 12), -1, secretary);

    IndicatorView attendance =
        only(
            plans.addIndicator(
                plan.id(),
                computed(
                    "Närvaro",
                    "75",
                    Target.TargetUnit.PERCENT,
                    IndicatorSource.BODY_ATTENDANCE,
                    body),
                secretary));

    assertThat(attendance.points())
        .extracting(p -> p.value().intValue(), IndicatorView.Point::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(75, "3 av 4 ledamöter"),
            org.assertj.core.groups.Tuple.tuple(50, "2 av 4 ledamöter"));
    // 5 of 8 member places over the year: 62.5 %, rounded as AttendanceStatistics rounds.
    assertThat(attendance.current()).isEqualByComparingTo("63");
    assertThat(attendance.currentText()).isEqualTo("63 %");
    assertThat(attendance.met()).isFalse();
    assertThat(attendance.suggestedForecast()).isEqualTo(Forecast.AT_RISK);
    assertThat(attendance.forecast()).as("the forecast stays a person's judgement").isNull();
    assertThat(attendance.bodyName()).isEqualTo(body.name());
    assertThat(IndicatorChart.svg(attendance))
        .contains("role=\"img\"", "<title", "Mål ≥ 75 %", ">75 %<", ">50 %<");

    PlanView judged =
        plans.judge(
            plan.id(),
            attendance.id(),
            new ForecastJudgement(Forecast.AT_RISK, "Risk att målet ej nås."),
            secretary);
    assertThat(only(judged).forecast()).isEqualTo(Forecast.AT_RISK);
    assertThat(only(judged).forecastComment()).isEqualTo("Risk att målet ej nås.");
  }

  @Test
  void meetingsHeldCountAttendedMeetingsAndSeeWhetherThePlanCanStillReachTheTarget() {
    BodyView body = fixture.body("e-namnden", secretary);
    fixture.meeting(body, day(3, 16), 4, secretary);
    fixture.meeting(body, day(6, 22), 4, secretary);
    var cancelled = fixture.meeting(body, day(9, 1), -1, secretary);
    planner.cancel(cancelled.id(), secretary);
    fixture.meeting(body, day(12, 14), -1, secretary);

    IndicatorView held =
        only(
            plans.addIndicator(
                plan.id(),
                computed(
                    "Sammanträden",
                    "4",
                    Target.TargetUnit.COUNT,
                    IndicatorSource.MEETINGS_HELD,
                    body),
                secretary));

    assertThat(held.current()).isEqualByComparingTo("2");
    assertThat(held.points()).extracting(p -> p.value().intValue()).containsExactly(1, 2);
    assertThat(held.met()).isFalse();
    assertThat(held.suggestedForecast())
        .as("two held and one still planned cannot make four")
        .isEqualTo(Forecast.WILL_NOT_BE_MET);
  }

  @Test
  void municipalitiesPresentAreCountedPerMeeting() {
    BodyView group = fixture.body("e-namnden", secretary);
    fixture.meeting(group, day(1, 26), 3, secretary);
    fixture.meeting(group, day(2, 23), 4, secretary);
    IndicatorView share =
        only(
            plans.addIndicator(
                plan.id(),
                computed(
                    "Kommuner",
                    "75",
                    Target.TargetUnit.PERCENT,
                    IndicatorSource.MUNICIPALITY_ATTENDANCE,
                    group),
                secretary));
    assertThat(share.points())
        .extracting(IndicatorView.Point::detail)
        .containsExactly("3 av 4 kommuner", "4 av 4 kommuner");
    assertThat(share.current()).isEqualByComparingTo("88");
    assertThat(share.met()).isTrue();
  }

  @Test
  void aComputedIndicatorNeedsABodyOfThePlansOrganisationAndAMatchingUnit() {
    BodyView lulea = fixture.body("lulea", staff.actor(Role.COMMITTEE_SECRETARY, "lulea"));
    Actor both = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden", "lulea");
    assertThatThrownBy(() ->
            plans.addIndicator(
                plan.id(),
                computed(
                    "X", "75", Target.TargetUnit.PERCENT, IndicatorSource.BODY_ATTENDANCE, lulea),
                both))
        .isInstanceOf(InvalidInput.class)
        .hasFieldOrPropertyWithValue("field", "body");
    BodyView own = fixture.body("e-namnden", secretary);
    assertThatThrownBy(() ->
            plans.addIndicator(
                plan.id(),
                computed("X", "4", Target.TargetUnit.COUNT, IndicatorSource.BODY_ATTENDANCE, own),
                secretary))
        .hasFieldOrPropertyWithValue("field", "unit");
  }

  @Test
  void manualOutcomesAreEnteredPerPeriodAndBadOnesRefusedWithTheField() {
    IndicatorView agreements =
        only(
            plans.addIndicator(
                plan.id(),
                new NewIndicator(
                    goal,
                    "Antal ramavtal",
                    Target.Comparison.AT_LEAST,
                    BigDecimal.TEN,
                    Target.TargetUnit.COUNT,
                    "ramavtal",
                    IndicatorSource.MANUAL,
                    null),
                secretary));
    int year = plan.year();
    UUID id = agreements.id();

    refused(id, new NewOutcome(year + "-05", new BigDecimal("-1"), null), "value", "negativt");
    refused(id, new NewOutcome(year + "-05", new BigDecimal("1000000"), null), "value", "orimligt");
    refused(id, new NewOutcome(year + "-05", null, null), "value", "Ange utfallet");
    refused(id, new NewOutcome(year + "-T4", BigDecimal.ONE, null), "period", "Okänd period");
    refused(id, new NewOutcome("våren", BigDecimal.ONE, null), "period", "Okänd period");
    refused(id, new NewOutcome((year - 1) + "-05", BigDecimal.ONE, null), "period", "planens år");

    plans.recordOutcome(
        plan.id(),
        id,
        new NewOutcome(year + "-05", new BigDecimal("11"), "I dagsläget finns 11 avtal"),
        secretary);
    PlanView after =
        plans.recordOutcome(
            plan.id(), id, new NewOutcome(year + "-T1", new BigDecimal("9"), null), secretary);
    IndicatorView manual = only(after);
    assertThat(manual.outcomes())
        .extracting(IndicatorView.Outcome::period)
        .containsExactly(year + "-T1", year + "-05");
    assertThat(manual.current()).as("the latest period").isEqualByComparingTo("11");
    assertThat(manual.currentText()).isEqualTo("11 ramavtal");
    assertThat(manual.met()).isTrue();

    // The same period again corrects it.
    manual =
        only(
            plans.recordOutcome(
                plan.id(), id, new NewOutcome(year + "-05", new BigDecimal("8"), null), secretary));
    assertThat(manual.outcomes()).hasSize(2);
    assertThat(manual.current()).isEqualByComparingTo("8");
    assertThat(manual.suggestedForecast()).isEqualTo(Forecast.AT_RISK);
  }

  @Test
  void aPercentOutcomeAbove100IsRefused() {
    IndicatorView share =
        only(
            plans.addIndicator(
                plan.id(),
                new NewIndicator(
                    goal,
                    "Andel",
                    Target.Comparison.AT_LEAST,
                    new BigDecimal("75"),
                    Target.TargetUnit.PERCENT,
                    null,
                    IndicatorSource.MANUAL,
                    null),
                secretary));
    refused(
        share.id(),
        new NewOutcome(plan.year() + "", new BigDecimal("140"), null),
        "value",
        "högst 100");
  }

  @Test
  void otherOrganisationsSeeNothingAndReadersChangeNothing() {
    Actor kiruna = staff.actor(Role.ADMINISTRATOR, "kiruna");
    assertThatThrownBy(() -> plans.get(plan.id(), kiruna)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> plans.addGoal(plan.id(), new NewGoal("X"), kiruna))
        .isInstanceOf(NotFound.class);
    assertThat(plans.list(kiruna)).noneMatch(p -> p.id().equals(plan.id()));
    Actor auditor = staff.actor(Role.AUDITOR, "e-namnden");
    assertThat(plans.get(plan.id(), auditor).goals()).hasSize(1);
    assertThatThrownBy(() -> plans.addGoal(plan.id(), new NewGoal("X"), auditor))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(() -> plans.create(new NewPlan("e-namnden", plan.year(), null), secretary))
        .isInstanceOf(Conflict.class);
  }

  @Test
  void aGoalsTextIsChangedAndAnEmptyGoalRemoved() {
    plan = plans.addGoal(plan.id(), new NewGoal("Andra målet"), secretary);
    UUID second = plan.goals().getLast().id();

    PlanView edited =
        plans.updateGoal(plan.id(), goal, new NewGoal("  Ledamöterna deltar aktivt  "), secretary);
    assertThat(edited.goals())
        .extracting(PlanView.GoalView::text)
        .containsExactly("Ledamöterna deltar aktivt", "Andra målet");
    assertThatThrownBy(() -> plans.updateGoal(plan.id(), goal, new NewGoal(" "), secretary))
        .isInstanceOf(InvalidInput.class)
        .hasFieldOrPropertyWithValue("field", "text");

    PlanView removed = plans.removeGoal(plan.id(), second, secretary);
    assertThat(removed.goals()).extracting(PlanView.GoalView::id).containsExactly(goal);
    assertThatThrownBy(() -> plans.removeGoal(plan.id(), second, secretary))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void aGoalWithIndicatorsIsNotRemoved() {
    plans.addIndicator(plan.id(), manual("Antal ramavtal", "10"), secretary);

    assertThatThrownBy(() -> plans.removeGoal(plan.id(), goal, secretary))
        .isInstanceOf(Conflict.class)
        .hasFieldOrPropertyWithValue("field", "goal")
        .hasMessageContaining("Flytta");
    assertThat(plans.get(plan.id(), secretary).goals().getFirst().indicators()).hasSize(1);
  }

  @Test
  void anIndicatorIsChangedAndMovedKeepingItsOutcomesAndForecast() {
    UUID id = only(plans.addIndicator(plan.id(), manual("Antal ramavtal", "10"), secretary)).id();
    plans.recordOutcome(
        plan.id(), id, new NewOutcome(plan.year() + "-05", new BigDecimal("11"), null), secretary);
    plans.judge(
        plan.id(), id, new ForecastJudgement(Forecast.WILL_BE_MET, "Avtalen finns."), secretary);
    plan = plans.addGoal(plan.id(), new NewGoal("Avtal"), secretary);
    UUID second = plan.goals().getLast().id();

    PlanView changed =
        plans.updateIndicator(
            plan.id(),
            id,
            new NewIndicator(
                second,
                "Ramavtal i kraft",
                Target.Comparison.AT_LEAST,
                new BigDecimal("12"),
                Target.TargetUnit.COUNT,
                "ramavtal",
                IndicatorSource.MANUAL,
                null),
            secretary);

    assertThat(changed.goals().getFirst().indicators()).isEmpty();
    IndicatorView moved = changed.goals().getLast().indicators().getFirst();
    assertThat(moved.id()).isEqualTo(id);
    assertThat(moved.name()).isEqualTo("Ramavtal i kraft");
    assertThat(moved.targetText()).isEqualTo("≥ 12 ramavtal");
    assertThat(moved.current()).isEqualByComparingTo("11");
    assertThat(moved.met()).as("11 no longer reaches the new target of 12").isFalse();
    assertThat(moved.forecast()).isEqualTo(Forecast.WILL_BE_MET);
    assertThat(moved.forecastComment()).isEqualTo("Avtalen finns.");
  }

  @Test
  void aManualIndicatorBecomesAPercentageOnlyIfItsOutcomesCanBeShares() {
    UUID id = only(plans.addIndicator(plan.id(), manual("Antal ramavtal", "10"), secretary)).id();
    plans.recordOutcome(
        plan.id(), id, new NewOutcome(plan.year() + "-05", new BigDecimal("140"), null), secretary);
    NewIndicator share =
        new NewIndicator(
            goal,
            "Andel",
            Target.Comparison.AT_LEAST,
            new BigDecimal("75"),
            Target.TargetUnit.PERCENT,
            null,
            IndicatorSource.MANUAL,
            null);

    assertThatThrownBy(() -> plans.updateIndicator(plan.id(), id, share, secretary))
        .isInstanceOf(InvalidInput.class)
        .hasFieldOrPropertyWithValue("field", "unit")
        .hasMessageContaining(plan.year() + "-05");
    plans.recordOutcome(
        plan.id(), id, new NewOutcome(plan.year() + "-05", new BigDecimal("80"), null), secretary);
    assertThat(only(plans.updateIndicator(plan.id(), id, share, secretary)).currentText())
        .isEqualTo("80 %");
  }

  @Test
  void anIndicatorMadeComputedIsValidatedAndItsOutcomesComeBackWhenMadeManualAgain() {
    UUID id = only(plans.addIndicator(plan.id(), manual("Närvaro", "75"), secretary)).id();
    plans.recordOutcome(
        plan.id(), id, new NewOutcome(plan.year() + "", new BigDecimal("8"), null), secretary);
    BodyView body = fixture.body("e-namnden", secretary);
    fixture.meeting(body, day(3, 16), 3, secretary);

    assertThatThrownBy(() ->
            plans.updateIndicator(
                plan.id(),
                id,
                computed(
                    "Närvaro",
                    "75",
                    Target.TargetUnit.COUNT,
                    IndicatorSource.BODY_ATTENDANCE,
                    body),
                secretary))
        .isInstanceOf(InvalidInput.class)
        .hasFieldOrPropertyWithValue("field", "unit");
    IndicatorView attendance =
        only(
            plans.updateIndicator(
                plan.id(),
                id,
                computed(
                    "Närvaro",
                    "75",
                    Target.TargetUnit.PERCENT,
                    IndicatorSource.BODY_ATTENDANCE,
                    body),
                secretary));
    assertThat(attendance.source()).isEqualTo(IndicatorSource.BODY_ATTENDANCE);
    assertThat(attendance.current()).isEqualByComparingTo("75");
    assertThat(attendance.outcomes()).isEmpty();

    IndicatorView manualAgain =
        only(plans.updateIndicator(plan.id(), id, manual("Närvaro", "10"), secretary));
    assertThat(manualAgain.body()).isNull();
    assertThat(manualAgain.outcomes())
        .extracting(IndicatorView.Outcome::period)
        .containsExactly(plan.year() + "");
    assertThat(manualAgain.current()).isEqualByComparingTo("8");
  }

  @Test
  void anIndicatorIsRemovedWithItsOutcomes() {
    UUID kept = only(plans.addIndicator(plan.id(), manual("Kvar", "1"), secretary)).id();
    UUID id = only(plans.addIndicator(plan.id(), manual("Antal ramavtal", "10"), secretary)).id();
    plans.recordOutcome(
        plan.id(), id, new NewOutcome(plan.year() + "-T1", new BigDecimal("9"), null), secretary);
    plans.recordOutcome(
        plan.id(), id, new NewOutcome(plan.year() + "-T2", new BigDecimal("11"), null), secretary);

    PlanView after = plans.removeIndicator(plan.id(), id, secretary);

    assertThat(after.goals().getFirst().indicators())
        .extracting(IndicatorView::id)
        .containsExactly(kept);
    assertThat(
            jdbc.sql("select count(*) from indicator_outcomes where indicator_id = ?")
                .param(id)
                .query(Integer.class)
                .single())
        .isZero();
    assertThatThrownBy(() -> plans.removeIndicator(plan.id(), id, secretary))
        .isInstanceOf(NotFound.class);
    // With its indicators gone the goal can go too.
    plans.removeIndicator(plan.id(), kept, secretary);
    assertThat(plans.removeGoal(plan.id(), goal, secretary).goals()).isEmpty();
  }

  @Test
  void anotherOrganisationCannotChangeOrRemoveGoalsAndIndicatorsAndReadersCannotEither() {
    UUID id = only(plans.addIndicator(plan.id(), manual("Antal ramavtal", "10"), secretary)).id();
    for (Actor outsider :
        new Actor[] {
          staff.actor(Role.ADMINISTRATOR, "kiruna"), staff.actor(Role.COMMITTEE_SECRETARY, "kiruna")
        }) {
      assertThatThrownBy(() -> plans.updateGoal(plan.id(), goal, new NewGoal("Kapat"), outsider))
          .isInstanceOf(NotFound.class);
      assertThatThrownBy(() -> plans.removeGoal(plan.id(), goal, outsider))
          .isInstanceOf(NotFound.class);
      assertThatThrownBy(() -> plans.updateIndicator(plan.id(), id, manual("Kapad", "1"), outsider))
          .isInstanceOf(NotFound.class);
      assertThatThrownBy(() -> plans.removeIndicator(plan.id(), id, outsider))
          .isInstanceOf(NotFound.class);
    }
    Actor auditor = staff.actor(Role.AUDITOR, "e-namnden");
    assertThatThrownBy(() -> plans.updateGoal(plan.id(), goal, new NewGoal("X"), auditor))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(() -> plans.removeIndicator(plan.id(), id, auditor))
        .isInstanceOf(Forbidden.class);
    IndicatorView unchanged = only(plans.get(plan.id(), secretary));
    assertThat(unchanged.name()).isEqualTo("Antal ramavtal");
    assertThat(plans.get(plan.id(), secretary).goals().getFirst().text())
        .isEqualTo("Nämndens ledamöter deltar aktivt");
  }

  @Test
  void frameworkAgreementsInForceAreCountedAtTheEndOfEachTertial() {
    int y = plan.year();
    Actor coordinator = staff.actor(Role.ADMINISTRATOR, "e-namnden");
    // In force in T1 only; through the year; a contract (not counted); another organisation's.
    agreement(
        "e-namnden", AgreementKind.FRAMEWORK_AGREEMENT, y + "-01-01", y + "-06-30", coordinator);
    agreement(
        "e-namnden",
        AgreementKind.FRAMEWORK_AGREEMENT,
        y + "-03-01",
        (y + 1) + "-02-28",
        coordinator);
    agreement("e-namnden", AgreementKind.CONTRACT, y + "-01-01", (y + 1) + "-12-31", coordinator);
    agreement(
        "kiruna",
        AgreementKind.FRAMEWORK_AGREEMENT,
        y + "-01-01",
        (y + 1) + "-12-31",
        staff.actor(Role.ADMINISTRATOR, "kiruna"));

    IndicatorView frameworks =
        only(
            plans.addIndicator(
                plan.id(),
                new NewIndicator(
                    goal,
                    "Antal ramavtal tillgängliga för alla",
                    Target.Comparison.AT_LEAST,
                    new BigDecimal("2"),
                    Target.TargetUnit.COUNT,
                    "ramavtal",
                    IndicatorSource.AGREEMENTS_IN_FORCE,
                    null),
                secretary));
    assertThat(frameworks.body()).isNull();

    IndicatorView year = only(plans.asOf(plan.id(), LocalDate.of(y, 12, 31), secretary));
    assertThat(year.points())
        .extracting(IndicatorView.Point::label, p -> p.value().intValue())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(y + "-T1", 2),
            org.assertj.core.groups.Tuple.tuple(y + "-T2", 1),
            org.assertj.core.groups.Tuple.tuple(y + "-T3", 1));
    assertThat(year.currentText()).isEqualTo("1 ramavtal");
    assertThat(year.met()).isFalse();
    assertThat(year.suggestedForecast()).isEqualTo(Forecast.AT_RISK);

    IndicatorView interim = only(plans.asOf(plan.id(), LocalDate.of(y, 5, 31), secretary));
    assertThat(interim.points())
        .extracting(IndicatorView.Point::label)
        .containsExactly(y + "-T1", LocalDate.of(y, 5, 31).toString());
    assertThat(interim.current()).isEqualByComparingTo("2");
    assertThat(interim.met()).isTrue();

    assertThatThrownBy(() ->
            plans.recordOutcome(
                plan.id(),
                frameworks.id(),
                new NewOutcome(y + "-T2", BigDecimal.ONE, null),
                secretary))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("portföljens avtal");
    assertThatThrownBy(() ->
            plans.addIndicator(
                plan.id(),
                new NewIndicator(
                    goal,
                    "Andel ramavtal",
                    Target.Comparison.AT_LEAST,
                    new BigDecimal("50"),
                    Target.TargetUnit.PERCENT,
                    null,
                    IndicatorSource.AGREEMENTS_IN_FORCE,
                    null),
                secretary))
        .hasFieldOrPropertyWithValue("field", "unit");
  }

  private void agreement(
      String organisation, AgreementKind kind, String startsOn, String endsOn, Actor actor) {
    agreements.create(
        new NewAgreement(
            organisation,
            kind,
            "Avtal " + UUID.randomUUID(),
            "Leverantör AB",
            null,
            "Omfattning",
            true,
            null,
            LocalDate.parse(startsOn),
            LocalDate.parse(endsOn),
            null,
            null,
            null,
            null),
        actor);
  }

  private NewIndicator manual(String name, String target) {
    return new NewIndicator(
        goal,
        name,
        Target.Comparison.AT_LEAST,
        new BigDecimal(target),
        Target.TargetUnit.COUNT,
        "ramavtal",
        IndicatorSource.MANUAL,
        null);
  }

  private void refused(UUID indicator, NewOutcome outcome, String field, String message) {
    assertThatThrownBy(() -> plans.recordOutcome(plan.id(), indicator, outcome, secretary))
        .as(outcome.toString())
        .isInstanceOf(InvalidInput.class)
        .hasFieldOrPropertyWithValue("field", field)
        .hasMessageContaining(message);
  }

  private NewIndicator computed(
      String name, String target, Target.TargetUnit unit, IndicatorSource source, BodyView body) {
    return new NewIndicator(
        goal,
        name,
        Target.Comparison.AT_LEAST,
        new BigDecimal(target),
        unit,
        null,
        source,
        body.id().value());
  }

  private LocalDate day(int month, int day) {
    return LocalDate.of(plan.year(), month, day);
  }

  private static IndicatorView only(PlanView plan) {
    return plan.goals().getFirst().indicators().getLast();
  }
}
