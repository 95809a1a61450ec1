package se.kansli.signing.pades;

/**
 * Checks a sealed PDF: its signatures with DSS against the trusted roots, the approved SHA-256 on
 * its stamp, and whether anything was added after the last signature. Public for the signing
 * module's verification page; it never reaches the network.
 */
public interface PdfVerifier {

  /**
   * @throws se.kansli.shared.InvalidInput (field "file") when the bytes are not a readable PDF
   */
  PdfVerification verify(byte[] pdf);
}
