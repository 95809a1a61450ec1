package se.kansli.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.shared.Actor;
import se.kansli.shared.Actors;
import se.kansli.shared.Conflict;
import se.kansli.shared.FormValues;
import se.kansli.shared.InvalidInput;

/** The operational plan's pages: the plans by year, and a plan with its follow-up. */
@Controller
class PlanController {

  private final OperationalPlans plans;
  private final OrganisationDirectory organisations;

  PlanController(OperationalPlans plans, OrganisationDirectory organisations) {
    this.plans = plans;
    this.organisations = organisations;
  }

  @GetMapping("/followup/plan")
  String list(Model model) {
    return overview(model, Map.of(), Map.of());
  }

  @PostMapping("/followup/plan")
  String create(@RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
    try {
      PlanView plan =
          plans.create(
              new NewPlan(
                  form.get("organisation"),
                  FormValues.integer(form.get("year"), "year"),
                  form.get("title")),
              Actors.required());
      r.addFlashAttribute("flash", plan.title() + " är skapad.");
      return "redirect:/followup/plan/" + plan.id();
    } catch (InvalidInput | Conflict e) {
      return overview(model, form, Map.of(e.field(), e.getMessage()));
    }
  }

  @GetMapping("/followup/plan/{id}")
  String plan(@PathVariable PlanId id, Model model) {
    return page(model, id, Map.of(), Map.of());
  }

  @PostMapping("/followup/plan/{id}/goals")
  String addGoal(
      @PathVariable PlanId id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    return act(
        id,
        form,
        model,
        r,
        null,
        "",
        "Målet är tillagt.",
        () -> plans.addGoal(id, new NewGoal(form.get("text")), Actors.required()));
  }

  @PostMapping("/followup/plan/{id}/indicators")
  String addIndicator(
      @PathVariable PlanId id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    return act(
        id,
        form,
        model,
        r,
        null,
        "",
        "Indikatorn är tillagd.",
        () -> plans.addIndicator(id, indicator(form), Actors.required()));
  }

  @PostMapping("/followup/plan/{id}/goals/{goal}")
  String updateGoal(
      @PathVariable PlanId id,
      @PathVariable UUID goal,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    return act(
        id,
        form,
        model,
        r,
        goal,
        "#goal-" + goal,
        "Målet är ändrat.",
        () -> plans.updateGoal(id, goal, new NewGoal(form.get("text")), Actors.required()));
  }

  @PostMapping("/followup/plan/{id}/goals/{goal}/delete")
  String removeGoal(
      @PathVariable PlanId id,
      @PathVariable UUID goal,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    return act(
        id,
        form,
        model,
        r,
        goal,
        "",
        "Målet är borttaget.",
        () -> plans.removeGoal(id, goal, Actors.required()));
  }

  @PostMapping("/followup/plan/{id}/indicators/{indicator}")
  String updateIndicator(
      @PathVariable PlanId id,
      @PathVariable UUID indicator,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    return act(
        id,
        form,
        model,
        r,
        indicator,
        "#indicator-" + indicator,
        "Indikatorn är ändrad.",
        () -> plans.updateIndicator(id, indicator, indicator(form), Actors.required()));
  }

  @PostMapping("/followup/plan/{id}/indicators/{indicator}/delete")
  String removeIndicator(
      @PathVariable PlanId id,
      @PathVariable UUID indicator,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    return act(
        id,
        form,
        model,
        r,
        indicator,
        "",
        "Indikatorn och dess utfall är borttagna.",
        () -> plans.removeIndicator(id, indicator, Actors.required()));
  }

  @PostMapping("/followup/plan/{id}/indicators/{indicator}/outcomes")
  String recordOutcome(
      @PathVariable PlanId id,
      @PathVariable UUID indicator,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    return act(
        id,
        form,
        model,
        r,
        indicator,
        "#indicator-" + indicator,
        "Utfallet är sparat.",
        () ->
            plans.recordOutcome(
                id,
                indicator,
                new NewOutcome(
                    form.get("period"), number(form.get("value"), "value"), form.get("comment")),
                Actors.required()));
  }

