package se.kansli.signing;

import java.util.UUID;

/**
 * A started eID authentication, as the login page needs it. The provider's order reference and QR
 * secret stay on the server; the page knows the authentication only by {@code id}.
 *
 * @param id ask {@link EidAuthentication#status} and {@link EidAuthentication#qrCode} with this
 * @param provider the eID's id, e.g. "bankid"
 * @param autoStartToken for opening the eID app on the same device; null if the provider has none
 * @param qrCode whether {@link EidAuthentication#qrCode} has a QR code to show
 */
public record EidAuthenticationStarted(
    UUID id, String provider, String autoStartToken, boolean qrCode) {}
