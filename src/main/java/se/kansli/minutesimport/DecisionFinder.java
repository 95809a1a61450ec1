package se.kansli.minutesimport;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a decision written without a heading: a paragraph that opens with "<body> beslutar"
 * ("Kommunfullmäktige beslutar att …", "Nämnden beslöt …"), with the "att"-clauses and bullets that
 * follow it.
 */
final class DecisionFinder {

  private static final Pattern OPENING =
      Pattern.compile(
          "^(?:[\\p{L}\\-]+ ?){1,4}\\s+(?:beslutar|beslot|beslutade|beslutar for egen del)\\b.*");
  private static final Pattern CLAUSE = Pattern.compile("^(?:att|-|–|•)\\s.*");

  /** Lines {@code from} (inclusive) to {@code to} (exclusive) of the searched lines. */
  record Span(int from, int to) {}

  private DecisionFinder() {}

  static Optional<Span> find(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (startsParagraph(lines, i) && OPENING.matcher(Fold.of(lines.get(i))).matches()) {
        return Optional.of(new Span(i, endOf(lines, i)));
      }
    }
    return Optional.empty();
  }

  private static boolean startsParagraph(List<String> lines, int i) {
    if (lines.get(i).isEmpty()) {
      return false;
    }
    return i == 0 || lines.get(i - 1).isEmpty() || Reflow.endsSentence(lines.get(i - 1));
  }

  /** The paragraph, and after it each paragraph that is an "att"-clause or a bullet. */
  private static int endOf(List<String> lines, int start) {
    int end = paragraphEnd(lines, start);
    while (true) {
      int next = end;
      while (next < lines.size() && lines.get(next).isEmpty()) {
        next++;
      }
      if (next >= lines.size() || !isClause(lines.get(next))) {
        return end;
      }
      end = paragraphEnd(lines, next);
    }
  }

  private static int paragraphEnd(List<String> lines, int start) {
    int end = start;
    while (end < lines.size() && !lines.get(end).isEmpty()) {
      end++;
    }
    return end;
  }

  private static boolean isClause(String line) {
    return CLAUSE.matcher(Fold.of(line)).matches() || Bullets.hasBullet(line);
  }
}
