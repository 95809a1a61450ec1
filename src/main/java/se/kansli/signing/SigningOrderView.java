package se.kansli.signing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A signing order as its organisation's staff see it. */
public record SigningOrderView(
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
    String sealedSha256,
    List<SignerView> signers) {

  /** One signer's progress; the personal identity number is shown masked. */
  public record SignerView(
      int position,
      String name,
      String email,
      String role,
      SignerStatus status,
      Instant notifiedAt,
      Instant signedAt,
      String provider,
      String declineComment) {}
}
