package se.kansli.minutesimport;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Splits the input into cleaned lines and tells which page each line was on. */
final class SourceLines {

  private SourceLines() {}

  static List<SourceLine> of(MinutesText text) {
    List<String> pages = text.pages();
    if (text.source() == MinutesText.Source.TEXT && pages.size() == 1) {
      pages = JoinedPages.split(pages.getFirst());
    }
    List<SourceLine> lines = new ArrayList<>();
    for (int page = 0; page < pages.size(); page++) {
      for (String raw : pages.get(page).split("\r\n|\r|\n", -1)) {
        lines.add(new SourceLine(lines.size(), page, clean(raw)));
      }
    }
    return lines;
  }

  /**
   * The line with what OCR and PDF extraction add and a reader does not see: tabs and no-break
   * spaces become spaces, soft hyphens and control characters go, ligatures are spelt out, runs of
   * spaces become one.
   */
  static String clean(String raw) {
    String text = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : nfc(raw);
    StringBuilder out = new StringBuilder(text.length());
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (!space) {
          out.append(' ');
          space = true;
        }
        continue;
      }
      if (c == '\u00AD' || Character.isISOControl(c) || c == '\uFEFF' || c == '\u200B') {
        continue;
      }
      space = false;
      switch (c) {
        case '\uFB00' -> out.append("ff");
        case '\uFB01' -> out.append("fi");
        case '\uFB02' -> out.append("fl");
        case '\uFB03' -> out.append("ffi");
        case '\uFB04' -> out.append("ffl");
        default -> out.append(c);
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    out.setLength(end);
    return out.toString();
  }

  private static String nfc(String raw) {
    return Normalizer.normalize(raw, Normalizer.Form.NFC);
  }
}
