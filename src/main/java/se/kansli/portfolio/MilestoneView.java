package se.kansli.portfolio;

import java.time.LocalDate;
import java.util.UUID;

/** A milestone of an initiative; done when it has a done date. */
public record MilestoneView(UUID id, String title, LocalDate dueOn, LocalDate doneOn) {

  public boolean done() {
    return doneOn != null;
  }
}
