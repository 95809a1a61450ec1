package se.kansli.eservices;

import java.time.Instant;
import java.util.UUID;
import se.kansli.shared.ResidentId;

/**
 * A resident's submission became a case in the registry. Published inside the submitting
 * transaction, so that whatever listens (the officers' inbox, statistics) happens with it or not at
 * all.
 *
 * @param resident null for an anonymous e-service
 */
public record EServiceSubmitted(
    UUID submissionId,
    EServiceId eService,
    EServiceVersionId version,
    String organisation,
    UUID caseId,
    String caseNumber,
    ResidentId resident,
    String officerGroup,
    Instant submittedAt) {}
