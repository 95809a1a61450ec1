package se.kansli.eservices;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A resident's draft with the version it is filled in against.
 *
 * @param submission the submission made from it, or null while it is being filled in
 * @param signingOrder the signing order it waits for, or null while it can be changed
 */
public record DraftView(
    UUID id,
    String organisation,
    EServiceVersionView version,
    Map<String, List<String>> answers,
    int page,
    List<DraftFileView> files,
    Instant updatedAt,
    UUID submission,
    UUID signingOrder) {

  public Form form() {
    return version.form();
  }

  /** Sent for signing: the answers are what the signers see, so they cannot change now. */
  public boolean awaitingSignatures() {
    return signingOrder != null;
  }

  public String title() {
    return version.title();
  }

  public List<DraftFileView> files(String fieldKey) {
    return files.stream().filter(f -> f.fieldKey().equals(fieldKey)).toList();
  }
}
