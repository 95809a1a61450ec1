package se.kansli.followup;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An operational plan with its goals, their indicators and each indicator's outcome so far. */
public record PlanView(
    PlanId id, String organisation, int year, String title, List<GoalView> goals) {

  public record GoalView(UUID id, String text, List<IndicatorView> indicators) {}

  public Optional<IndicatorView> indicator(UUID id) {
    return goals.stream()
        .flatMap(g -> g.indicators().stream())
        .filter(i -> i.id().equals(id))
        .findFirst();
  }
}
