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

  public String paragraphLabel() {
    return paragraph == null ? "" : "§ " + paragraph;
  }
}
