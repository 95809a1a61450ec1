package se.kansli.messaging;

import java.util.UUID;
import se.kansli.shared.OrganisationId;

/** The resident wrote in a case's conversation, so that whoever handles the case can flag it. */
public record ResidentMessagePosted(
    ConversationId conversation, OrganisationId organisation, UUID caseId) {}
