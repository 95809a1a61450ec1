package se.kansli.signing.pades;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import se.kansli.shared.InvalidInput;

/**
 * Opens a PDF that is to be sealed, refusing what cannot be sealed honestly: other file types,
 * encrypted PDFs (their content cannot be stamped, and a password would be needed to read them) and
 * damaged or truncated files, which PDFBox would otherwise often repair silently.
 */
final class PdfInput {

  private static final String FIELD = "file";
  private static final int HEADER_WINDOW = 1024;
  private static final int TRAILER_WINDOW = 1024;

  private PdfInput() {}

  /** The parsed document; the caller closes it. */
  static PDDocument open(byte[] bytes) {
    if (bytes == null || !contains(bytes, 0, HEADER_WINDOW, "%PDF-")) {
      throw new InvalidInput(FIELD, "Filen är ingen PDF. Endast PDF-filer kan signeras.");
    }
    // ISO 32000-1 7.5.5: a PDF ends with %%EOF; without it the file was cut off.
    if (!contains(bytes, Math.max(0, bytes.length - TRAILER_WINDOW), bytes.length, "%%EOF")) {
      throw new InvalidInput(
          FIELD, "PDF-filen är ofullständig (avkortad) och kan inte signeras. Ladda upp den igen.");
    }
    PDDocument document;
    try {
      document = Loader.loadPDF(bytes);
    } catch (InvalidPasswordException e) {
      throw encrypted();
    } catch (IOException | RuntimeException e) {
      throw new InvalidInput(
          FIELD, "PDF-filen är skadad och kan inte läsas, så den kan inte signeras.");
    }
    if (document.isEncrypted()) {
      close(document);
      throw encrypted();
    }
    if (document.getNumberOfPages() == 0) {
      close(document);
      throw new InvalidInput(FIELD, "PDF-filen har inga sidor och kan inte signeras.");
    }
    return document;
  }

  private static InvalidInput encrypted() {
    return new InvalidInput(
        FIELD,
        "PDF-filen är krypterad eller lösenordsskyddad och kan inte signeras. Spara en version"
            + " utan lösenord och kryptering.");
  }

  private static boolean contains(byte[] bytes, int from, int to, String marker) {
    byte[] needle = marker.getBytes(StandardCharsets.US_ASCII);
    int end = Math.min(to, bytes.length) - needle.length;
    for (int i = from; i <= end; i++) {
      if (Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
        return true;
      }
    }
    return false;
  }

  private static void close(PDDocument document) {
    try {
      document.close();
    } catch (IOException ignored) {
      // Only read from memory; nothing to release.
    }
  }
}
