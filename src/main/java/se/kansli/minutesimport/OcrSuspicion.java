package se.kansli.minutesimport;

import java.util.regex.Pattern;

/**
 * How suspicious a word looks as OCR output, with no dictionary: digits inside words ("f6r",
 * "l6sningar", "{6ljs") and letters inside numbers ("2O23"), stray symbols against letters ("&r",
 * "@ndamalsenlig"), doubled or run-together capitals ("Kkostnader", "DProjekt"), and accents that
 * Swedish rarely has inside a word, where OCR puts them for å, ä and ö ("Géllivare", "stéller").
 */
final class OcrSuspicion {

  private static final Pattern DIGIT_IN_WORD =
      Pattern.compile("\\p{Ll}\\d|\\d\\p{Ll}{2,}|\\p{Ll}\\d\\p{Ll}|\\d[OoIlS]\\d");
  private static final Pattern STRAY_SYMBOL =
      Pattern.compile("[{}@&|\\\\¢©®~^][\\p{L}\\d]|\\p{L}[{}@&|\\\\¢©®~^]");
  private static final String ODD_ACCENTS = "éèêëáàâíìúùç";

  private OcrSuspicion() {}

  /** 0 for a plausible word, 1 for a clear misreading, 0.5 for a likely one. */
  static double of(String token) {
    if (isPlainWord(token)) {
      return plainWord(token);
    }
    if (STRAY_SYMBOL.matcher(token).find()) {
      return 1;
    }
    double suspicion = 0;
    for (String part : token.split("[/\\-:.,;()\"”“'’]+")) {
      suspicion = Math.max(suspicion, ofPart(part));
    }
    return suspicion;
  }

  private static double ofPart(String part) {
    if (part.length() < 2) {
      return 0;
    }
    if (DIGIT_IN_WORD.matcher(part).find()) {
      return 1;
    }
    if (runTogetherCapitals(part) || doubledCapital(part)) {
      return 1;
    }
    return oddAccent(part);
  }

  /** Letters only, the common case: no need for the patterns that look for digits and symbols. */
  private static boolean isPlainWord(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isLetter(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static double plainWord(String word) {
    if (word.length() < 2) {
      return 0;
    }
    if (doubledCapital(word) || runTogetherCapitals(word)) {
      return 1;
    }
    return oddAccent(word);
  }

  private static boolean runTogetherCapitals(String word) {
    return word.length() >= 4
        && Character.isUpperCase(word.charAt(0))
        && Character.isUpperCase(word.charAt(1))
        && word.chars().skip(2).allMatch(Character::isLowerCase);
  }

  private static double oddAccent(String part) {
    for (int i = 0; i < part.length() - 1; i++) {
      if (ODD_ACCENTS.indexOf(part.charAt(i)) >= 0 && Character.isLetter(part.charAt(i + 1))) {
        return 0.5;
      }
    }
    return 0;
  }

  /** "Kkostnader": a capital followed by the same letter in lower case. */
  private static boolean doubledCapital(String part) {
    char first = part.charAt(0);
    return Character.isUpperCase(first)
        && part.length() > 3
        && Character.toLowerCase(first) == part.charAt(1);
  }
}
