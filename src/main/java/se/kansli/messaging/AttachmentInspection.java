package se.kansli.messaging;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.Sha256;

/**
 * Checks the files of one message before anything is stored: how many, how large, and what they
 * are, judged from their bytes. A file whose name claims another type than its content (a program
 * named .pdf) is refused, since the recipient would open it trusting the name.
 */
@Component
class AttachmentInspection {

  static final int MAX_FILES = 5;
  static final int MAX_BYTES = 10 * 1024 * 1024;

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String ODT = "application/vnd.oasis.opendocument.text";

  /** The allowed types and the file name endings each may have. */
  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "application/pdf",
          Set.of("pdf"),
          "image/png",
          Set.of("png"),
          "image/jpeg",
          Set.of("jpg", "jpeg"),
          "text/plain",
          Set.of("txt"),
          DOCX,
          Set.of("docx"),
          ODT,
          Set.of("odt"));

  private static final String ALLOWED_TEXT =
      "PDF, PNG, JPEG, textfil (.txt), Word (.docx) och OpenDocument-text (.odt)";

  private final Tika tika = new Tika();

  List<ConversationRows.CheckedFile> check(List<Attachment> files) {
    List<Attachment> given = files == null ? List.of() : files;
    if (given.size() > MAX_FILES) {
      throw new InvalidInput(
          "files", "Högst " + MAX_FILES + " bilagor får skickas per meddelande.");
    }
    List<ConversationRows.CheckedFile> checked = new ArrayList<>();
    for (Attachment file : given) {
      String name = name(file.fileName());
      if (file.empty()) {
        throw new InvalidInput("files", "Filen \"" + name + "\" är tom.");
      }
      if (file.bytes().length > MAX_BYTES) {
        throw new InvalidInput(
            "files",
            "Filen \"" + name + "\" är för stor: högst " + MAX_BYTES / (1024 * 1024) + " MB.");
      }
      String type = detect(name, file.bytes());
      Set<String> endings = ALLOWED.get(type);
      if (endings == null) {
        throw new InvalidInput(
            "files",
            "Filen \""
                + name
                + "\" kan inte skickas: innehållet är av typen "
                + type
                + ". Tillåtna filer är "
                + ALLOWED_TEXT
                + ".");
      }
      if (!endings.contains(ending(name))) {
        throw new InvalidInput(
            "files",
            "Filen \""
                + name
                + "\" kan inte skickas: namnet stämmer inte med innehållet, som är av typen "
                + type
                + ". Tillåtna filer är "
                + ALLOWED_TEXT
                + ".");
      }
      checked.add(
          new ConversationRows.CheckedFile(name, type, file.bytes(), Sha256.of(file.bytes())));
    }
    return checked;
  }

  private String detect(String name, byte[] bytes) {
    String type;
    try {
      type = tika.detect(bytes);
    } catch (RuntimeException e) {
      throw new InvalidInput("files", "Filen \"" + name + "\" kunde inte läsas.");
    }
    // Tika's core detector sees a DOCX only as an Office Open XML package; the main part tells a
    // Word document from a spreadsheet or a presentation.
    if (type.equals("application/x-tika-ooxml") || type.equals("application/zip")) {
      return zipHas(bytes, "word/document.xml") ? DOCX : type;
    }
    return type;
  }

  private static boolean zipHas(byte[] bytes, String entryName) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals(entryName)) {
          return true;
        }
      }
      return false;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  /** The name without any path a browser sent along, so that it is safe to offer for download. */
  private static String name(String fileName) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.isEmpty()) {
      throw new InvalidInput("files", "En bilaga saknar filnamn.");
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  private static String ending(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
