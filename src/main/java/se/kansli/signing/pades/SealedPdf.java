package se.kansli.signing.pades;

/**
 * @param approvedSha256 SHA-256 of the document as approved (upper-case hex, as stamped)
 * @param sealedSha256 SHA-256 of the sealed file handed out
 */
public record SealedPdf(byte[] pdf, String approvedSha256, String sealedSha256) {}
