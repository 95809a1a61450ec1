package se.kansli.signing.pades;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.EncryptionAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDefaultObjectFactory;
import eu.europa.esig.dss.spi.validation.CertificateVerifier;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.Sha256;

/**
 * Seals with DSS as PAdES BASELINE-T (ETSI EN 319 142-1): the signature (B-B) plus an RFC 3161
 * signature timestamp (T) proving it existed at that time, which is what an advanced electronic
 * seal under eIDAS art. 36 needs to be verifiable after the certificate expires once LT/LTA data
 * are added.
 *
 * <p>The first seal of a document adds the visible approval (ApprovalStamp) and then signs. A
 * document that already carries a signature is sealed again without touching its content, as an
 * incremental update (ISO 32000-1 7.5.6), so that the earlier signatures stay valid: changing the
 * pages after a signature would be a modification DSS reports against it.
 */
final class PadesSealer implements PdfSealer {

  private final SealKeys keys;
  private final TSPSource timestamps;
  private final CertificateVerifier certificates;

  PadesSealer(SealKeys keys, TSPSource timestamps, CertificateVerifier certificates) {
    this.keys = keys;
    this.timestamps = timestamps;
    this.certificates = certificates;
  }

  @Override
  public SealedPdf seal(SealRequest request) {
    checkRequest(request);
    String approvedSha256;
    byte[] prepared;
    try (PDDocument document = PdfInput.open(request.pdf())) {
      if (document.getSignatureDictionaries().isEmpty()) {
        approvedSha256 = Sha256.of(request.pdf());
        ApprovalStamp.apply(document, request, approvedSha256);
        ByteArrayOutputStream out = new ByteArrayOutputStream(request.pdf().length + 65536);
        document.save(out);
        prepared = out.toByteArray();
      } else {
        approvedSha256 =
            StampText.findOnPage(document, 1).orElseGet(() -> Sha256.of(request.pdf()));
        prepared = request.pdf();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not stamp the document", e);
    }
    byte[] sealed = sign(prepared, request);
    return new SealedPdf(sealed, approvedSha256, Sha256.of(sealed));
  }

  private byte[] sign(byte[] pdf, SealRequest request) {
    KeyEntry key = keys.forOrganisation(request.organisation());
    PAdESSignatureParameters parameters = new PAdESSignatureParameters();
    parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_T);
    parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
    parameters.setSigningCertificate(new CertificateToken(key.certificate()));
    parameters.setCertificateChain(key.chain().stream().map(CertificateToken::new).toList());
    parameters.setReason(reason(request.signers()));
    parameters.bLevel().setSigningDate(new Date());

    PAdESService service = new PAdESService(certificates);
    service.setTspSource(timestamps);
    service.setPdfObjFactory(new PdfBoxDefaultObjectFactory());
    DSSDocument document = new InMemoryDocument(pdf);
    ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
    SignatureValue value = signatureValue(key, toBeSigned);
    DSSDocument signed = service.signDocument(document, parameters, value);
    try {
      return signed.openStream().readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the sealed document", e);
    }
  }

  private static SignatureValue signatureValue(KeyEntry key, ToBeSigned toBeSigned) {
    SignatureAlgorithm algorithm =
        SignatureAlgorithm.getAlgorithm(
            EncryptionAlgorithm.forKey(key.key()), DigestAlgorithm.SHA256);
    try {
      Signature signature = Signature.getInstance(algorithm.getJCEId());
      signature.initSign(key.key());
      signature.update(toBeSigned.getBytes());
      return new SignatureValue(algorithm, signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not sign with the seal key", e);
    }
  }

  /** Who approved, in the signature dictionary's /Reason, so each seal names its signers. */
  private static String reason(List<SealRequest.Signer> signers) {
    return "Signerat av "
        + signers.stream()
            .map(s -> s.name() + " (" + s.role() + ", " + s.method() + ")")
            .collect(Collectors.joining(", "));
  }

  private static void checkRequest(SealRequest request) {
    if (request.title() == null || request.title().isBlank()) {
      throw new InvalidInput("title", "Dokumentet måste ha en titel.");
    }
    if (request.organisation() == null || request.organisation().isBlank()) {
      throw new InvalidInput("organisation", "Ange vilken organisation som sigillerar.");
    }
    if (request.signers() == null || request.signers().isEmpty()) {
      throw new InvalidInput("signers", "Minst en undertecknare krävs.");
    }
  }
}
