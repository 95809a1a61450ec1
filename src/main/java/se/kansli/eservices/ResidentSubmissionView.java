package se.kansli.eservices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A submission as its sender sees it: the receipt and the line on My pages. */
public record ResidentSubmissionView(
    UUID id,
    UUID draftId,
    String organisation,
    String title,
    UUID caseId,
    String caseNumber,
    String status,
    Instant submittedAt,
    LocalDate dueOn,
    boolean anonymous) {}
