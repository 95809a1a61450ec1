package se.kansli.minutesimport;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import se.kansli.minutesimport.MinutesImportFailure.Reason;

/**
 * Decodes a text file. Old exports are often windows-1252 or ISO-8859-1 rather than UTF-8, so a
 * file that is not valid UTF-8 is tried in those before it is given up on; binary data is refused
 * rather than decoded into nonsense.
 */
final class TextDecoding {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Share of control characters above which bytes are taken for binary data, not text. */
  private static final double MAX_CONTROL_SHARE = 0.01;

  private TextDecoding() {}

  static MinutesText decode(byte[] bytes) {
    List<String> warnings = new ArrayList<>();
    String text = decodeText(bytes, warnings);
    if (text.isBlank()) {
      throw new MinutesImportFailure(Reason.EMPTY, "Filen är tom: den innehåller ingen text.");
    }
    if (looksBinary(text)) {
      throw new MinutesImportFailure(
          Reason.BINARY, "Filen innehåller binära data och är varken text eller PDF.");
    }
    // A form feed is the page break of text exports: keep the pages apart.
    List<String> pages = Arrays.asList(text.split("\f"));
    return new MinutesText(pages, MinutesText.Source.TEXT, warnings);
  }

  private static String decodeText(byte[] bytes, List<String> warnings) {
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      return new String(bytes, StandardCharsets.UTF_16);
    }
    if (containsNul(bytes)) {
      throw new MinutesImportFailure(
          Reason.BINARY, "Filen innehåller binära data och är varken text eller PDF.");
    }
    int bom = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    return strictly(StandardCharsets.UTF_8, bytes, bom)
        .or(() -> legacy(WINDOWS_1252, bytes, warnings))
        .orElseGet(() -> {
          warnings.add("Filen var inte i UTF-8 och lästes som ISO-8859-1.");
          return new String(bytes, StandardCharsets.ISO_8859_1);
        });
  }

  private static Optional<String> legacy(Charset charset, byte[] bytes, List<String> warnings) {
    Optional<String> text = strictly(charset, bytes, 0);
    text.ifPresent(t -> warnings.add("Filen var inte i UTF-8 och lästes som " + charset + "."));
    return text;
  }

  /** The text, or empty when the bytes are not valid in this encoding. */
  private static Optional<String> strictly(Charset charset, byte[] bytes, int offset) {
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean looksBinary(String text) {
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean layout = c == '\n' || c == '\r' || c == '\t' || c == '\f';
      if ((c < 0x20 && !layout) || (c >= 0x7F && c < 0xA0) || c == '\uFFFD') {
        control++;
      }
    }
    return control > text.length() * MAX_CONTROL_SHARE;
  }

  private static boolean containsNul(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
