package se.kansli.signing;

import java.time.Instant;
import java.util.UUID;

/** A row of signing_signers. */
record StoredSigner(
    UUID orderId,
    int position,
    String name,
    String email,
    String personalIdentityNumber,
    String role,
    SignerStatus status,
    Instant notifiedAt,
    Instant remindedAt,
    String provider,
    String eidOrderRef,
    Instant signedAt,
    String declineComment,
    String token) {}
