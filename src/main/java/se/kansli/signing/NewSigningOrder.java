package se.kansli.signing;

import java.time.Instant;
import java.util.List;

/**
 * Command: ask people to sign a PDF.
 *
 * @param reference the caller's own reference, e.g. "meeting:…/minutes", echoed in the events
 * @param expiresAt after this the order can no longer be signed
 */
public record NewSigningOrder(
    String organisation,
    String title,
    byte[] pdf,
    SigningMode mode,
    List<NewSigner> signers,
    Instant expiresAt,
    String reference) {

  public NewSigningOrder {
    signers = signers == null ? List.of() : List.copyOf(signers);
  }

  /** A person who must sign; with a personal identity number only that person can sign. */
  public record NewSigner(String name, String email, String personalIdentityNumber, String role) {}
}
