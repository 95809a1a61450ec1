package se.kansli.messaging;

import java.time.Instant;
import java.util.UUID;
import se.kansli.shared.OrganisationId;

/**
 * A conversation in a list. {@code unread} counts what the reader has not read: for the resident
 * the officers' messages, for staff the resident's.
 */
public record ConversationSummary(
    ConversationId id,
    OrganisationId organisation,
    String organisationName,
    UUID caseId,
    String caseNumber,
    String subject,
    String residentName,
    Instant lastMessageAt,
    int unread) {}
