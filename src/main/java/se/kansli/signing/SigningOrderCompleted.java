package se.kansli.signing;

import java.util.UUID;

/** Event: everyone has signed and the sealed PDF is ready. */
public record SigningOrderCompleted(
    UUID orderId, String organisation, String reference, String sealedSha256) {}
