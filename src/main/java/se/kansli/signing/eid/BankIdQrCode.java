package se.kansli.signing.eid;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The animated QR code (BankID RP API v6, "QR codes"): {@code bankid.qrStartToken.time.qrAuthCode}
 * where time is the whole seconds since the order was started and qrAuthCode is HMAC-SHA256 of the
 * time as a decimal string, keyed with qrStartSecret, as lowercase hex. The content changes every
 * second so that a code photographed and sent on is useless; that is why the secret stays on the
 * server.
 */
final class BankIdQrCode {

  private BankIdQrCode() {}

  static String content(String qrStartToken, String qrStartSecret, long secondsSinceStart) {
    return "bankid."
        + qrStartToken
        + "."
        + secondsSinceStart
        + "."
        + authCode(qrStartSecret, secondsSinceStart);
  }

  static String authCode(String qrStartSecret, long secondsSinceStart) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(qrStartSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] code =
          mac.doFinal(Long.toString(secondsSinceStart).getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(code);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every JVM has HmacSHA256", e);
    }
  }

  /** Starts the BankID app on the same device (RP API v6, "Launching the BankID app"). */
  static String autoStartUrl(String autoStartToken) {
    return "bankid:///?autostarttoken=" + autoStartToken + "&redirect=null";
  }
}
