package se.kansli.portfolio;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.kansli.shared.Actors;

/** Initiatives, statuses and the status item as JSON; errors are problem+json. */
@RestController
class InitiativeApiController {

  private final Initiatives initiatives;
  private final StatusReports statuses;
  private final PortfolioDecisions decisions;

  InitiativeApiController(
      Initiatives initiatives, StatusReports statuses, PortfolioDecisions decisions) {
    this.initiatives = initiatives;
    this.statuses = statuses;
    this.decisions = decisions;
  }

  /** A municipality joining, co-financing or not, with its last day if it has already left. */
  record Join(String municipality, LocalDate joinedOn, LocalDate leftOn, Boolean coFinancing) {}

  record Leave(LocalDate leftOn) {}

  record Milestone(String title, LocalDate dueOn, LocalDate doneOn) {}

  record Done(LocalDate doneOn) {}

  /** A status for a period, e.g. "2022-06"; one status line per text line. */
  record Status(String period, String text) {}

  @GetMapping("/api/portfolio/initiatives")
  List<InitiativeView> list() {
    return initiatives.list(Actors.required());
  }

  @PostMapping("/api/portfolio/initiatives")
  @ResponseStatus(HttpStatus.CREATED)
  InitiativeView create(@RequestBody NewInitiative initiative) {
    return initiatives.create(initiative, Actors.required());
  }

  @GetMapping("/api/portfolio/initiatives/{id}")
  InitiativeView get(@PathVariable String id) {
    return initiatives.get(InitiativeId.of(id), Actors.required());
  }

  @PutMapping("/api/portfolio/initiatives/{id}")
  InitiativeView update(@PathVariable String id, @RequestBody NewInitiative initiative) {
    return initiatives.update(InitiativeId.of(id), initiative, Actors.required());
  }

  @PostMapping("/api/portfolio/initiatives/{id}/participations")
  @ResponseStatus(HttpStatus.CREATED)
  InitiativeView join(@PathVariable String id, @RequestBody Join join) {
    return initiatives.join(
        InitiativeId.of(id),
        join.municipality(),
        join.joinedOn(),
        join.leftOn(),
        Boolean.TRUE.equals(join.coFinancing()),
        Actors.required());
  }

  @PostMapping("/api/portfolio/initiatives/participations/{id}/leave")
  InitiativeView leave(@PathVariable UUID id, @RequestBody Leave leave) {
    return initiatives.leave(id, leave.leftOn(), Actors.required());
  }

  @DeleteMapping("/api/portfolio/initiatives/participations/{id}")
  InitiativeView remove(@PathVariable UUID id) {
    return initiatives.removeParticipation(id, Actors.required());
  }

  /** A new revision of the directive; the earlier revisions are kept. */
  @PostMapping("/api/portfolio/initiatives/{id}/directive")
  @ResponseStatus(HttpStatus.CREATED)
  InitiativeView revise(@PathVariable String id, @RequestBody DirectiveRevision revision) {
    return initiatives.revise(InitiativeId.of(id), revision, Actors.required());
  }

  @PostMapping("/api/portfolio/initiatives/{id}/milestones")
  @ResponseStatus(HttpStatus.CREATED)
  InitiativeView milestone(@PathVariable String id, @RequestBody Milestone milestone) {
    return initiatives.addMilestone(
        InitiativeId.of(id),
        milestone.title(),
        milestone.dueOn(),
        milestone.doneOn(),
        Actors.required());
  }

  @PostMapping("/api/portfolio/initiatives/{id}/milestones/{milestone}/done")
  InitiativeView milestoneDone(
      @PathVariable String id, @PathVariable UUID milestone, @RequestBody Done done) {
    return initiatives.milestoneDone(
        InitiativeId.of(id), milestone, done.doneOn(), Actors.required());
  }

  /** The status for the period; sending it again for the same period corrects it. */
  @PutMapping("/api/portfolio/initiatives/{id}/status")
  InitiativeView status(@PathVariable String id, @RequestBody Status status) {
    return statuses.report(InitiativeId.of(id), status.period(), status.text(), Actors.required());
  }

  @PostMapping("/api/portfolio/initiatives/{id}/decisions")
  InitiativeView decision(@PathVariable String id, @RequestBody DecisionChoice choice) {
    return decisions.link(InitiativeId.of(id), choice, Actors.required());
  }

  @PutMapping("/api/portfolio/services/{id}/status")
  List<StatusReportView> serviceStatus(@PathVariable String id, @RequestBody Status status) {
    return statuses.report(ServiceId.of(id), status.period(), status.text(), Actors.required());
  }

  @PostMapping("/api/portfolio/services/{id}/decisions")
  List<DecisionView> serviceDecision(@PathVariable String id, @RequestBody DecisionChoice choice) {
    return decisions.link(ServiceId.of(id), choice, Actors.required());
  }

  /** The status item for the period as text, with its entries. */
  @GetMapping("/api/portfolio/status-report")
  StatusItem statusReport(
      @RequestParam(required = false) String organisation, @RequestParam String period) {
    return statuses.item(organisation, period, Actors.required());
  }

  /** Files the period's status item and puts its case on the meeting's agenda; safe to retry. */
  @PostMapping("/api/portfolio/status-report")
  StatusFiling file(@RequestBody FileStatusItem command) {
    return statuses.file(command, Actors.required());
  }

  /** Every committee's open initiatives, without login: the public page's data. */
  @GetMapping("/api/public/portfolio/initiatives")
  List<InitiativeView> publicInitiatives() {
    return initiatives.all().stream().filter(InitiativeView::open).toList();
  }
}
