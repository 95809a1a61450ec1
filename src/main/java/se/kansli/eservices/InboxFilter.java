package se.kansli.eservices;

/** The views of an officer group's inbox. */
public enum InboxFilter {
  NEW("Nya"),
  MINE("Mina"),
  OVERDUE("Försenade"),
  OPEN("Alla öppna"),
  CLOSED("Avslutade");

  private final String label;

  InboxFilter(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The filter named by a request parameter; "Nya" when none is given. */
  public static InboxFilter of(String value) {
    if (value == null || value.isBlank()) {
      return NEW;
    }
    try {
      return valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new se.kansli.shared.InvalidInput("filter", "Okänt filter: " + value);
    }
  }
}
