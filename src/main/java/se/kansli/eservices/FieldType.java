package se.kansli.eservices;

/** What a form field asks for, and so how its answer is checked and normalised. */
public enum FieldType {
  SHORT_TEXT("Kort text"),
  LONG_TEXT("Lång text"),
  NUMBER("Tal"),
  DATE("Datum"),
  EMAIL("E-postadress"),
  PHONE("Telefonnummer"),
  PERSONAL_IDENTITY_NUMBER("Personnummer"),
  ORGANISATION_NUMBER("Organisationsnummer"),
  ADDRESS("Adress"),
  SINGLE_CHOICE("Ett val"),
  MULTIPLE_CHOICE("Flera val"),
  CHECKBOX("Kryssruta"),
  FILE_UPLOAD("Bifogad fil"),
  INFORMATION_TEXT("Informationstext"),
  SIGNATURE("Underskrift");

  private final String label;

  FieldType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the resident answers it; information texts and the signing step only show. */
  public boolean answered() {
    return this != INFORMATION_TEXT && this != SIGNATURE;
  }

  public boolean hasChoices() {
    return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
  }

  public boolean textual() {
    return this == SHORT_TEXT || this == LONG_TEXT;
  }
}
