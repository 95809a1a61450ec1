package se.kansli.registry;

import java.time.LocalDate;

/** Event: a case was closed; the archive takes closed cases from here. */
public record CaseClosed(
    CaseId caseId, String organisation, String caseNumber, LocalDate closedOn) {}
