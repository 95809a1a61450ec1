package se.kansli.eservices;

/**
 * A submission's status changed and its resident is to be told by e-mail, once the change is
 * committed. It carries the case number only: the e-mail must not say what the case is about.
 */
record ResidentStatusNotice(String email, String caseNumber) {}
