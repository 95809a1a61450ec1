package se.kansli.signing.eid;

/**
 * Who is asking and from where.
 *
 * @param endUserIp the user's IP address, required by BankID
 * @param personalIdentityNumber when known, the only person who may complete the order
 * @param sameDevice true when the eID app is on the same device (autostart), false for QR code
 */
public record EidRequest(String endUserIp, String personalIdentityNumber, boolean sameDevice) {}
