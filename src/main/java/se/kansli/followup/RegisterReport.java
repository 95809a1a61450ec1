package se.kansli.followup;

/**
 * Command: file the report as a document in a case, either an open case given by its number or a
 * new case under a classification code.
 */
public record RegisterReport(String caseNumber, String classificationCode) {}
