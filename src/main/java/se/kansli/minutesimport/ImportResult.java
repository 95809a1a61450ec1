package se.kansli.minutesimport;

import java.util.List;
import java.util.UUID;

/** What a commit made: the meeting, and for each § the case it was linked to or created. */
public record ImportResult(UUID meetingId, boolean meetingCreated, List<LinkedCase> cases) {

  public ImportResult {
    cases = List.copyOf(cases);
  }

  /**
   * @param created the case was created by the import; otherwise it was found by its number
   * @param documentRegistered the original file was registered in the case (not when it is closed)
   */
  public record LinkedCase(
      int paragraph, UUID caseId, String caseNumber, boolean created, boolean documentRegistered) {}
}
