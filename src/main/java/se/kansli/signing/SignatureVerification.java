package se.kansli.signing;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.OrganisationId;
import se.kansli.signing.pades.PdfVerification;
import se.kansli.signing.pades.PdfVerifier;

/**
 * Public verification: anyone uploads a PDF or enters a SHA-256 and learns which document it is,
 * who signed it and when, whether every signature is intact and whether the file was changed after
 * signing. Only what the signing order already makes public is shown (names, roles, times), never
 * e-mail addresses or personal identity numbers.
 */
@Service
public class SignatureVerification {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

  private final PdfVerifier verifier;
  private final Orders orders;
  private final OrganisationDirectory organisations;

  SignatureVerification(PdfVerifier verifier, Orders orders, OrganisationDirectory organisations) {
    this.verifier = verifier;
    this.orders = orders;
    this.organisations = organisations;
  }

  public Result verifyFile(byte[] pdf) {
    if (pdf == null || pdf.length == 0) {
      throw new InvalidInput("file", "Välj en PDF-fil att kontrollera.");
    }
    PdfVerification report = verifier.verify(pdf);
    List<KnownDocument> known = known(report.fileSha256());
    if (known.isEmpty() && report.approvedSha256() != null) {
      known = known(report.approvedSha256());
    }
    return new Result(report.fileSha256(), report, known);
  }

  public Result verifyHash(String sha256) {
    String hash = sha256 == null ? "" : sha256.strip();
    if (!SHA256.matcher(hash).matches()) {
      throw new InvalidInput("sha256", "En SHA-256 är 64 tecken 0–9 och A–F.");
    }
    String upper = hash.toUpperCase(Locale.ROOT);
    return new Result(upper, null, known(upper));
  }

  private List<KnownDocument> known(String sha256) {
    return orders.findBySha256(sha256).stream().map(this::document).toList();
  }

  private KnownDocument document(StoredOrder order) {
    List<SignedBy> signers =
        orders.signers(order.id()).stream()
            .filter(s -> s.status() == SignerStatus.SIGNED)
            .map(s -> new SignedBy(s.name(), s.role(), s.signedAt(), s.provider()))
            .toList();
    return new KnownDocument(
        order.title(),
        organisations.get(OrganisationId.of(order.organisation())).name(),
        order.status(),
        order.documentSha256(),
        order.sealedSha256(),
        signers);
  }

  /**
   * @param report the signature check of the uploaded file; null when only a hash was given
   * @param documents the signing orders this file or hash belongs to
   */
  public record Result(String sha256, PdfVerification report, List<KnownDocument> documents) {

    public boolean recognised() {
      return !documents.isEmpty();
    }
  }

  /** A document Kansli had signed. */
  public record KnownDocument(
      String title,
      String organisation,
      OrderStatus status,
      String approvedSha256,
      String sealedSha256,
      List<SignedBy> signers) {}

  public record SignedBy(String name, String role, Instant signedAt, String method) {}
}
