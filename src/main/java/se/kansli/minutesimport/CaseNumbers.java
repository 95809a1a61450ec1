package se.kansli.minutesimport;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Case numbers (diarienummer) as municipalities print them: "Ärendenr 2022/9-2.2.0.1", "Dnr KS
 * 2018/124", "Dnr 941-2011", "Dnr. 2011/KS 0206 001", "Diarienummer KSKF/2014:1". The label is
 * matched folded, since OCR reads "Ärendenr" as "Arendenr" or "Drendenr".
 */
final class CaseNumbers {

  private static final Pattern LABEL =
      Pattern.compile(
          "(?<![\\p{L}])(?:[ad]rende(?:nr|nummer)|dnr|d\\.nr|diarienummer|diarienr|diarie nr"
              + ")\\s*[.:]?\\s*",
          Pattern.CASE_INSENSITIVE);

  /** The shapes seen in Swedish registries; anything else after a label is kept, less surely. */
  private static final Pattern SHAPE =
      Pattern.compile(
          String.join(
              "|",
              // 2022/9-2.2.0.1, 2018/124, 2014.123
              "\\d{4}[/.]\\d{1,6}(?:-\\d+(?:\\.\\d+)*)?",
              // KS 2018/124, BUN 2019/12-3, KS.2015.123, KS-2015-123
              "\\p{Lu}{1,8}[ .-]?\\d{4}[/.:-]\\d{1,6}(?:-\\d+(?:\\.\\d+)*)?",
              // 2011/KS 0206 001
              "\\d{4}/\\p{Lu}{1,8}[ .]?\\d{2,5}(?: \\d{3})?",
              // KSKF/2014:1
              "\\p{Lu}{2,10}/\\d{4}:\\d{1,6}",
              // 941-2011, 12-2011.123
              "\\d{1,6}-\\d{4}(?:\\.\\d+)?"));

  private static final Pattern WHOLE_SHAPE = Pattern.compile("^(?:" + SHAPE.pattern() + ")$");

  private CaseNumbers() {}

  /**
   * The case number on this line.
   *
   * @param before what precedes the label on the line (a title, say), empty when the line starts
   *     with the label or is a bare case number
   */
  record Found(String caseNumber, String before, boolean knownShape, boolean labelled) {}

  static Optional<Found> in(String line) {
    Matcher label = LABEL.matcher(Fold.of(line));
    if (label.find() && startsWord(line, label.start())) {
      String before = line.substring(0, label.start()).strip();
      String after = normalise(line.substring(label.end()));
      if (after.isEmpty()) {
        return Optional.empty();
      }
      Matcher shape = SHAPE.matcher(after);
      if (shape.lookingAt()) {
        return Optional.of(new Found(shape.group(), before, true, true));
      }
      return Optional.of(new Found(firstWords(after), before, false, true));
    }
    String bare = normalise(line);
    if (WHOLE_SHAPE.matcher(bare).matches() && !looksLikeDate(bare)) {
      return Optional.of(new Found(bare, "", true, false));
    }
    return Optional.empty();
  }

  private static boolean startsWord(String line, int start) {
    return start == 0 || !Character.isLetterOrDigit(line.charAt(start - 1));
  }

  /** Spacing normalised: one space, none around "/" and "-" between digits. */
  private static String normalise(String text) {
    return text.strip()
        .replaceAll("\\s+", " ")
        .replaceAll("(?<=\\d) ?([/:-]) ?(?=\\d)", "$1")
        .replaceAll("[.,;]$", "");
  }

  private static String firstWords(String text) {
    String[] words = text.split(" ");
    return String.join(" ", Arrays.copyOf(words, Math.min(words.length, 3)));
  }

  private static boolean looksLikeDate(String text) {
    return text.matches("\\d{4}-\\d{2}-\\d{2}");
  }
}
