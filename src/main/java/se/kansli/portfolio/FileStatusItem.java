package se.kansli.portfolio;

/**
 * Command: file a period's status item in a case (an open one by number, or a new one under the
 * classification) and put the case on a planned meeting's agenda.
 */
public record FileStatusItem(
    String organisation,
    String period,
    String meetingId,
    String caseNumber,
    String classificationCode) {}
