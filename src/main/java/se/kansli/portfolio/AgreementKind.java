package se.kansli.portfolio;

/** What kind of agreement the committee signed. */
public enum AgreementKind {
  /** A framework agreement (ramavtal) that the municipalities call off from. */
  FRAMEWORK_AGREEMENT,
  /** A contract (avtal) signed for a set purchase or service. */
  CONTRACT
}
