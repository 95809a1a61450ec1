package se.kansli.followup;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record RecommendationView(
    UUID id,
    int position,
    String text,
    Instant closedAt,
    String closingComment,
    List<ActionView> actions) {

  /** Stays in the follow-up until closed, whatever its actions say. */
  public boolean open() {
    return closedAt == null;
  }

  public long doneActions() {
    return actions.stream().filter(ActionView::done).count();
  }

  /**
   * Closing needs every action done: an open action means the recommendation is still worked on.
   */
  public boolean mayClose() {
    return open() && actions.stream().allMatch(ActionView::done);
  }
}
