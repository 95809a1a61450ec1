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

  /** How often the word (folded, four letters or more) occurs in the input. */
  int count(String word) {
    return counts.getOrDefault(word, 0);
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
