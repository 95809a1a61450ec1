package se.kansli.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A registered document and its file versions, newest last. */
public record DocumentView(
    DocumentId id,
    CaseId caseId,
    String caseNumber,
    String organisation,
    int serial,
    DocumentDirection direction,
    LocalDate documentDate,
    String counterpart,
    String description,
    boolean finalVersion,
    boolean publicAccess,
    String secrecyReference,
    Instant registeredAt,
    List<FileVersion> versions) {

  public boolean hasFile() {
    return !versions.isEmpty();
  }

  public FileVersion latest() {
    return versions.isEmpty() ? null : versions.getLast();
  }

  public boolean confidential() {
    return secrecyReference != null && !secrecyReference.isBlank();
  }

  /** One stored version of the file. */
  public record FileVersion(
      int version,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256,
      Instant uploadedAt) {}
}
