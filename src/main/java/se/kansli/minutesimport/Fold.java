package se.kansli.minutesimport;

/**
 * The comparison form of OCR text: lower case, with å, ä, ö and accented letters folded to their
 * base letter. OCR of old minutes loses or garbles diacritics ("namnden", "nämnden", "némnden"), so
 * headings and words are compared folded.
 */
final class Fold {

  private Fold() {}

  static String of(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      out.append(letter(Character.toLowerCase(text.charAt(i))));
    }
    return out.toString();
  }

  static char letter(char c) {
    return switch (c) {
      case 'å', 'ä', 'à', 'á', 'â', 'ã', 'æ' -> 'a';
      case 'ö', 'ó', 'ò', 'ô', 'õ', 'ø' -> 'o';
      case 'é', 'è', 'ê', 'ë' -> 'e';
      case 'ü', 'ú', 'ù', 'û' -> 'u';
      case 'í', 'ì', 'î', 'ï' -> 'i';
      default -> c;
    };
  }

  /** Folded, with everything but letters, digits and single spaces removed: a heading's key. */
  static String key(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = letter(Character.toLowerCase(text.charAt(i)));
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
        space = false;
      } else if (!space && (c == ' ' || c == '-' || c == '/')) {
        out.append(' ');
        space = true;
      }
    }
    int end = out.length();
    if (end > 0 && out.charAt(end - 1) == ' ') {
      out.setLength(end - 1);
    }
    return out.toString();
  }
}
