package se.kansli.followup;

import java.time.LocalDate;
import java.util.UUID;

public record ActionView(
    UUID id, String description, String owner, LocalDate due, ActionStatus status, String comment) {

  public boolean done() {
    return status == ActionStatus.DONE;
  }
}
