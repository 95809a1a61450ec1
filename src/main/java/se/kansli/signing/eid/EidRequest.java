package se.kansli.signing.eid;

/**
 * Who is asking and from where.
 *
 * @param endUserIp the user's IP address, required by BankID
 * @param personalIdentityNumber when known, the only person who may complete the order
 * @param sameDevice true when the eID app is on the same device (autostart), false for QR code
 * @param returnUrl where the eID app sends the user back after a same-device order; null if none
 */
public record EidRequest(
    String endUserIp, String personalIdentityNumber, boolean sameDevice, String returnUrl) {

  public EidRequest(String endUserIp, String personalIdentityNumber, boolean sameDevice) {
    this(endUserIp, personalIdentityNumber, sameDevice, null);
  }
}
