package se.kansli.eservices;

/** Who signs a submission before it is sent in. */
public enum SigningRequirement {
  /** Sent in without a signature. */
  NONE("Ingen underskrift"),
  /** The applicant signs. */
  ONE("Sökanden skriver under"),
  /** The applicant and invited co-signers sign, e.g. both guardians of a child. */
  SEVERAL("Sökanden och inbjudna medundertecknare skriver under");

  private final String label;

  SigningRequirement(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
