package se.kansli.signing.pades;

/**
 * Stamps and seals a signed PDF: every page carries "(Signerat, SHA-256 <hash of the document as
 * approved>)", a signature page lists the signers, and the whole is sealed as PAdES (level B-T at
 * least) with the organisation's certificate and an RFC 3161 timestamp.
 */
public interface PdfSealer {

  SealedPdf seal(SealRequest request);
}
