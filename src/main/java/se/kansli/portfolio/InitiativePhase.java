package se.kansli.portfolio;

/** Where an initiative is; a finished or cancelled one is closed and takes no more reports. */
public enum InitiativePhase {
  PLANNED("Planerad"),
  ONGOING("Pågår"),
  PAUSED("Pausad"),
  FINISHED("Avslutad"),
  CANCELLED("Avbruten");

  private final String label;

  InitiativePhase(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean closed() {
    return this == FINISHED || this == CANCELLED;
  }
}
