package se.kansli.shared;

/** What a staff user may do. A user has one or more roles across all their organisations. */
public enum Role {
  ADMINISTRATOR,
  REGISTRAR,
  CASE_OFFICER,
  COMMITTEE_SECRETARY,
  COMMITTEE_MEMBER,
  /** Reads everything in their organisations, changes nothing. */
  AUDITOR;

  public String authority() {
    return "ROLE_" + name();
  }
}
