package se.kansli.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.meetings.BodyDirectory;
import se.kansli.meetings.BodyId;
import se.kansli.meetings.BodyView;
import se.kansli.organisations.Organisation;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.Forbidden;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

/**
 * The operational plan (verksamhetsplan): each organisation's goals and indicators for a year, and
 * their follow-up. Indicators are computed from the meetings or entered by hand; the forecast is
 * always a person's judgement, with the outcome so far as a suggestion.
 */
@Service
public class OperationalPlans {

  private static final int MAX_TEXT = 2000;

  private final Plans plans;
  private final MeetingOutcomes meetingOutcomes;
  private final AgreementOutcomes agreementOutcomes;
  private final BodyDirectory bodies;
  private final OrganisationDirectory organisations;

  OperationalPlans(
      Plans plans,
      MeetingOutcomes meetingOutcomes,
      AgreementOutcomes agreementOutcomes,
      BodyDirectory bodies,
      OrganisationDirectory organisations) {
    this.plans = plans;
    this.meetingOutcomes = meetingOutcomes;
    this.agreementOutcomes = agreementOutcomes;
    this.bodies = bodies;
    this.organisations = organisations;
  }

  @Transactional
  public PlanView create(NewPlan command, Actor actor) {
    requireEditor(actor);
    OrganisationId org = organisation(command.organisation(), actor);
    if (command.year() == null || command.year() < 2000 || command.year() > 2100) {
      throw new InvalidInput("year", "Ange ett år mellan 2000 och 2100.");
    }
    String title =
        command.title() == null || command.title().isBlank()
            ? "Verksamhetsplan " + command.year()
            : text(command.title(), "title", "Ange planens rubrik.");
    if (plans.exists(org.value(), command.year())) {
      throw new Conflict("year", "Det finns redan en verksamhetsplan för " + command.year() + ".");
    }
    PlanId id = PlanId.random();
    plans.insert(new Plans.StoredPlan(id, org.value(), command.year(), title));
    return get(id, actor);
  }

  @Transactional(readOnly = true)
  public List<PlanSummary> list(Actor actor) {
    return plans.of(organisations(actor)).stream()
        .map(p ->
            new PlanSummary(
                p.id(), p.organisation(), organisationName(p.organisation()), p.year(), p.title()))
        .toList();
  }

  @Transactional(readOnly = true)
  public PlanView get(PlanId id, Actor actor) {
    return view(stored(id, actor), null, actor);
  }

  /**
   * The plan followed up as it stood at the end of {@code date}, for a report on a period: later
   * meetings and outcomes of later periods are left out.
   */
  @Transactional(readOnly = true)
  public PlanView asOf(PlanId id, LocalDate date, Actor actor) {
    return view(stored(id, actor), date, actor);
  }

  @Transactional
  public PlanView addGoal(PlanId id, NewGoal goal, Actor actor) {
    requireEditor(actor);
    Plans.StoredPlan plan = locked(id, actor);
    plans.insertGoal(plan.id(), UUID.randomUUID(), text(goal.text(), "text", "Skriv målet."));
    return get(id, actor);
  }

  @Transactional
  public PlanView updateGoal(PlanId id, UUID goal, NewGoal command, Actor actor) {
    requireEditor(actor);
    Plans.StoredPlan plan = locked(id, actor);
    requireGoal(plan, goal);
    plans.updateGoal(goal, text(command.text(), "text", "Skriv målet."));
    return get(id, actor);
  }

  /**
   * Removes a goal without indicators. One with indicators is refused rather than taking them
   * along, since their outcomes and forecasts would go too.
   */
  @Transactional
  public PlanView removeGoal(PlanId id, UUID goal, Actor actor) {
    requireEditor(actor);
    Plans.StoredPlan plan = locked(id, actor);
    requireGoal(plan, goal);
    if (plans.indicators(plan.id()).stream().anyMatch(i -> i.goal().equals(goal))) {
      throw new Conflict(
          "goal", "Målet har indikatorer. Flytta dem till ett annat mål eller ta bort dem först.");
    }
    plans.deleteGoal(goal);
    return get(id, actor);
  }

  @Transactional
  public PlanView addIndicator(PlanId id, NewIndicator command, Actor actor) {
    requireEditor(actor);
    Plans.StoredPlan plan = locked(id, actor);
    plans.insertIndicator(
        plan.id(), validated(plan, UUID.randomUUID(), command, null, null, actor));
    return get(id, actor);
  }

