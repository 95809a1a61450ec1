package se.kansli.eservices;

/** How a resident wants to hear that a case has moved on. */
public enum ResidentNotification {
  EMAIL("E-post"),
  SMS("SMS"),
  BOTH("E-post och SMS"),
  NONE("Inga aviseringar");

  private final String label;

  ResidentNotification(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean byEmail() {
    return this == EMAIL || this == BOTH;
  }

  public boolean bySms() {
    return this == SMS || this == BOTH;
  }
}
