package se.kansli.followup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.kansli.shared.Actors;

/** The operational plans of the caller's organisations over REST. */
@RestController
@Tag(name = "Follow-up", description = "Verksamhetsplan: mål, indikatorer, utfall och prognos")
class PlanApiController {

  private final OperationalPlans plans;

  PlanApiController(OperationalPlans plans) {
    this.plans = plans;
  }

  @GetMapping("/api/plans")
  List<PlanSummary> list() {
    return plans.list(Actors.required());
  }

  @PostMapping("/api/plans")
  @Operation(summary = "Create an organisation's operational plan for a year")
  ResponseEntity<PlanView> create(@RequestBody NewPlan body) {
    PlanView plan = plans.create(body, Actors.required());
    return ResponseEntity.created(URI.create("/api/plans/" + plan.id())).body(plan);
  }

  @GetMapping("/api/plans/{id}")
  @Operation(summary = "The plan with every indicator's outcome so far, computed now")
  PlanView get(@PathVariable PlanId id) {
    return plans.get(id, Actors.required());
  }

  @PostMapping("/api/plans/{id}/goals")
  PlanView addGoal(@PathVariable PlanId id, @RequestBody NewGoal body) {
    return plans.addGoal(id, body, Actors.required());
  }

  @PutMapping("/api/plans/{id}/goals/{goal}")
  PlanView updateGoal(@PathVariable PlanId id, @PathVariable UUID goal, @RequestBody NewGoal body) {
    return plans.updateGoal(id, goal, body, Actors.required());
  }

  @DeleteMapping("/api/plans/{id}/goals/{goal}")
  @Operation(summary = "Remove a goal; refused (409) while it has indicators")
  PlanView removeGoal(@PathVariable PlanId id, @PathVariable UUID goal) {
    return plans.removeGoal(id, goal, Actors.required());
  }

  @PostMapping("/api/plans/{id}/indicators")
  PlanView addIndicator(@PathVariable PlanId id, @RequestBody NewIndicator body) {
    return plans.addIndicator(id, body, Actors.required());
  }

  @PutMapping("/api/plans/{id}/indicators/{indicator}")
  @Operation(summary = "Change an indicator; its outcomes and forecast are kept")
  PlanView updateIndicator(
      @PathVariable PlanId id, @PathVariable UUID indicator, @RequestBody NewIndicator body) {
    return plans.updateIndicator(id, indicator, body, Actors.required());
  }

  @DeleteMapping("/api/plans/{id}/indicators/{indicator}")
  @Operation(summary = "Remove an indicator with its outcomes")
  PlanView removeIndicator(@PathVariable PlanId id, @PathVariable UUID indicator) {
    return plans.removeIndicator(id, indicator, Actors.required());
  }

  @PostMapping("/api/plans/{id}/indicators/{indicator}/outcomes")
  @Operation(summary = "Record a manual indicator's outcome for a period (again corrects it)")
  PlanView recordOutcome(
      @PathVariable PlanId id, @PathVariable UUID indicator, @RequestBody NewOutcome body) {
    return plans.recordOutcome(id, indicator, body, Actors.required());
  }

  @PutMapping("/api/plans/{id}/indicators/{indicator}/forecast")
  PlanView judge(
      @PathVariable PlanId id, @PathVariable UUID indicator, @RequestBody ForecastJudgement body) {
    return plans.judge(id, indicator, body, Actors.required());
  }
}