  @PostMapping("/followup/plan/{id}/indicators/{indicator}/forecast")
  String judge(
      @PathVariable PlanId id,
      @PathVariable UUID indicator,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    return act(
        id,
        form,
        model,
        r,
        indicator,
        "#indicator-" + indicator,
        "Prognosen är sparad.",
        () ->
            plans.judge(
                id,
                indicator,
                new ForecastJudgement(
                    choice(Forecast.class, form.get("forecast"), "forecast"),
                    form.get("forecastComment")),
                Actors.required()));
  }

  /**
   * Runs a command and goes back to the plan; a refused command shows the plan again with the
   * message beside the field. The fields of a goal's or an indicator's own forms carry its id in
   * their names ("value-…"), since every goal and indicator on the page has such forms; the one
   * refused is named as {@code failed} so that its closed edit form is shown open.
   */
  private String act(
      PlanId id,
      Map<String, String> form,
      Model model,
      RedirectAttributes r,
      UUID owner,
      String anchor,
      String done,
      Supplier<PlanView> command) {
    try {
      command.get();
    } catch (InvalidInput | Conflict e) {
      String suffix = owner == null ? "" : "-" + owner;
      Map<String, String> typed = new HashMap<>();
      form.forEach((k, v) -> typed.put(k + suffix, v));
      model.addAttribute("failed", owner == null ? "" : owner.toString());
      return page(model, id, typed, Map.of(e.field() + suffix, e.getMessage()));
    }
    r.addFlashAttribute("flash", done);
    return "redirect:/followup/plan/" + id + anchor;
  }

  private static NewIndicator indicator(Map<String, String> form) {
    return new NewIndicator(
        uuid(form.get("goal"), "goal"),
        form.get("name"),
        choice(Target.Comparison.class, form.get("comparison"), "comparison"),
        number(form.get("targetValue"), "targetValue"),
        choice(Target.TargetUnit.class, form.get("unit"), "unit"),
        form.get("unitLabel"),
        choice(IndicatorSource.class, form.get("source"), "source"),
        uuid(form.get("body"), "body"));
  }

  private String overview(Model model, Map<String, String> form, Map<String, String> errors) {
    Actor actor = Actors.required();
    model.addAttribute("plans", plans.list(actor));
    model.addAttribute(
        "organisations",
        organisations.all().stream().filter(o -> actor.belongsTo(o.id())).toList());
    model.addAttribute("editor", OperationalPlans.mayEdit(actor));
    model.addAttribute("thisYear", LocalDate.now().getYear());
    model.addAttribute("form", new HashMap<>(form));
    model.addAttribute("errors", errors);
    return "followup/plans";
  }

  private String page(
      Model model, PlanId id, Map<String, String> form, Map<String, String> errors) {
    Actor actor = Actors.required();
    PlanView plan = plans.get(id, actor);
    Map<String, String> charts = new LinkedHashMap<>();
    plan.goals().stream()
        .flatMap(g -> g.indicators().stream())
        .forEach(i -> charts.put(i.id().toString(), IndicatorChart.svg(i)));
    model.addAttribute("plan", plan);
    model.addAttribute("charts", charts);
    model.addAttribute("editor", OperationalPlans.mayEdit(actor));
    model.addAttribute("bodies", plans.bodiesOf(id, actor));
    model.addAttribute("forecasts", Forecast.values());
    model.addAttribute("sources", IndicatorSource.values());
    model.addAttribute("comparisons", Target.Comparison.values());
    model.addAttribute("units", Target.TargetUnit.values());
    model.addAttribute("form", new HashMap<>(form));
    model.addAttribute("errors", errors);
    return "followup/plan";
  }

  private static BigDecimal number(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.strip().replace(',', '.').replace(" ", ""));
    } catch (NumberFormatException e) {
      throw new InvalidInput(field, "Skriv ett tal, till exempel 75 eller 10,5.");
    }
  }

  private static UUID uuid(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(field, "Ogiltigt val.");
    }
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(field, "Ogiltigt val.");
    }
  }
}
