package se.kansli.minutesimport;

import java.util.HashMap;
import java.util.Map;

/**
 * The {@link ReadingQuality} of each text of one parse, computed once: the item reader asks for a
 * field's quality to set its confidence, the merger again to choose between readings.
 */
final class ReadingQualities {

  private final WordFrequencies frequencies;
  private final Map<String, ReadingQuality> known = new HashMap<>();

  ReadingQualities(WordFrequencies frequencies) {
    this.frequencies = frequencies;
  }

  ReadingQuality of(String text) {
    if (text == null || text.isEmpty()) {
      return ReadingQuality.NONE;
    }
    return known.computeIfAbsent(text, t -> ReadingQuality.of(t, frequencies));
  }
}
