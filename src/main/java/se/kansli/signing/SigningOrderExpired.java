package se.kansli.signing;

import java.util.UUID;

/** Event: the order was not completed in time. */
public record SigningOrderExpired(UUID orderId, String organisation, String reference) {}
