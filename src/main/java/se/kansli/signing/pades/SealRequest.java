package se.kansli.signing.pades;

import java.time.Instant;
import java.util.List;

/**
 * @param pdf the document as approved; its SHA-256 is the one stamped on every page
 * @param title shown on the signature page
 * @param organisation whose seal certificate signs, e.g. "e-namnden"
 * @param signers who signed, when and how, in signing order
 */
public record SealRequest(byte[] pdf, String title, String organisation, List<Signer> signers) {

  /** One signature: e.g. ("Anna Andersson", "ordförande", time, "BankID"). */
  public record Signer(String name, String role, Instant signedAt, String method) {}
}
