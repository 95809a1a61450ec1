package se.kansli.registry;

import java.time.LocalDate;
import se.kansli.shared.InvalidInput;

/** The register-document form as the browser sends it. */
record DocumentForm(
    String direction,
    String documentDate,
    String counterpart,
    String description,
    String publicAccess,
    String secrecyReference,
    String finalVersion) {

  static DocumentForm empty() {
    return new DocumentForm(
        "INCOMING", LocalDate.now(CaseRegistry.SWEDEN).toString(), "", "", null, "", null);
  }

  RegisterDocument toCommand() {
    DocumentDirection d;
    try {
      d = direction == null || direction.isBlank() ? null : DocumentDirection.valueOf(direction);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("direction", "Okänd typ av handling.");
    }
    return new RegisterDocument(
        d,
        SearchParams.date(documentDate, "documentDate"),
        counterpart,
        description,
        publicAccess != null,
        secrecyReference,
        finalVersion != null);
  }
}
