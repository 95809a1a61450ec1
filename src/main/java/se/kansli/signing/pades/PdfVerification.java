package se.kansli.signing.pades;

import java.time.Instant;
import java.util.List;

/**
 * What verification found.
 *
 * @param fileSha256 SHA-256 of the file as given (upper-case hex)
 * @param approvedSha256 the SHA-256 of the approved document read from the stamp, null if unstamped
 * @param signatures every signature, in the order they were added
 * @param allSignaturesIntact every signature value is correct and covers unchanged data
 * @param changedAfterLastSignature bytes were added after the last signature's byte range
 */
public record PdfVerification(
    String fileSha256,
    String approvedSha256,
    List<SignatureCheck> signatures,
    boolean allSignaturesIntact,
    boolean changedAfterLastSignature) {

  public PdfVerification {
    signatures = List.copyOf(signatures);
  }

  /** Signed, every signature passed, and nothing changed afterwards. */
  public boolean valid() {
    return !signatures.isEmpty()
        && allSignaturesIntact
        && !changedAfterLastSignature
        && signatures.stream().allMatch(s -> s.indication() == Indication.TOTAL_PASSED);
  }

  /**
   * One signature's result, as ETSI EN 319 102-1 states it.
   *
   * @param signer the signing certificate's common name
   * @param signingTime the time the signer claims (not proven)
   * @param timestampTime the signature timestamp's time, proof the signature existed then; null if
   *     there is none
   * @param subIndication why it did not pass (e.g. HASH_FAILURE), null when it passed
   */
  public record SignatureCheck(
      String signer,
      Instant signingTime,
      Instant timestampTime,
      Indication indication,
      String subIndication,
      boolean intact) {}

  /** The main status of ETSI EN 319 102-1 5.1.3. */
  public enum Indication {
    TOTAL_PASSED,
    INDETERMINATE,
    TOTAL_FAILED
  }
}
