package se.kansli.portfolio;

import java.util.UUID;

/** Where a period's status item went: the document in the case, and the case on the meeting. */
public record StatusFiling(
    String period, UUID meetingId, UUID caseId, String caseNumber, UUID documentId, UUID itemId) {}
