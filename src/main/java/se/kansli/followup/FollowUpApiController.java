package se.kansli.followup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.kansli.shared.Actors;

/**
 * Audits, the annual cycle and the internal control plan over REST, for the caller's organisations.
 */
@RestController
@Tag(name = "Follow-up", description = "Granskningar, årshjul och internkontroll")
class FollowUpApiController {

  private final Audits audits;
  private final AnnualCycle cycle;
  private final InternalControl control;

  FollowUpApiController(Audits audits, AnnualCycle cycle, InternalControl control) {
    this.audits = audits;
    this.cycle = cycle;
    this.control = control;
  }

  record Text(String text) {}

  record ActionChange(ActionStatus status, String comment) {}

  record Closing(String comment) {}

  @GetMapping("/api/audits")
  @Operation(summary = "Audits of the caller's organisations, optionally of one year")
  List<AuditView> audits(@RequestParam(required = false) Integer year) {
    return audits.list(year, Actors.required());
  }

  @GetMapping("/api/audits/open-recommendations")
  @Operation(summary = "Audits that still have recommendations not closed")
  List<AuditView> open() {
    return audits.withOpenRecommendations(Actors.required());
  }

  @PostMapping("/api/audits")
  @Operation(summary = "Register an audit with its assessment and recommendations")
  ResponseEntity<AuditView> create(@RequestBody NewAudit audit) {
    AuditView created = audits.create(audit, Actors.required());
    return ResponseEntity.created(URI.create("/api/audits/" + created.id())).body(created);
  }

  @GetMapping("/api/audits/{id}")
  AuditView audit(@PathVariable UUID id) {
    return audits.get(id, Actors.required());
  }

  @PostMapping("/api/audits/{id}/recommendations")
  @Operation(summary = "Add a recommendation to an audit")
  AuditView recommend(@PathVariable UUID id, @RequestBody Text text) {
    return audits.addRecommendation(id, text.text(), Actors.required());
  }

  @PostMapping("/api/audits/{id}/decision")
  @Operation(summary = "Link the committee's decision: by case number, or by meeting and §")
  AuditView decision(@PathVariable UUID id, @RequestBody DecisionChoice choice) {
    return audits.linkDecision(id, choice, Actors.required());
  }

  @PostMapping("/api/audits/recommendations/{id}/actions")
  @Operation(summary = "Add an action (owner, due date, status) to a recommendation")
  AuditView action(@PathVariable UUID id, @RequestBody NewAction action) {
    return audits.addAction(id, action, Actors.required());
  }

  @PutMapping("/api/audits/actions/{id}")
  @Operation(summary = "Change an action's status and comment")
  AuditView change(@PathVariable UUID id, @RequestBody ActionChange change) {
    return audits.updateAction(id, change.status(), change.comment(), Actors.required());
  }

  @PostMapping("/api/audits/recommendations/{id}/close")
  @Operation(summary = "Close a recommendation whose actions are all done, with a comment")
  AuditView close(@PathVariable UUID id, @RequestBody Closing closing) {
    return audits.close(id, closing.comment(), Actors.required());
  }

  @GetMapping("/api/annual-cycle")
  @Operation(summary = "The annual cycle's recurring items")
  List<CycleItemView> cycle() {
    return cycle.items(Actors.required());
  }

  @PostMapping("/api/annual-cycle")
  @Operation(summary = "Add a recurring item with its reporting directive")
  ResponseEntity<CycleItemView> addItem(@RequestBody NewCycleItem item) {
    CycleItemView created = cycle.add(item, Actors.required());
    return ResponseEntity.created(URI.create("/api/annual-cycle/" + created.id())).body(created);
  }

  @GetMapping("/api/annual-cycle/{id}")
  CycleItemView item(@PathVariable UUID id) {
    return cycle.get(id, Actors.required());
  }

  @GetMapping("/api/annual-cycle/years/{year}")
  @Operation(summary = "One year of the annual cycle, with dates and the timeline's geometry")
  CycleYear year(@PathVariable int year) {
    return cycle.year(year, Actors.required());
  }

  @GetMapping("/api/internal-control")
  @Operation(summary = "The internal control plan, overdue points first")
  List<ControlPointView> control() {
    return control.plan(Actors.required());
  }

  @PostMapping("/api/internal-control")
  @Operation(summary = "Add a control point")
  ResponseEntity<ControlPointView> addPoint(@RequestBody NewControlPoint point) {
    ControlPointView created = control.add(point, Actors.required());
    return ResponseEntity.created(URI.create("/api/internal-control/" + created.id()))
        .body(created);
  }

  @GetMapping("/api/internal-control/{id}")
  ControlPointView point(@PathVariable UUID id) {
    return control.get(id, Actors.required());
  }

  @PostMapping("/api/internal-control/{id}/follow-ups")
  @Operation(summary = "Record a follow-up of a control point")
  ControlPointView followUp(@PathVariable UUID id, @RequestBody NewFollowUp followUp) {
    return control.followUp(id, followUp, Actors.required());
  }
}
