package se.kansli.signing.pades;

import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.diagnostic.jaxb.XmlDigestMatcher;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDefaultObjectFactory;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.Sha256;
import se.kansli.signing.pades.PdfVerification.Indication;
import se.kansli.signing.pades.PdfVerification.SignatureCheck;

/**
 * Validates with DSS's default ETSI EN 319 102-1 policy, trusting only the configured roots (and
 * the local root CA where local trust is on). Revocation is checked against the local CA's CRL in
 * process; certificates from other CAs are judged without fetching anything, which makes their
 * signatures INDETERMINATE rather than passed unless their revocation data is embedded (PAdES
 * B-LT).
 */
final class PadesVerifier implements PdfVerifier {

  private final List<X509Certificate> trustAnchors;
  private final LocalCrlLoader localCrls;

  PadesVerifier(List<X509Certificate> trustAnchors, LocalCrlLoader localCrls) {
    this.trustAnchors = List.copyOf(trustAnchors);
    this.localCrls = localCrls;
  }

  @Override
  public PdfVerification verify(byte[] pdf) {
    String approved;
    boolean changedAfterLastSignature;
    try (PDDocument document = load(pdf)) {
      approved = StampText.findOnPage(document, 1).orElse(null);
      changedAfterLastSignature = bytesAfterLastSignature(document, pdf);
    } catch (IOException e) {
      throw unreadable();
    }
    Reports reports = validator(pdf).validateDocument();
    SimpleReport simple = reports.getSimpleReport();
    DiagnosticData diagnostic = reports.getDiagnosticData();
    List<SignatureCheck> checks = new ArrayList<>();
    List<SignatureWrapper> signatures = new ArrayList<>(diagnostic.getSignatures());
    signatures.sort(Comparator.comparing(PadesVerifier::byteRangeEnd));
    for (SignatureWrapper signature : signatures) {
      String id = signature.getId();
      SubIndication sub = simple.getSubIndication(id);
      checks.add(
          new SignatureCheck(
              signature.getSigningCertificate() == null
                  ? null
                  : signature.getSigningCertificate().getCommonName(),
              instant(signature.getClaimedSigningTime()),
              signature.getSignatureTimestamps().stream()
                  .map(TimestampWrapper::getProductionTime)
                  .min(Date::compareTo)
                  .map(Date::toInstant)
                  .orElse(null),
              indication(simple.getIndication(id)),
              sub == null ? null : sub.name(),
              intact(signature)));
    }
    return new PdfVerification(
        Sha256.of(pdf),
        approved,
        checks,
        checks.stream().allMatch(SignatureCheck::intact),
        changedAfterLastSignature);
  }

  private PDFDocumentValidator validator(byte[] pdf) {
    PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
    validator.setPdfObjFactory(new PdfBoxDefaultObjectFactory());
    validator.setCertificateVerifier(OfflineCertificateVerifier.create(trustAnchors, localCrls));
    return validator;
  }

  private static PDDocument load(byte[] pdf) {
    if (pdf == null || pdf.length < 5 || !new String(pdf, 0, 5).equals("%PDF-")) {
      throw new InvalidInput("file", "Filen är ingen PDF.");
    }
    try {
      return Loader.loadPDF(pdf);
    } catch (InvalidPasswordException e) {
      throw new InvalidInput("file", "PDF-filen är lösenordsskyddad och kan inte kontrolleras.");
    } catch (IOException | RuntimeException e) {
      throw unreadable();
    }
  }

  private static InvalidInput unreadable() {
    return new InvalidInput("file", "PDF-filen är skadad och kan inte läsas.");
  }

  /**
   * A signature covers the file up to the end of its byte range (ISO 32000-1 12.8.1); anything
   * beyond the last one, other than a final end-of-line, was added after signing.
   */
  private static boolean bytesAfterLastSignature(PDDocument document, byte[] pdf)
      throws IOException {
    long covered = 0;
    for (PDSignature signature : document.getSignatureDictionaries()) {
      int[] range = signature.getByteRange();
      if (range != null && range.length == 4) {
        covered = Math.max(covered, (long) range[2] + range[3]);
      }
    }
    if (covered == 0) {
      return false;
    }
    for (long i = covered; i < pdf.length; i++) {
      if (pdf[(int) i] != '\n' && pdf[(int) i] != '\r') {
        return true;
      }
    }
    return false;
  }

  private static boolean intact(SignatureWrapper signature) {
    return signature.isSignatureIntact()
        && signature.isSignatureValid()
        && !signature.getDigestMatchers().isEmpty()
        && signature.getDigestMatchers().stream().allMatch(XmlDigestMatcher::isDataIntact);
  }

  private static long byteRangeEnd(SignatureWrapper signature) {
    List<java.math.BigInteger> range = signature.getSignatureByteRange();
    return range == null || range.size() < 4 ? 0 : range.get(2).add(range.get(3)).longValue();
  }

  private static Indication indication(eu.europa.esig.dss.enumerations.Indication indication) {
    if (indication == null) {
      return Indication.INDETERMINATE;
    }
    return switch (indication) {
      case TOTAL_PASSED, PASSED -> Indication.TOTAL_PASSED;
      case TOTAL_FAILED, FAILED -> Indication.TOTAL_FAILED;
      default -> Indication.INDETERMINATE;
    };
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