  /**
   * Changes an indicator, also between MANUAL and computed. Outcomes entered by hand and the
   * forecast stay: a computed indicator ignores the outcomes, and they are back if it is made
   * MANUAL again.
   */
  @Transactional
  public PlanView updateIndicator(PlanId id, UUID indicator, NewIndicator command, Actor actor) {
    requireEditor(actor);
    Plans.StoredPlan plan = locked(id, actor);
    Plans.StoredIndicator stored = indicator(plan, indicator);
    Plans.StoredIndicator changed =
        validated(plan, stored.id(), command, stored.forecast(), stored.forecastComment(), actor);
    if (!changed.source().computed() && changed.target().unit() == Target.TargetUnit.PERCENT) {
      // Outcomes were checked against the unit they were entered in; 11 agreements are no share.
      plans.outcomes(plan.id()).stream()
          .filter(o -> o.indicator().equals(stored.id()))
          .filter(o -> o.value().compareTo(BigDecimal.valueOf(100)) > 0)
          .findFirst()
          .ifPresent(o -> {
            throw new InvalidInput(
                "unit",
                "Utfallet för "
                    + o.period()
                    + " är större än 100 och kan inte vara en procentsats. Rätta utfallet eller"
                    + " behåll enheten antal.");
          });
    }
    plans.updateIndicator(changed, !stored.goal().equals(command.goal()));
    return get(id, actor);
  }

  /** Removes an indicator with the outcomes entered for it. */
  @Transactional
  public PlanView removeIndicator(PlanId id, UUID indicator, Actor actor) {
    requireEditor(actor);
    Plans.StoredPlan plan = locked(id, actor);
    plans.deleteIndicator(indicator(plan, indicator).id());
    return get(id, actor);
  }

  private Plans.StoredIndicator validated(
      Plans.StoredPlan plan,
      UUID id,
      NewIndicator command,
      Forecast forecast,
      String forecastComment,
      Actor actor) {
    if (command.goal() == null
        || plans.goals(plan.id()).stream().noneMatch(g -> g.id().equals(command.goal()))) {
      throw new InvalidInput("goal", "Välj vilket mål indikatorn hör till.");
    }
    String name = text(command.name(), "name", "Skriv indikatorn.");
    if (command.source() == null) {
      throw new InvalidInput("source", "Välj var utfallet kommer ifrån.");
    }
    Target target =
        new Target(
            command.comparison(), command.targetValue(), command.unit(), command.unitLabel());
    UUID body = null;
    if (command.source().fromMeetings()) {
      body = body(command, plan, actor);
    }
    if (command.source().computed()) {
      requireUnitFits(command.source(), target);
    }
    return new Plans.StoredIndicator(
        id, command.goal(), name, target, command.source(), body, forecast, forecastComment);
  }

  /** Records a MANUAL indicator's outcome for a period; the same period again corrects it. */
  @Transactional
  public PlanView recordOutcome(PlanId id, UUID indicator, NewOutcome outcome, Actor actor) {
    requireEditor(actor);
    Plans.StoredPlan plan = locked(id, actor);
    Plans.StoredIndicator stored = indicator(plan, indicator);
    if (stored.source().computed()) {
      throw new Conflict(
          "value",
          stored.source().fromMeetings()
              ? "Indikatorn räknas fram ur sammanträdena; utfallet kan inte skrivas in."
              : "Indikatorn räknas fram ur portföljens avtal; utfallet kan inte skrivas in.");
    }
    Period period = Period.parse(outcome.period(), plan.year());
    BigDecimal value =
        Target.requireInRange(
            outcome.value(), stored.target().unit(), "value", "Ange utfallet som ett tal.");
    String comment = optionalText(outcome.comment(), "comment");
    plans.upsertOutcome(
        stored.id(), period, new NewOutcome(period.code(), value, comment), actor.username());
    return get(id, actor);
  }

  @Transactional
  public PlanView judge(PlanId id, UUID indicator, ForecastJudgement judgement, Actor actor) {
    requireEditor(actor);
    Plans.StoredPlan plan = locked(id, actor);
    Plans.StoredIndicator stored = indicator(plan, indicator);
    if (judgement.forecast() == null) {
      throw new InvalidInput("forecast", "Välj prognos.");
    }
    plans.forecast(stored.id(), judgement.forecast(), optionalText(judgement.comment(), "comment"));
    return get(id, actor);
  }

