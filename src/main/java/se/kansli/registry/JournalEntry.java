package se.kansli.registry;

import java.time.Instant;
import java.util.UUID;

/** One line of the journal: who did what to which case or document, and the state before/after. */
public record JournalEntry(
    long position,
    String organisation,
    UUID caseId,
    UUID documentId,
    UUID actorId,
    String actorName,
    Instant occurredAt,
    String action,
    String before,
    String after,
    String previousHash,
    String hash) {

  static final String GENESIS = "0".repeat(64);

  /** The hash covers every field and the previous entry's hash, so no line can change unseen. */
  String computeHash() {
    return computeHash(
        previousHash,
        organisation,
        position,
        caseId,
        documentId,
        actorId,
        actorName,
        occurredAt,
        action,
        before,
        after);
  }

  static String computeHash(
      String previousHash,
      String organisation,
      long position,
      UUID caseId,
      UUID documentId,
      UUID actorId,
      String actorName,
      Instant occurredAt,
      String action,
      String before,
      String after) {
    String canonical =
        String.join(
            "\u001f",
            previousHash,
            organisation,
            Long.toString(position),
            str(caseId),
            str(documentId),
            str(actorId),
            actorName,
            occurredAt.toString(),
            action,
            str(before),
            str(after));
    return se.kansli.shared.Sha256.of(canonical);
  }

  private static String str(Object o) {
    return o == null ? "" : o.toString();
  }
}
