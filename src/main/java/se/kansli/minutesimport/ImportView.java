package se.kansli.minutesimport;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import as the registrar reviews it: what was read (as read), the same with å, ä and ö restored
 * where the word list makes it certain, the source text, and the result once committed.
 */
public record ImportView(
    UUID id,
    String organisation,
    String fileName,
    String sha256,
    boolean committed,
    Instant createdAt,
    String createdBy,
    ParsedMinutes parsed,
    ReviewedMinutes display,
    List<String> sourceLines,
    ImportResult result) {

  /** The source as one text, for showing beside the fields. */
  public String sourceText() {
    return String.join("\n", sourceLines);
  }
}
