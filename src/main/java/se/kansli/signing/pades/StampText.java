package se.kansli.signing.pades;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The line on every sealed page, as on the committee's signed minutes. */
final class StampText {

  private static final Pattern STAMP = Pattern.compile("\\(Signerat, SHA-256 ([0-9A-F]{64})\\)");

  private StampText() {}

  static String of(String approvedSha256) {
    return "(Signerat, SHA-256 " + approvedSha256 + ")";
  }

  /** The approved SHA-256 stamped on the given page (1-based), if it carries a stamp. */
  static Optional<String> findOnPage(PDDocument document, int page) {
    try {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      Matcher m = STAMP.matcher(stripper.getText(document));
      return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
