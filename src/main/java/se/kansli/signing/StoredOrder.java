package se.kansli.signing;

import java.time.Instant;
import java.util.UUID;

/** A row of signing_orders, without the document bytes. */
record StoredOrder(
    UUID id,
    String organisation,
    String title,
    String documentSha256,
    SigningMode mode,
    OrderStatus status,
    String reference,
    Instant createdAt,
    Instant expiresAt,
    Instant closedAt,
    String sealedSha256) {

  boolean expiredAt(Instant now) {
    return status == OrderStatus.OPEN && !now.isBefore(expiresAt);
  }
}
