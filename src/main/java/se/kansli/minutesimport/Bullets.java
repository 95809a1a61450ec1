package se.kansli.minutesimport;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bullet characters at the start of a line, including what OCR makes of "•": "e", "o", "o)", "¢",
 * "*" or ".". A lone "e" or "o" followed by a space is no Swedish word, so it is safe to read as a
 * bullet; "o s v" is the one exception.
 */
final class Bullets {

  private static final Pattern BULLET =
      Pattern.compile("^(?:[•·●▪■□◦○‣∙¢*»>+~]|[-–—]|[eoO]\\)?|\\.|»)\\s+(?=\\S)");

  private Bullets() {}

  /** The line without its bullet, or the line itself when it has none. */
  static String strip(String line) {
    Matcher m = BULLET.matcher(line);
    if (!m.find() || isAbbreviation(line)) {
      return line;
    }
    return line.substring(m.end());
  }

  static boolean hasBullet(String line) {
    return BULLET.matcher(line).find() && !isAbbreviation(line);
  }

  private static boolean isAbbreviation(String line) {
    return line.startsWith("o s v") || line.startsWith("o.s.v");
  }
}
