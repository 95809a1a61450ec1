package se.kansli.followup;

/** How often a control point is to be followed up; TERTIAL is every four months. */
public enum ControlFrequency {
  MONTHLY(1),
  QUARTERLY(3),
  TERTIAL(4),
  YEARLY(12);

  private final int months;

  ControlFrequency(int months) {
    this.months = months;
  }

  public int months() {
    return months;
  }
}
