package se.kansli.minutesimport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import se.kansli.minutesimport.MinutesImportFailure.Reason;

/**
 * The text layer of a PDF, page by page, so that the parser knows where pages end. A scanned PDF
 * has no text layer; it is refused with a request to OCR it first, rather than parsed into nothing.
 */
final class PdfTextLayer {

  /** Fewer letters than this on a page means no text layer: a scan, at most a stamp or a number. */
  private static final int MIN_LETTERS_PER_PAGE = 20;

  private PdfTextLayer() {}

  static boolean isPdf(byte[] bytes) {
    // The header may follow a few bytes of junk; readers look within the first kilobyte.
    int end = Math.min(bytes.length - 5, 1024);
    for (int i = 0; i <= end; i++) {
      if (bytes[i] == '%'
          && bytes[i + 1] == 'P'
          && bytes[i + 2] == 'D'
          && bytes[i + 3] == 'F'
          && bytes[i + 4] == '-') {
        return true;
      }
    }
    return false;
  }

  static MinutesText read(byte[] bytes) {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      return textOf(document);
    } catch (InvalidPasswordException e) {
      throw new MinutesImportFailure(
          Reason.DAMAGED_PDF, "PDF-filen är lösenordsskyddad och kan inte läsas.", e);
    } catch (IOException e) {
      throw new MinutesImportFailure(
          Reason.DAMAGED_PDF, "PDF-filen är skadad och kunde inte läsas: " + e.getMessage(), e);
    }
  }

  private static MinutesText textOf(PDDocument document) throws IOException {
    int pageCount = document.getNumberOfPages();
    if (pageCount == 0) {
      throw new MinutesImportFailure(Reason.EMPTY, "PDF-filen har inga sidor.");
    }
    PDFTextStripper stripper = new PDFTextStripper();
    // Header boxes and tables are laid out in columns: reading by position keeps a row on a line.
    stripper.setSortByPosition(true);
    List<String> pages = new ArrayList<>(pageCount);
    List<Integer> pagesWithoutText = new ArrayList<>();
    for (int page = 1; page <= pageCount; page++) {
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      String text = stripper.getText(document);
      pages.add(text);
      if (letters(text) < MIN_LETTERS_PER_PAGE) {
        pagesWithoutText.add(page);
      }
    }
    if (pagesWithoutText.size() == pageCount) {
      throw new MinutesImportFailure(
          Reason.NEEDS_OCR,
          "PDF-filen saknar textlager (den är troligen skannad) och behöver OCR-tolkas innan den"
              + " kan läsas in.");
    }
    List<String> warnings = new ArrayList<>();
    if (!pagesWithoutText.isEmpty()) {
      warnings.add(
          "Sidorna %s i PDF-filen saknar text och behöver OCR-tolkas; deras innehåll saknas."
              .formatted(pagesWithoutText));
    }
    return new MinutesText(pages, MinutesText.Source.PDF, warnings);
  }

  private static int letters(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        count++;
      }
    }
    return count;
  }
}
