package se.kansli.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A control point with its follow-ups, newest first. {@code nextDue} is the last follow-up (or the
 * start) plus the frequency; {@code overdue} when that day has passed.
 */
public record ControlPointView(
    UUID id,
    String organisation,
    String title,
    String method,
    String owner,
    ControlFrequency frequency,
    LocalDate startsOn,
    List<FollowUpView> followUps,
    LocalDate nextDue,
    boolean overdue) {

  public LocalDate lastFollowUp() {
    return followUps.isEmpty() ? null : followUps.getFirst().date();
  }
}