  /** The bodies of the plan's organisation, for choosing the meetings an indicator reads. */
  @Transactional(readOnly = true)
  public List<BodyView> bodiesOf(PlanId id, Actor actor) {
    Plans.StoredPlan plan = stored(id, actor);
    return bodies.list(actor).stream()
        .filter(b -> b.organisation().equals(plan.organisation()))
        .toList();
  }

  public static boolean mayEdit(Actor actor) {
    return actor.has(Role.COMMITTEE_SECRETARY) || actor.has(Role.ADMINISTRATOR);
  }

  private PlanView view(Plans.StoredPlan plan, LocalDate until, Actor actor) {
    Map<UUID, List<Plans.StoredOutcome>> outcomes =
        plans.outcomes(plan.id()).stream()
            .collect(Collectors.groupingBy(Plans.StoredOutcome::indicator));
    List<IndicatorView> indicators =
        plans.indicators(plan.id()).stream()
            .map(
                i -> indicatorView(plan, i, outcomes.getOrDefault(i.id(), List.of()), until, actor))
            .toList();
    List<PlanView.GoalView> goals =
        plans.goals(plan.id()).stream()
            .map(g ->
                new PlanView.GoalView(
                    g.id(),
                    g.text(),
                    indicators.stream().filter(i -> i.goal().equals(g.id())).toList()))
            .toList();
    return new PlanView(plan.id(), plan.organisation(), plan.year(), plan.title(), goals);
  }

  private IndicatorView indicatorView(
      Plans.StoredPlan plan,
      Plans.StoredIndicator i,
      List<Plans.StoredOutcome> stored,
      LocalDate until,
      Actor actor) {
    if (i.source() == IndicatorSource.AGREEMENTS_IN_FORCE) {
      MeetingOutcomes.Computed computed =
          agreementOutcomes.compute(plan.organisation(), plan.year(), until);
      return new IndicatorView(
          i.id(),
          i.goal(),
          i.name(),
          i.target(),
          i.source(),
          null,
          null,
          List.of(),
          computed.points(),
          computed.current(),
          computed.detail(),
          computed.current() == null ? null : i.target().metBy(computed.current()),
          i.forecast(),
          i.forecastComment(),
          suggest(i, computed.current(), 0));
    }
    if (i.source().computed()) {
      BodyId body = new BodyId(i.body());
      MeetingOutcomes.Computed computed =
          meetingOutcomes.compute(i.source(), body, plan.year(), until, actor);
      Boolean met = computed.current() == null ? null : i.target().metBy(computed.current());
      return new IndicatorView(
          i.id(),
          i.goal(),
          i.name(),
          i.target(),
          i.source(),
          i.body(),
          bodies.get(body, actor).name(),
          List.of(),
          computed.points(),
          computed.current(),
          computed.detail(),
          met,
          i.forecast(),
          i.forecastComment(),
          suggest(i, computed.current(), computed.planned()));
    }
    List<IndicatorView.Outcome> outcomes =
        stored.stream()
            .filter(
                o -> until == null || !Period.parse(o.period(), plan.year()).end().isAfter(until))
            .sorted(Comparator.comparing(o -> Period.parse(o.period(), plan.year())))
            .map(o -> new IndicatorView.Outcome(o.period(), o.value(), o.comment()))
            .toList();
    List<IndicatorView.Point> points =
        outcomes.stream()
            .map(o ->
                new IndicatorView.Point(
                    o.period(), Period.parse(o.period(), plan.year()).end(), o.value(), null))
            .toList();
    // A manual outcome is the state at the end of its period (11 agreements in force), so the
    // latest period is the outcome so far.
    BigDecimal current = outcomes.isEmpty() ? null : outcomes.getLast().value();
    return new IndicatorView(
        i.id(),
        i.goal(),
        i.name(),
        i.target(),
        i.source(),
        null,
        null,
        outcomes,
        points,
        current,
        null,
        current == null ? null : i.target().metBy(current),
        i.forecast(),
        i.forecastComment(),
        suggest(i, current, 0));
  }

