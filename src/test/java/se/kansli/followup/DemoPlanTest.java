package se.kansli.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kansli.KansliTest;
import se.kansli.meetings.BodyDirectory;
import se.kansli.meetings.MeetingMinutes;
import se.kansli.meetings.MeetingPlanner;
import se.kansli.meetings.NewBody;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.shared.Actor;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

/** The demo plan of the seed's interim report, built on a stand-in for the demo's E-nämnden. */
@KansliTest
class DemoPlanTest {

  @Autowired OperationalPlans plans;
  @Autowired BodyDirectory bodies;
  @Autowired MeetingPlanner planner;
  @Autowired MeetingMinutes minutes;
  @Autowired OrganisationDirectory organisations;
  @Autowired se.kansli.portfolio.Agreements agreements;

  @Test
  void theSeedsGoalsAndIndicatorsAreFollowedUpFromTheMeetings() {
    Actor system =
        new Actor(
            null,
            "system",
            "Test",
            EnumSet.of(Role.ADMINISTRATOR, Role.COMMITTEE_SECRETARY),
            Set.of(OrganisationId.of("e-namnden")));
    if (bodies.list(system).stream().noneMatch(b -> b.name().equals("E-nämnden"))) {
      bodies.create(new NewBody("e-namnden", "E-nämnden", null, null, null), system);
    }
    new DemoPlan(plans, bodies, planner, minutes, organisations).run(null);

    PlanSummary summary =
        plans.list(system).stream().filter(p -> p.year() == 2022).findFirst().orElseThrow();
    PlanView plan = plans.get(summary.id(), system);
    assertThat(plan.goals()).hasSize(4);
    List<IndicatorView> indicators =
        plan.goals().stream().flatMap(g -> g.indicators().stream()).toList();
    assertThat(indicators).hasSize(6);

    IndicatorView attendance = named(indicators, "Närvaro vid nämndens sammanträden");
    assertThat(attendance.targetText()).isEqualTo("≥ 75 %");
    assertThat(attendance.forecast()).isEqualTo(Forecast.AT_RISK);
    assertThat(attendance.forecastComment()).contains("9 av 14 ledamöter");

    IndicatorView groupMeetings = named(indicators, "Minst 10 beredningsgruppsmöten");
    assertThat(groupMeetings.current()).isEqualByComparingTo("5");
    assertThat(groupMeetings.suggestedForecast())
        .as("five held and five still planned can just make ten")
        .isEqualTo(Forecast.AT_RISK);

    IndicatorView municipalities = named(indicators, "Minst 75 % av de ingående kommunerna");
    int towns =
        (int)
            organisations.all().stream()
                .filter(o -> o.kind() == se.kansli.organisations.Organisation.Kind.MUNICIPALITY)
                .count();
    assertThat(municipalities.points())
        .extracting(IndicatorView.Point::date, IndicatorView.Point::detail)
        .first()
        .isEqualTo(
            org.assertj.core.groups.Tuple.tuple(
                LocalDate.of(2022, 1, 26), "11 av " + towns + " kommuner"));

    // Counted in the portfolio's agreements, no longer entered by hand: DemoAgreementsTest shows
    // that the demo's agreements make 11 at each tertial's end; here the points are the counts.
    IndicatorView frameworks = named(indicators, "Antal ramavtal");
    assertThat(frameworks.source()).isEqualTo(IndicatorSource.AGREEMENTS_IN_FORCE);
    assertThat(frameworks.points())
        .extracting(IndicatorView.Point::label, p -> p.value().intValue())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "2022-T1", agreements.inForce("e-namnden", LocalDate.of(2022, 4, 30))),
            org.assertj.core.groups.Tuple.tuple(
                "2022-T2", agreements.inForce("e-namnden", LocalDate.of(2022, 8, 31))),
            org.assertj.core.groups.Tuple.tuple(
                "2022-T3", agreements.inForce("e-namnden", LocalDate.of(2022, 12, 31))));
    assertThat(frameworks.forecastComment()).startsWith("I dagsläget finns 11 avtal");
  }

  private static IndicatorView named(List<IndicatorView> indicators, String start) {
    return indicators.stream().filter(i -> i.name().startsWith(start)).findFirst().orElseThrow();
  }
}
