package se.kansli.signing.pades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.kansli.PdfAValidation;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.Sha256;
import se.kansli.signing.pades.PdfVerification.Indication;
import se.kansli.signing.pades.PdfVerification.SignatureCheck;

class PadesSealerTest {

  static TestDocuments.Sealing sealing;
  static byte[] original;
  static SealedPdf first;
  static SealedPdf second;

  @BeforeAll
  static void sealTwice() {
    sealing = TestDocuments.Sealing.fresh();
    original = TestDocuments.pdfA2Minutes();
    first = sealing.sealer().seal(TestDocuments.request(original, "Anna Andersson", "ordförande"));
    second = sealing.sealer().seal(TestDocuments.request(first.pdf(), "Bertil Berg", "justerare"));
  }

  @Test
  void aPdfA2DocumentSealedTwiceValidatesWithEverySignatureTotalPassed() {
    PdfVerification result = sealing.verifier().verify(second.pdf());

    assertThat(result.signatures()).hasSize(2);
    for (SignatureCheck signature : result.signatures()) {
      assertThat(signature.indication())
          .as("%s: %s", signature.signer(), signature.subIndication())
          .isEqualTo(Indication.TOTAL_PASSED);
      assertThat(signature.signer()).isEqualTo("Norrbottens e-nämnd – e-sigill");
      assertThat(signature.timestampTime()).isNotNull();
      assertThat(signature.intact()).isTrue();
    }
    assertThat(result.allSignaturesIntact()).isTrue();
    assertThat(result.changedAfterLastSignature()).isFalse();
    assertThat(result.valid()).isTrue();
    assertThat(result.approvedSha256()).isEqualTo(Sha256.of(original));
    assertThat(result.fileSha256()).isEqualTo(second.sealedSha256());
  }

  @Test
  void bothSealsReportTheApprovedHashOfTheOriginal() {
    assertThat(first.approvedSha256()).isEqualTo(Sha256.of(original)).matches("[0-9A-F]{64}");
    assertThat(second.approvedSha256()).isEqualTo(first.approvedSha256());
    assertThat(second.sealedSha256()).isEqualTo(Sha256.of(second.pdf()));
  }

  @Test
  void everyPageCarriesTheStampWithTheApprovedHash() throws Exception {
    String stamp = "(Signerat, SHA-256 " + Sha256.of(original) + ")";
    try (PDDocument document = Loader.loadPDF(second.pdf());
        PDDocument input = Loader.loadPDF(original)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(input.getNumberOfPages());
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        assertThat(textOf(document, page)).as("page %d", page).contains(stamp);
      }
      String signaturePage = textOf(document, document.getNumberOfPages());
      assertThat(signaturePage)
          .contains("Protokoll e-nämnden 2022-06-22")
          .contains("Anna Andersson, ordförande")
          .contains("Signerat 2022-06-22 14:03 (svensk tid) med BankID")
          .contains(Sha256.of(original));
    }
  }

  @Test
  void theSealedDocumentIsStillPdfA2b() {
    PdfAValidation.assertCompliant(second.pdf(), PDFAFlavour.PDFA_2_B);
  }

  @Test
  void oneChangedByteInTheSignedContentFailsValidation() {
    byte[] tampered = second.pdf().clone();
    // A byte of the binary comment after the header: no reader shows it, yet it is signed.
    int comment = indexOf(tampered, "\n%".getBytes()) + 2;
    assertThat(comment).isBetween(9, 20);
    tampered[comment] ^= 0x01;

    PdfVerification result = sealing.verifier().verify(tampered);

    assertThat(result.allSignaturesIntact()).isFalse();
    assertThat(result.valid()).isFalse();
    assertThat(result.signatures())
        .anySatisfy(s -> assertThat(s.indication()).isNotEqualTo(Indication.TOTAL_PASSED));
  }

  @Test
  void dataAppendedAfterTheLastSignatureIsReportedAsAChange() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(second.pdf());
    out.write("\n% tillagt efter signering\n".getBytes());

    PdfVerification result = sealing.verifier().verify(out.toByteArray());

    assertThat(result.changedAfterLastSignature()).isTrue();
    assertThat(result.valid()).isFalse();
  }

  @Test
  void anIncrementalUpdateAfterTheLastSignatureIsReportedAsAChange() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument document = Loader.loadPDF(second.pdf())) {
      document.getDocumentInformation().setTitle("Ändrad efter signering");
      document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
      document.saveIncremental(out);
    }

    PdfVerification result = sealing.verifier().verify(out.toByteArray());

    assertThat(result.changedAfterLastSignature()).isTrue();
    assertThat(result.valid()).isFalse();
  }

  @Test
  void refusesWhatIsNotAPdf() {
    assertRefused("Detta är ingen PDF, bara text.".getBytes());
    assertRefused(new byte[0]);
  }

  @Test
  void refusesAnEncryptedPdf() throws Exception {
    assertRefused(TestDocuments.encryptedPdf());
  }

  @Test
  void refusesATruncatedPdf() {
    assertRefused(Arrays.copyOf(original, original.length / 2));
  }

  private static void assertRefused(byte[] pdf) {
    assertThatThrownBy(() -> sealing.sealer().seal(TestDocuments.request(pdf, "A", "B")))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("file"))
        .hasMessageContaining("PDF");
  }

  private static String textOf(PDDocument document, int page) throws Exception {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(document);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
