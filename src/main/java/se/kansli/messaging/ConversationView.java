package se.kansli.messaging;

import java.time.Instant;
import java.util.UUID;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.ResidentId;

/** A conversation about one case, without its messages. */
public record ConversationView(
    ConversationId id,
    OrganisationId organisation,
    String organisationName,
    UUID caseId,
    String caseNumber,
    String subject,
    ResidentId resident,
    String residentName,
    Instant openedAt,
    Instant lastMessageAt) {}
