package se.kansli.followup;

/**
 * The committee's own words in a report, in the order it prints them.
 *
 * @param summary the summary that opens the report
 * @param events what affected the operation and the economy during the period
 * @param financialComment the comments on the variances (the seed's "Noteringar avvikelser")
 * @param proposal the proposed decision, e.g. "Nämnden godkänner delårsrapporten för perioden"
 */
public record ReportTexts(String summary, String events, String financialComment, String proposal) {

  static final ReportTexts EMPTY = new ReportTexts(null, null, null, null);
}
