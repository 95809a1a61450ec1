package se.kansli.followup;

/** How a budget line is split between the municipalities (fördelningsmodell). */
public enum AllocationModel {
  /** Equal shares among all participating municipalities. */
  EQUAL,
  /** By population on the last count before the budget year. */
  POPULATION,
  /** A fixed percentage per municipality; the percentages sum to exactly 100. */
  FIXED_PERCENTAGES,
  /** By the municipality's metered eID transactions (BankID, Freja, signing, SMS) in the year. */
  METERED,
  /**
   * Among the municipalities taking part in the shared service or initiative the line funds, by
   * their days of participation in the year (the portfolio's dated participation).
   */
  PARTICIPANTS
}
