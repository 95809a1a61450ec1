package se.kansli.followup;

/**
 * Which report: the interim report (delårsrapport) on January to a month within the year, or the
 * annual report (årsrapport) on the whole year.
 */
public enum ReportKind {
  INTERIM("Delårsrapport"),
  ANNUAL("Årsrapport");

  private final String title;

  ReportKind(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