  /**
   * What the outcome so far suggests: met is likely to stay met; below the target is at risk, and a
   * count of meetings that the meetings still planned cannot lift to the target will not be met.
   */
  static Forecast suggest(Plans.StoredIndicator i, BigDecimal current, int planned) {
    if (current == null) {
      return null;
    }
    if (i.target().metBy(current)) {
      return Forecast.WILL_BE_MET;
    }
    if (i.source() == IndicatorSource.MEETINGS_HELD
        && i.target().comparison() == Target.Comparison.AT_LEAST
        && !i.target().metBy(current.add(BigDecimal.valueOf(planned)))) {
      return Forecast.WILL_NOT_BE_MET;
    }
    return Forecast.AT_RISK;
  }

  private UUID body(NewIndicator command, Plans.StoredPlan plan, Actor actor) {
    if (command.body() == null) {
      throw new InvalidInput("body", "Välj vilken nämnds sammanträden indikatorn räknas fram ur.");
    }
    BodyView body;
    try {
      body = bodies.get(new BodyId(command.body()), actor);
    } catch (NotFound e) {
      throw new InvalidInput("body", "Nämnden finns inte.");
    }
    if (!body.organisation().equals(plan.organisation())) {
      throw new InvalidInput("body", "Nämnden hör till en annan organisation än planen.");
    }
    return body.id().value();
  }

  private static void requireUnitFits(IndicatorSource source, Target target) {
    Target.TargetUnit expected =
        source == IndicatorSource.MEETINGS_HELD || source == IndicatorSource.AGREEMENTS_IN_FORCE
            ? Target.TargetUnit.COUNT
            : Target.TargetUnit.PERCENT;
    if (target.unit() != expected) {
      throw new InvalidInput(
          "unit",
          source == IndicatorSource.AGREEMENTS_IN_FORCE
              ? "Ramavtal i kraft räknas som ett antal."
              : expected == Target.TargetUnit.COUNT
                  ? "Antal hållna sammanträden mäts som ett antal."
                  : "Närvaro mäts i procent.");
    }
  }

  private void requireGoal(Plans.StoredPlan plan, UUID goal) {
    if (plans.goals(plan.id()).stream().noneMatch(g -> g.id().equals(goal))) {
      throw new NotFound("Målet finns inte i planen.");
    }
  }

  private Plans.StoredIndicator indicator(Plans.StoredPlan plan, UUID indicator) {
    return plans.indicators(plan.id()).stream()
        .filter(i -> i.id().equals(indicator))
        .findFirst()
        .orElseThrow(() -> new NotFound("Indikatorn finns inte i planen."));
  }

  private Plans.StoredPlan stored(PlanId id, Actor actor) {
    return plans.find(id, organisations(actor)).orElseThrow(OperationalPlans::notFound);
  }

  private Plans.StoredPlan locked(PlanId id, Actor actor) {
    return plans.lock(id, organisations(actor)).orElseThrow(OperationalPlans::notFound);
  }

  private static NotFound notFound() {
    return new NotFound("Verksamhetsplanen finns inte eller så saknar du behörighet.");
  }

  private static void requireEditor(Actor actor) {
    if (!mayEdit(actor)) {
      throw new Forbidden(
          "Endast nämndsekreterare och administratörer får ändra verksamhetsplanen.");
    }
  }

  private static String[] organisations(Actor actor) {
    return actor.organisations().stream().map(OrganisationId::value).toArray(String[]::new);
  }

  private OrganisationId organisation(String value, Actor actor) {
    if (value == null || value.isBlank()) {
      if (actor.organisations().size() == 1) {
        return actor.organisations().iterator().next();
      }
      throw new InvalidInput("organisation", "Välj organisation.");
    }
    OrganisationId org = OrganisationId.of(value.strip());
    actor.requireMemberOf(org);
    return org;
  }

  private String organisationName(String id) {
    return organisations.find(OrganisationId.of(id)).map(Organisation::name).orElse(id);
  }

  private static String text(String value, String field, String missing) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput(field, missing);
    }
    if (value.length() > MAX_TEXT) {
      throw new InvalidInput(field, "Texten får vara högst " + MAX_TEXT + " tecken.");
    }
    return value.strip();
  }

  private static String optionalText(String value, String field) {
    return value == null || value.isBlank() ? null : text(value, field, null);
  }
}
