package se.kansli.signing.pades;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Makes the approval visible in the document itself: a signature page listing the title, the
 * approved SHA-256 and every signer, and on every page (the signature page too) the line
 * "(Signerat, SHA-256 …)" in small text at the bottom margin. Text is set in the bundled DejaVu
 * Sans, embedded as a subset, so that a PDF/A-2 document stays PDF/A-2 (ISO 19005-2 6.2.11.4
 * requires every font to be embedded); nothing is transparent and the XMP metadata is kept.
 */
final class ApprovalStamp {

  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final float STAMP_SIZE = 7f;
  private static final float STAMP_BASELINE = 12f;
  private static final float MARGIN = 56f;
  private static final byte[] FONT = readFont();

  private ApprovalStamp() {}

  static void apply(PDDocument document, SealRequest request, String approvedSha256)
      throws IOException {
    PDFont font = PDType0Font.load(document, new ByteArrayInputStream(FONT), true);
    ensureOutputIntentForPdfA(document);
    appendSignaturePage(document, request, approvedSha256, font);
    for (PDPage page : document.getPages()) {
      stamp(document, page, StampText.of(approvedSha256), font);
    }
  }

  private static void stamp(PDDocument document, PDPage page, String text, PDFont font)
      throws IOException {
    PDRectangle box = page.getCropBox();
    float size = STAMP_SIZE;
    float width = width(font, text, size);
    if (width > box.getWidth() - 20) {
      size = size * (box.getWidth() - 20) / width;
      width = width(font, text, size);
    }
    try (PDPageContentStream out =
        new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
      out.beginText();
      out.setFont(font, size);
      out.newLineAtOffset(
          box.getLowerLeftX() + (box.getWidth() - width) / 2, box.getLowerLeftY() + STAMP_BASELINE);
      out.showText(text);
      out.endText();
    }
  }

  private static void appendSignaturePage(
      PDDocument document, SealRequest request, String approvedSha256, PDFont font)
      throws IOException {
    PDRectangle size = document.getPage(0).getMediaBox();
    Lines lines = new Lines(font, size.getWidth() - 2 * MARGIN);
    lines.add("Signaturer", 16);
    lines.gap();
    lines.add("Dokument: " + request.title(), 11);
    lines.add("SHA-256 för det godkända dokumentet:", 10);
    lines.add(approvedSha256, 8.5f);
    lines.gap();
    for (SealRequest.Signer signer : request.signers()) {
      lines.add(signer.name() + ", " + signer.role(), 11);
      lines.add(
          "Signerat "
              + TIME.format(signer.signedAt().atZone(SWEDEN))
              + " (svensk tid) med "
              + signer.method(),
          10);
      lines.gap();
    }
    lines.add(
        "Dokumentet är försett med elektroniskt sigill (PAdES) för "
            + request.organisation()
            + " med tidsstämpel. Sigillet visar att dokumentet inte har ändrats efter"
            + " signeringen.",
        9);
    writePages(document, size, lines.all, font);
  }

  /** Writes the lines from the top of new pages, starting another page when one is full. */
  private static void writePages(
      PDDocument document, PDRectangle size, List<Line> lines, PDFont font) throws IOException {
    int next = 0;
    while (next < lines.size()) {
      PDPage page = new PDPage(new PDRectangle(size.getWidth(), size.getHeight()));
      document.addPage(page);
      try (PDPageContentStream out = new PDPageContentStream(document, page)) {
        float y = size.getHeight() - MARGIN;
        while (next < lines.size() && y - lines.get(next).size * 1.4f > MARGIN) {
          Line line = lines.get(next++);
          y -= line.size * 1.4f;
          if (line.text.isEmpty()) {
            continue;
          }
          out.beginText();
          out.setFont(font, line.size);
          out.newLineAtOffset(MARGIN, y);
          out.showText(line.text);
          out.endText();
        }
      }
    }
  }

  /**
   * A PDF/A file that declares no output intent may use no device colours (ISO 19005-2 6.2.4.3);
   * the stamp's black text is DeviceGray, so such a file gets the sRGB output intent.
   */
  private static void ensureOutputIntentForPdfA(PDDocument document) throws IOException {
    var catalog = document.getDocumentCatalog();
    boolean pdfA =
        catalog.getMetadata() != null
            && new String(
                    catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8)
                .contains("pdfaid:part");
    if (pdfA && catalog.getOutputIntents().isEmpty()) {
      byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
      PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(srgb));
      intent.setInfo("sRGB IEC61966-2.1");
      intent.setOutputCondition("sRGB IEC61966-2.1");
      intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
      intent.setRegistryName("http://www.color.org");
      intent.getCOSObject().setItem(COSName.S, COSName.getPDFName("GTS_PDFA1"));
      catalog.addOutputIntent(intent);
    }
  }

  private static float width(PDFont font, String text, float size) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }

  private static byte[] readFont() {
    try (InputStream in = ApprovalStamp.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
      if (in == null) {
        throw new IllegalStateException("fonts/DejaVuSans.ttf is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Line(String text, float size) {}

  /** Word-wraps text to the page width. */
  private static final class Lines {
    private final PDFont font;
    private final float width;
    private final List<Line> all = new ArrayList<>();

    Lines(PDFont font, float width) {
      this.font = font;
      this.width = width;
    }

    void gap() {
      all.add(new Line("", 6));
    }

    void add(String text, float size) throws IOException {
      StringBuilder line = new StringBuilder();
      for (String word : clean(text).split(" ")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (!line.isEmpty() && width(font, candidate, size) > width) {
          all.add(new Line(line.toString(), size));
          line = new StringBuilder(word);
        } else {
          line = new StringBuilder(candidate);
        }
      }
      all.add(new Line(line.toString(), size));
    }

    /** Control characters (a newline in a title) cannot be shown with showText. */
    private static String clean(String text) {
      return text == null ? "" : text.replaceAll("\\p{Cntrl}+", " ").strip();
    }
  }
}
