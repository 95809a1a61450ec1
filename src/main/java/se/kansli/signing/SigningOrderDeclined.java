package se.kansli.signing;

import java.util.UUID;

/** Event: a signer declined; the order is closed unsigned. */
public record SigningOrderDeclined(
    UUID orderId, String organisation, String reference, String signerName, String comment) {}
