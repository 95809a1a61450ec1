package se.kansli.minutesimport;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the page breaks in text that was joined from per-page OCR output without form feeds. Such
 * dumps mark each page's start with one space at the start of its first line (the separator the
 * joining left), while the text itself is flush left. When that pattern is not clearly there, the
 * text stays one page.
 */
final class JoinedPages {

  /** Above this share of indented lines the text is indented by layout, not by page joins. */
  private static final double MAX_MARKED_SHARE = 0.2;

  private JoinedPages() {}

  static List<String> split(String text) {
    String[] lines = text.split("\n", -1);
    int marked = 0;
    int indentedOtherwise = 0;
    int nonBlank = 0;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      nonBlank++;
      if (isPageStart(line)) {
        marked++;
      } else if (Character.isWhitespace(line.charAt(0))) {
        indentedOtherwise++;
      }
    }
    if (marked < 2 || marked > nonBlank * MAX_MARKED_SHARE || indentedOtherwise > marked) {
      return List.of(text);
    }
    List<String> pages = new ArrayList<>();
    StringBuilder page = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      boolean last = i == lines.length - 1;
      if (isPageStart(lines[i]) && !page.isEmpty()) {
        pages.add(page.toString());
        page.setLength(0);
      }
      if (last && lines[i].isBlank()) {
        break;
      }
      page.append(lines[i]).append('\n');
    }
    if (!page.toString().isBlank()) {
      pages.add(page.toString());
    }
    return pages;
  }

  private static boolean isPageStart(String line) {
    return line.length() > 1 && line.charAt(0) == ' ' && !Character.isWhitespace(line.charAt(1));
  }
}
