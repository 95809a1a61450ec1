package se.kansli.meetings;

import java.util.UUID;

public record AgendaItemView(
    AgendaItemId id,
    int position,
    Integer paragraph,
    UUID caseId,
    String caseNumber,
    String title,
    String publicTitle,
    boolean confidential,
    ItemMinutes minutes,
    boolean attestedImmediately) {

  /** The title the public sees: a confidential item shows only its public title. */
  public String titleForPublic() {
    if (!confidential) {
      return title;
    }
    return publicTitle == null || publicTitle.isBlank() ? "Sekretessärende" : publicTitle;
  }

  /**
   * Where the public finds the item's case and its public documents in the registry, or null for an
   * item without a case number in Kansli's form.
   */
  public String publicCasePath(String organisation) {
    return se.kansli.registry.CaseNumber.tryParse(caseNumber)
        .map(n -> "/public/registry/" + organisation + "/cases/" + n.year() + "/" + n.serial())
        .orElse(null);
  }

  public String paragraphLabel() {
    return paragraph == null ? "" : "§ " + paragraph;
  }
}
