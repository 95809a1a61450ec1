package se.kansli.registry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.kansli.shared.InvalidInput;

/**
 * Checks an uploaded file against the upload rules, with its type detected from its bytes, and
 * pulls out its text for full-text search.
 */
@Component
class FileInspection {

  /** PostgreSQL's tsvector holds at most 1 MB; the start of a long file is enough to find it. */
  static final int MAX_SEARCH_TEXT = 300_000;

  private static final Logger log = LoggerFactory.getLogger(FileInspection.class);

  private final Tika tika = new Tika();
  private final UploadRules rules;

  FileInspection(UploadRules rules) {
    this.rules = rules;
  }

  /** The detected media type, or a Swedish refusal naming the "file" field. */
  String check(UploadedFile file) {
    if (file == null || file.empty()) {
      throw new InvalidInput("file", "Välj en fil att ladda upp.");
    }
    if (file.bytes().length > rules.maxSize().toBytes()) {
      throw new InvalidInput(
          "file", "Filen är för stor: högst " + rules.maxSize().toMegabytes() + " MB är tillåtet.");
    }
    String type = detect(file);
    if (!rules.allowedTypes().contains(type)) {
      throw new InvalidInput("file", "Filtypen " + type + " är inte tillåten i diariet.");
    }
    return type;
  }

  private String detect(UploadedFile file) {
    Metadata metadata = new Metadata();
    // The name only breaks ties between formats with the same bytes (csv vs text); it never
    // overrides what the bytes say.
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.fileName());
    try {
      String byBytes = tika.detect(file.bytes());
      String withName =
          tika.getDetector().detect(new ByteArrayInputStream(file.bytes()), metadata).toString();
      return byBytes.equals("text/plain") && withName.startsWith("text/") ? withName : byBytes;
    } catch (IOException e) {
      throw new InvalidInput("file", "Filen kunde inte läsas.");
    }
  }

  /** Text for search: PDF text layer or plain text; nothing for other types. */
  String text(String contentType, byte[] bytes) {
    String text =
        switch (contentType) {
          case "application/pdf" -> pdfText(bytes);
          case "text/plain", "text/csv", "application/xml" -> decode(bytes);
          default -> "";
        };
    text = text.replace('\u0000', ' ');
    return text.length() > MAX_SEARCH_TEXT ? text.substring(0, MAX_SEARCH_TEXT) : text;
  }

  private static String pdfText(byte[] bytes) {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(pdf);
    } catch (IOException e) {
      // A damaged or encrypted PDF is still a registered document; it just cannot be searched.
      log.warn("Could not read the text of a PDF: {}", e.getMessage());
      return "";
    }
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      // Older Swedish systems write ISO-8859-1; every byte sequence is valid in it.
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }
}
