package se.kansli.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as anyone may see it in the public registry: what secrecy protects is replaced by a note
 * naming the OSL paragraph, and personal identity numbers are never shown.
 */
public record PublicCase(
    String organisation,
    String caseNumber,
    int year,
    int serial,
    String title,
    String description,
    String classificationCode,
    CaseStatus status,
    Instant registeredAt,
    LocalDate closedOn,
    String secrecyReference,
    List<String> parties,
    List<PublicDocument> documents) {

  /** A document row of the public registry; the file is downloadable only when released. */
  public record PublicDocument(
      DocumentId id,
      int serial,
      DocumentDirection direction,
      LocalDate documentDate,
      String counterpart,
      String description,
      boolean downloadable) {}
}
