package se.kansli.portfolio;

/** Where a shared service is in its life. */
public enum ServiceStage {
  /** Decided or being procured, not yet running. */
  PLANNED("Planerad"),
  /** Running and managed (i drift och förvaltning). */
  IN_OPERATION("I drift"),
  /** Running, with a replacement or a new procurement planned. */
  REPLACEMENT_PLANNED("I drift, ny upphandling planerad"),
  /** No longer run by the committee. */
  DECOMMISSIONED("Avvecklad");

  private final String label;

  ServiceStage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean running() {
    return this == IN_OPERATION || this == REPLACEMENT_PLANNED;
  }
}
