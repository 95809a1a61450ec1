package se.kansli.eservices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A submission as its officers see it: the answers as label and value per visible field of the
 * version it was made with, the case, the status along the e-service's flow and its history.
 *
 * @param conversation the secure conversation with the resident; null for an anonymous sender
 * @param signatures who signed the application with eID before it was sent in, in the order they
 *     signed (the applicant first); empty when the e-service needs no signature
 */
public record SubmissionView(
    UUID id,
    String organisation,
    OfficerGroup group,
    EServiceId eService,
    String eServiceTitle,
    UUID caseId,
    String caseNumber,
    String status,
    List<String> statuses,
    UUID assignedTo,
    String assignedName,
    LocalDate dueOn,
    boolean overdue,
    Instant submittedAt,
    Instant closedAt,
    UUID conversation,
    List<Answer> answers,
    List<StatusChange> history,
    List<SigningProgress.Signer> signatures) {

  /** A question of the form and the resident's answer, written out. */
  public record Answer(String label, String value) {}

  public boolean closed() {
    return closedAt != null;
  }

  /** The statuses an officer may move the submission to: every other one of the flow. */
  public List<String> nextStatuses() {
    return closed() ? List.of() : statuses.stream().filter(s -> !s.equals(status)).toList();
  }
}
