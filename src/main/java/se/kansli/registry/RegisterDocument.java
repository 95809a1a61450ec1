package se.kansli.registry;

import java.time.LocalDate;

/**
 * Command: register a document in a case with the four things OSL 5 kap. 2 § demands: the date it
 * was received or drawn up, the case number (from the case), the sender or recipient, and a short
 * description of its content.
 */
public record RegisterDocument(
    DocumentDirection direction,
    LocalDate documentDate,
    String counterpart,
    String description,
    Boolean publicAccess,
    String secrecyReference,
    Boolean finalVersion) {

  public RegisterDocument {
    publicAccess = Boolean.TRUE.equals(publicAccess);
    finalVersion = Boolean.TRUE.equals(finalVersion);
  }
}
