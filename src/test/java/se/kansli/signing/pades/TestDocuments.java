package se.kansli.signing.pades;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** Real PDFs and a real local CA for the sealing tests, made fresh under target/. */
final class TestDocuments {

  static final String ORGANISATION = "Norrbottens e-nämnd";

  private TestDocuments() {}

  /** A local CA, sealer and verifier as the application wires them, in a new directory. */
  record Sealing(LocalCertificateAuthority ca, PdfSealer sealer, PdfVerifier verifier) {

    static Sealing fresh() {
      Path directory = Path.of("target", "signing-test", UUID.randomUUID().toString());
      SigningProperties properties =
          new SigningProperties(
              new SigningProperties.LocalTrust(directory.toString(), true), null, null, null);
      LocalCertificateAuthority ca = new LocalCertificateAuthority(directory);
      PadesConfiguration configuration = new PadesConfiguration();
      return new Sealing(
          ca, configuration.pdfSealer(properties, ca), configuration.pdfVerifier(properties, ca));
    }
  }

  static SealRequest request(byte[] pdf, String name, String role) {
    return new SealRequest(
        pdf,
        "Protokoll e-nämnden 2022-06-22",
        ORGANISATION,
        List.of(
            new SealRequest.Signer(name, role, Instant.parse("2022-06-22T12:03:00Z"), "BankID")));
  }

  /** Minutes of a few pages, PDF/A-2B, text in the bundled DejaVu Sans. */
  static byte[] pdfA2Minutes() {
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= 40; i++) {
      body.append("<p>§ ")
          .append(i)
          .append(" E-nämnden beslutar att ta med revisionens synpunkter och rekommendationer i")
          .append(" nämndens utvecklingsarbete. Åtgärder följs upp på nästa sammanträde.</p>");
    }
    String html =
        """
        <!DOCTYPE html>
        <html lang="sv"><head><title>Protokoll e-nämnden 2022-06-22</title>
        <style>body { font-family: 'DejaVu Sans'; font-size: 11pt; }</style></head>
        <body><h1>Sammanträdesprotokoll</h1>%s</body></html>
        """
            .formatted(body);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
      builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
      builder.useFont(
          (FSSupplier<InputStream>)
              () -> TestDocuments.class.getResourceAsStream("/fonts/DejaVuSans.ttf"),
          "DejaVu Sans");
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] encryptedPdf() throws IOException {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("ägarlösen", "", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}
