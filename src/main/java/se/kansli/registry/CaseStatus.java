package se.kansli.registry;

public enum CaseStatus {
  OPEN,
  CLOSED
}
