package se.kansli.minutesimport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How often each word (folded) occurs in the whole input. A correctly read word tends to recur, in
 * the other reading of the same text or elsewhere; a misreading tends to occur once. This lets the
 * document serve as its own dictionary, whatever its municipality or subject.
 */
final class WordFrequencies {

  private static final int MIN_LENGTH = 4;
  private static final double LN_2 = Math.log(2);

  private final Map<String, Integer> counts;

  private WordFrequencies(Map<String, Integer> counts) {
    this.counts = counts;
  }

  static WordFrequencies of(List<SourceLine> lines) {
    Map<String, Integer> counts = new HashMap<>();
    for (SourceLine line : lines) {
      forEachWord(line.text(), word -> counts.merge(word, 1, Integer::sum));
    }
    return new WordFrequencies(counts);
  }

  /** Words of four letters or more that occur only once in the input. */
  int rareWords(String text) {
    int[] rare = {0};
    forEachWord(text, word -> rare[0] += counts.getOrDefault(word, 0) <= 1 ? 1 : 0);
    return rare[0];
  }

  /**
   * How common the text's words are in the input: the sum of log₂ of each word's count. Between two
   * readings of the same text, the one whose words recur more is the more dictionary-like.
   */
  double commonness(String text) {
    double[] sum = {0};
    forEachWord(text, word -> sum[0] += Math.log(counts.getOrDefault(word, 1)) / LN_2);
    return sum[0];
  }

  static void forEachWord(String text, Consumer<String> action) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        word.append(Fold.letter(Character.toLowerCase(c)));
      } else {
        if (word.length() >= MIN_LENGTH) {
          action.accept(word.toString());
        }
        word.setLength(0);
      }
    }
  }
}
