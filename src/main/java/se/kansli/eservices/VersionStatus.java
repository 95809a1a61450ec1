package se.kansli.eservices;

/** A version is edited as a draft, published for residents, and retired when replaced. */
public enum VersionStatus {
  DRAFT("Utkast"),
  PUBLISHED("Publicerad"),
  RETIRED("Tillbakadragen");

  private final String label;

  VersionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
