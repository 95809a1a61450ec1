package se.kansli.messaging;

import java.util.UUID;
import se.kansli.shared.OrganisationId;

/** A message was added to a conversation; published for every message, notes included. */
public record MessagePosted(
    ConversationId conversation,
    OrganisationId organisation,
    UUID caseId,
    UUID messageId,
    Author author,
    boolean internalNote) {}
