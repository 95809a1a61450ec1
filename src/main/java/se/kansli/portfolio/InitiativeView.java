package se.kansli.portfolio;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An initiative with who takes part, its directive's revisions, milestones, statuses, decisions.
 */
public record InitiativeView(
    InitiativeId id,
    String organisation,
    InitiativeKind kind,
    InitiativePhase phase,
    String name,
    String description,
    List<String> steeringGroup,
    String projectLead,
    List<ParticipationView> participations,
    List<DirectiveRevision> directive,
    List<MilestoneView> milestones,
    List<StatusReportView> statuses,
    List<DecisionView> decisions) {

  /** The revision in force: the latest decided. */
  public Optional<DirectiveRevision> currentDirective() {
    return Directives.current(directive);
  }

  public boolean open() {
    return !phase.closed();
  }

  public List<ParticipationView> participantsOn(LocalDate day) {
    return participations.stream().filter(p -> p.takesPartOn(day)).toList();
  }

  public List<ParticipationView> coFinancersOn(LocalDate day) {
    return participantsOn(day).stream().filter(ParticipationView::coFinancing).toList();
  }

  public Optional<StatusReportView> status(String period) {
    return statuses.stream().filter(s -> s.period().equals(period)).findFirst();
  }
}
