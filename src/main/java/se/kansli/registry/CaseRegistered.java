package se.kansli.registry;

/** Event: a case was registered and has its number. */
public record CaseRegistered(CaseId caseId, String organisation, String caseNumber, String title) {}
