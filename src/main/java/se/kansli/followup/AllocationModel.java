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
  /** Equal shares, but only among the municipalities that joined the shared service. */
  PARTICIPANTS
}
