package se.kansli.signing.eid;

import java.time.Instant;
import java.util.Optional;

/**
 * One e-identification service (BankID, Freja eID, the demo test eID) behind one interface. Both
 * authentication and signing are asynchronous: start an order, then collect its status until it is
 * complete or failed, as the BankID and Freja APIs do.
 */
public interface EidProvider {

  /** Stable id: "bankid", "freja" or "test". */
  String id();

  /** Swedish name shown to the user, e.g. "BankID". */
  String displayName();

  EidOrder authenticate(EidRequest request);

  /**
   * Starts a signature. BankID and Freja sign the text they show, not a PDF: {@code visibleText} is
   * what the user sees (the document's title and SHA-256), {@code nonVisibleData} is bound to the
   * signature without being shown.
   */
  EidOrder sign(EidRequest request, String visibleText, byte[] nonVisibleData);

  EidStatus collect(String orderRef);

  void cancel(String orderRef);

  /**
   * The content of the QR code to show at {@code now}, for providers with an animated QR code
   * (BankID regenerates it every second). The secret it is derived from never leaves the server.
   */
  default Optional<String> qrCode(String orderRef, Instant now) {
    return Optional.empty();
  }
}
