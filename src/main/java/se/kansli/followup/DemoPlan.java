package se.kansli.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.kansli.meetings.AttendanceStatus;
import se.kansli.meetings.BodyDirectory;
import se.kansli.meetings.BodyView;
import se.kansli.meetings.MeetingMinutes;
import se.kansli.meetings.MeetingPlanner;
import se.kansli.meetings.MeetingView;
import se.kansli.meetings.NewBody;
import se.kansli.meetings.NewSeat;
import se.kansli.meetings.PlanMeeting;
import se.kansli.meetings.RecordAttendance;
import se.kansli.meetings.SeatKind;
import se.kansli.meetings.SeatView;
import se.kansli.organisations.Organisation;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.shared.Actor;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

/**
 * Demo only: E-nämnden's operational plan 2022 with the goals and indicators of the seed's interim
 * report (§16, 2022-06-22), and the preparation group (Beredningsgruppen) as a body with one seat
 * per municipality and its meetings of January–May 2022 with the seed's attendance (11, 13, 10, 10
 * and 11 of 14 municipalities). Runs after {@code DemoMeetings}, which creates E-nämnden; the
 * framework agreements indicator counts the portfolio's agreements ({@code DemoAgreements}).
 */
@Component
@Order(45)
@ConditionalOnProperty("kansli.demo.enabled")
class DemoPlan implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoPlan.class);
  private static final OrganisationId COMMITTEE = OrganisationId.of("e-namnden");
  private static final int YEAR = 2022;

  private final OperationalPlans plans;
  private final BodyDirectory bodies;
  private final MeetingPlanner planner;
  private final MeetingMinutes minutes;
  private final OrganisationDirectory organisations;

  DemoPlan(
      OperationalPlans plans,
      BodyDirectory bodies,
      MeetingPlanner planner,
      MeetingMinutes minutes,
      OrganisationDirectory organisations) {
    this.plans = plans;
    this.bodies = bodies;
    this.planner = planner;
    this.minutes = minutes;
    this.organisations = organisations;
  }

  @Override
  public void run(ApplicationArguments args) {
    Actor system =
        new Actor(
            null,
            "system",
            "Kansli demodata",
            EnumSet.of(Role.ADMINISTRATOR, Role.COMMITTEE_SECRETARY),
            Set.of(COMMITTEE));
    if (plans.list(system).stream().anyMatch(p -> p.year() == YEAR)) {
      return;
    }
    BodyView committee =
        bodies.list(system).stream()
            .filter(b -> b.name().equals("E-nämnden"))
            .findFirst()
            .orElse(null);
    if (committee == null) {
      log.warn("Demo: no body E-nämnden, so no operational plan");
      return;
    }
    BodyView group = preparationGroup(system);
    PlanView plan =
        plans.create(new NewPlan(COMMITTEE.value(), YEAR, "Verksamhetsplan 2022"), system);
    PlanId id = plan.id();

    UUID meetings =
        goal(id, "Nämnden har genomfört minst fyra sammanträden under verksamhetsåret", system);
    UUID held =
        indicator(
            id,
            meetings,
            "Nämnden har genomfört minst fyra sammanträden under verksamhetsåret",
            "4",
            Target.TargetUnit.COUNT,
            "sammanträden",
            IndicatorSource.MEETINGS_HELD,
            committee,
            system);
    plans.judge(
        id,
        held,
        new ForecastJudgement(
            Forecast.WILL_BE_MET,
            "Nämnden har fastslagit sammanträdesplanen för 2022 (16 mars, 22 juni, 12 oktober,"
                + " 14 december) och den har under perioden följts."),
        system);

    UUID engagement =
        goal(
            id,
            "Ingående kommuner visar ett starkt engagemang för nämnden. Vi eftersträvar en närvaro"
                + " om 100 % från nämndens ledamöter, målet är dock att minst 75 % deltar.",
            system);
    UUID attendance =
        indicator(
            id,
            engagement,
            "Närvaro vid nämndens sammanträden",
            "75",
            Target.TargetUnit.PERCENT,
            null,
            IndicatorSource.BODY_ATTENDANCE,
            committee,
            system);
    plans.judge(
        id,
        attendance,
        new ForecastJudgement(
            Forecast.AT_RISK,
            "Vid nämndsammanträdet 16 mars deltog 9 av 14 ledamöter vilket utgör ca 64 %"
                + " deltagande. Prognosen är att det föreligger en risk att målet ej nås."),
        system);
    UUID groupMeetings =
        indicator(
            id,
            engagement,
            "Minst 10 beredningsgruppsmöten har hållits under verksamhetsåret",
            "10",
            Target.TargetUnit.COUNT,
            "möten",
            IndicatorSource.MEETINGS_HELD,
            group,
            system);
    plans.judge(
        id,
        groupMeetings,
        new ForecastJudgement(
            Forecast.WILL_BE_MET,
            "Beredningsgruppen har en fastslagen mötesplan. Prognosen är att indikatorn kommer"
                + " uppnås."),
        system);
    UUID groupAttendance =
        indicator(
            id,
            engagement,
            "Minst 75 % av de ingående kommunerna ska ha medverkat vid alla beredningsgruppsmöten",
            "75",
            Target.TargetUnit.PERCENT,
            null,
            IndicatorSource.MUNICIPALITY_ATTENDANCE,
            group,
            system);
    plans.judge(
        id,
        groupAttendance,
        new ForecastJudgement(
            Forecast.WILL_BE_MET,
            "Prognosen är att indikatorn kommer att uppnås vad gäller deltagande under helåret"
                + " 2022."),
        system);

    UUID agreements =
        goal(
            id,
            "Nämnden tillhandahåller och följer upp de avtal som tecknas för de ingående kommunerna"
                + " efter genomförd upphandling inom ramen för Norrbottens e-nämnd",
            system);
    // Counted in the portfolio's agreements (DemoAgreements has the 11 of the seed); the seed's
    // follow-up text becomes the forecast's comment, since a computed outcome takes none.
    UUID frameworks =
        indicator(
            id,
            agreements,
            "Antal ramavtal tillgängliga för alla ingående parter",
            "1",
            Target.TargetUnit.COUNT,
            "ramavtal",
            IndicatorSource.AGREEMENTS_IN_FORCE,
            null,
            system);
    plans.judge(
        id,
        frameworks,
        new ForecastJudgement(
            Forecast.WILL_BE_MET,
            "I dagsläget finns 11 avtal tecknade via Norrbottens e-nämnd tillgängliga för alla"
                + " ingående parter. Ramavtal följs upp enligt rutin \"Rutin efter"
                + " tilldelningsbeslut gällande ramavtal inom Norrbottens e-nämnd\". Prognosen är"
                + " att målet kommer nås."),
        system);

    UUID competence =
        goal(
            id,
            "Nämnden enskilt eller gemensamt med andra har genomfört minst en kompetenshöjande"
                + " insats per år inom nämndens områden som riktar sig till ingående kommuners"
                + " tjänstepersoner, förtroendevalda och/eller nämndens ledamöter",
            system);
    UUID training =
        indicator(
            id,
            competence,
            "Genomförda kompetenshöjande insatser",
            "1",
            Target.TargetUnit.COUNT,
            "insatser",
            IndicatorSource.MANUAL,
            null,
            system);
    plans.recordOutcome(
        id,
        training,
        new NewOutcome(
            "2022-05",
            BigDecimal.ZERO,
            "Under perioden har inga kompetenshöjande insatser genomförts."),
        system);
    plans.judge(
        id,
        training,
        new ForecastJudgement(
            Forecast.WILL_BE_MET,
            "Kompetenshöjande insatser kommer hållas i anslutning till nämndsammanträden under Q3"
                + " och Q4, samt i anslutning till strategidagar under det andra halvåret 2022."
                + " Prognosen är att målet kommer nås."),
        system);
    log.info("Demo: operational plan 2022 of e-namnden with 4 goals");
  }

  /**
   * Beredningsgruppen: one official per municipality. Meetings January–May with the seed's
   * attendance; the rest of the year's plan (strategy days in September included) still planned.
   */
  private BodyView preparationGroup(Actor system) {
    BodyView group =
        bodies.list(system).stream()
            .filter(b -> b.name().equals("Beredningsgruppen"))
            .findFirst()
            .orElse(null);
    if (group != null) {
      return group;
    }
    group =
        bodies.create(
            new NewBody(COMMITTEE.value(), "Beredningsgruppen", "Beredningsgruppen", null, null),
            system);
    List<Organisation> towns =
        organisations.all().stream()
            .filter(o -> o.kind() == Organisation.Kind.MUNICIPALITY)
            .toList();
    for (Organisation town : towns) {
      group =
          bodies.addSeat(
              group.id(),
              new NewSeat(
                  "Tjänsteperson " + town.name(),
                  null,
                  SeatKind.MEMBER,
                  null,
                  town.id().value(),
                  null,
                  LocalDate.of(YEAR, 1, 1),
                  LocalDate.of(YEAR, 12, 31)),
              system);
    }
    int[][] held = {{1, 26, 11}, {2, 23, 13}, {3, 23, 10}, {4, 27, 10}, {5, 25, 11}};
    for (int[] h : held) {
      MeetingView meeting = meeting(group, LocalDate.of(YEAR, h[0], h[1]), system);
      List<RecordAttendance.Entry> entries = new ArrayList<>();
      List<SeatView> seats = group.seats();
      for (int i = 0; i < seats.size(); i++) {
        entries.add(
            new RecordAttendance.Entry(
                seats.get(i).id(),
                i < h[2] ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT,
                null));
      }
      minutes.recordAttendance(meeting.id(), new RecordAttendance(entries, null), system);
    }
    for (LocalDate day :
        List.of(
            LocalDate.of(YEAR, 8, 24),
            LocalDate.of(YEAR, 9, 21),
            LocalDate.of(YEAR, 10, 26),
            LocalDate.of(YEAR, 11, 23),
            LocalDate.of(YEAR, 12, 21))) {
      meeting(group, day, system);
    }
    return group;
  }

  private MeetingView meeting(BodyView body, LocalDate day, Actor system) {
    return planner.plan(
        body.id(),
        new PlanMeeting(day, LocalTime.of(14, 0), LocalTime.of(16, 0), "Digitalt via Teams", true),
        system);
  }

  private UUID goal(PlanId plan, String text, Actor system) {
    return plans.addGoal(plan, new NewGoal(text), system).goals().getLast().id();
  }

  private UUID indicator(
      PlanId plan,
      UUID goal,
      String name,
      String target,
      Target.TargetUnit unit,
      String unitLabel,
      IndicatorSource source,
      BodyView body,
      Actor system) {
    PlanView view =
        plans.addIndicator(
            plan,
            new NewIndicator(
                goal,
                name,
                Target.Comparison.AT_LEAST,
                new BigDecimal(target),
                unit,
                unitLabel,
                source,
                body == null ? null : body.id().value()),
            system);
    return view.goals().stream()
        .filter(g -> g.id().equals(goal))
        .findFirst()
        .orElseThrow()
        .indicators()
        .getLast()
        .id();
  }
}
