package se.kansli.registry;

/** Event: a document was registered in a case. */
public record DocumentRegistered(
    DocumentId documentId, CaseId caseId, String organisation, DocumentDirection direction) {}
