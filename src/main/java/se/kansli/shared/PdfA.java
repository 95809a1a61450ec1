package se.kansli.shared;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Writes an XHTML page as a tagged PDF/A-2a document. Minutes are kept for ever (PDF/A: every font
 * embedded, an sRGB output intent, XMP metadata) and must be readable with a screen reader (the
 * tags give headings, lists and tables their roles, and the running header and footer are marked as
 * artifacts). Fonts are the bundled DejaVu Sans, so the result does not depend on the server.
 * Shared because every capability that files a document for keeping (minutes, the budget's invoice
 * basis) needs the same archival form.
 */
public final class PdfA {

  private static final String FONT_FAMILY = "DejaVu Sans";
  private static final byte[] REGULAR = resource("/fonts/DejaVuSans.ttf");
  private static final byte[] BOLD = resource("/fonts/DejaVuSans-Bold.ttf");
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private PdfA() {}

  public static byte[] write(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfAConformance(PdfAConformance.PDFA_2_A);
    builder.usePdfUaAccessibility(true);
    builder.useColorProfile(SRGB);
    builder.useFont(font(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
    builder.useFont(font(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
    // The page is complete in itself; nothing it names is fetched, whatever a text contains.
    builder.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    builder.withProducer("Kansli");
    builder.withHtmlContent(xhtml, null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Kunde inte skapa PDF", e);
    }
    return out.toByteArray();
  }

  private static FSSupplier<InputStream> font(byte[] bytes) {
    return () -> new ByteArrayInputStream(bytes);
  }

  private static byte[] resource(String path) {
    try (InputStream in = PdfA.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Saknar " + path + " i programmet");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
