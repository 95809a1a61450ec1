package se.kansli.minutesimport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Turns a field's lines back into text: the lines of a paragraph are joined (also across a page
 * break or a blank line OCR put in mid-sentence), bullets start lines of their own, and short lines
 * that end early (table rows, list lines) keep their line breaks. Paragraphs are separated by a
 * blank line.
 */
final class Reflow {

  /** A line this much shorter than a full line ended early on purpose. */
  private static final double SHORT_LINE = 0.6;

  /** Words a line cannot end with when the sentence ends there too. */
  private static final Set<String> CONNECTORS =
      Set.of(
          "och", "av", "for", "i", "med", "till", "om", "samt", "pa", "vid", "fran", "inom",
          "enligt", "eller", "att", "en", "ett", "den", "det", "de", "under", "mot", "over", "som",
          "dar", "sa", "per", "utan", "efter", "innan", "mellan", "hos", "genom", "kring", "ar");

  /** "guide- och kursproduktion": a hyphen before these words shares a suffix, keep the space. */
  private static final Set<String> SHARED_SUFFIX =
      Set.of("och", "eller", "samt", "respektive", "resp", "som", "till");

  private final int fullWidth;

  Reflow(int fullWidth) {
    this.fullWidth = Math.max(20, fullWidth);
  }

  /** The width of a full line of this text: nine in ten non-blank lines are no longer. */
  static Reflow forLines(List<SourceLine> lines) {
    int[] lengths =
        lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.text().length()).toArray();
    if (lengths.length == 0) {
      return new Reflow(60);
    }
    Arrays.sort(lengths);
    return new Reflow(lengths[(int) (lengths.length * 0.9)]);
  }

  String text(List<String> lines) {
    StringBuilder out = new StringBuilder();
    String previous = null;
    boolean gap = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        gap = previous != null;
        continue;
      }
      boolean bullet = Bullets.hasBullet(line);
      if (previous != null && !bullet && !startsList(lines, i) && continues(previous, line, gap)) {
        join(out, line);
      } else {
        if (!out.isEmpty()) {
          out.append(gap ? "\n\n" : "\n");
        }
        out.append(bullet ? "• " + Bullets.strip(line) : line);
      }
      previous = line;
      gap = false;
    }
    return out.toString();
  }

  /**
   * Two short capitalised lines in a row are a list (members and their votes, names, dates), not
   * the end of a paragraph: each keeps its line.
   */
  private boolean startsList(List<String> lines, int i) {
    return i + 1 < lines.size()
        && isShortItem(lines.get(i))
        && !lines.get(i + 1).isEmpty()
        && isShortItem(lines.get(i + 1));
  }

  private boolean isShortItem(String line) {
    return line.length() < fullWidth * SHORT_LINE && !startsLowerCase(line) && !line.isEmpty();
  }

  /** One entry per line or bullet; a line that starts in lower case continues the entry above. */
  List<String> entries(List<String> lines) {
    List<StringBuilder> entries = new ArrayList<>();
    String previous = null;
    for (String line : lines) {
      if (line.isEmpty()) {
        continue;
      }
      boolean bullet = Bullets.hasBullet(line);
      String text = Bullets.strip(line);
      if (previous != null
          && !bullet
          && (startsLowerCase(text) || endsWithConnector(previous))
          && !endsSentence(previous)) {
        join(entries.getLast(), text);
      } else {
        entries.add(new StringBuilder(text));
      }
      previous = text;
    }
    return entries.stream().map(StringBuilder::toString).toList();
  }

  private boolean continues(String previous, String next, boolean gap) {
    if (endsWithConnector(previous) || previous.endsWith("-")) {
      return true;
    }
    if (gap) {
      return !endsSentence(previous) && startsLowerCase(next);
    }
    if (previous.endsWith(":")) {
      return false;
    }
    if (startsLowerCase(next) || Character.isDigit(next.charAt(0))) {
      return true;
    }
    // "Grundfinansiering 1127000" above "E-arkiv 322000": rows of a table, whatever their length.
    if (Character.isDigit(previous.charAt(previous.length() - 1))) {
      return false;
    }
    return previous.length() >= fullWidth * SHORT_LINE;
  }

  private static void join(StringBuilder out, String next) {
    int end = out.length();
    boolean hyphenated =
        end >= 2 && out.charAt(end - 1) == '-' && Character.isLetter(out.charAt(end - 2));
    if (hyphenated
        && Character.isLetter(next.charAt(0))
        && !SHARED_SUFFIX.contains(firstWord(next))) {
      out.append(next);
    } else {
      out.append(' ').append(next);
    }
  }

  private static String firstWord(String text) {
    int space = text.indexOf(' ');
    return Fold.of(space < 0 ? text : text.substring(0, space));
  }

  static boolean endsSentence(String line) {
    char last = line.charAt(line.length() - 1);
    return ".!?:;”\"»".indexOf(last) >= 0;
  }

  static boolean endsWithConnector(String line) {
    int space = line.lastIndexOf(' ');
    return CONNECTORS.contains(Fold.of(line.substring(space + 1)));
  }

  static boolean startsLowerCase(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        return Character.isLowerCase(c);
      }
      if (Character.isDigit(c)) {
        return false;
      }
    }
    return false;
  }
}
