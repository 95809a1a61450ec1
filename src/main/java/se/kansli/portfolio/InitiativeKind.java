package se.kansli.portfolio;

/** What kind of work an initiative is. */
public enum InitiativeKind {
  NEEDS_ANALYSIS("Behovsanalys"),
  PRESTUDY("Förstudie"),
  PROJECT("Projekt"),
  PROCUREMENT("Upphandling"),
  /** A standing working group, like the seed's "Intern struktur". */
  WORKING_GROUP("Arbetsgrupp");

  private final String label;

  InitiativeKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
