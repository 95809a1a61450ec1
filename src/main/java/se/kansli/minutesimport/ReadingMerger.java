package se.kansli.minutesimport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the readings of one § into one item. Minutes scanned twice, or OCR'd in two passes, hold
 * every item twice with different misreadings; for each field the reading with the best {@link
 * ReadingQuality} is kept. A losing reading that says something the winner does not (less than
 * {@value #SAME_TEXT} of its words found in the winner) is not dropped but kept as unassigned text
 * with a warning.
 */
final class ReadingMerger {

  /** Share of a reading's words found in another for the two to count as the same text. */
  static final double SAME_TEXT = 0.8;

  /** Raised confidence when every reading of a field says exactly the same. */
  private static final double AGREEMENT_BONUS = 0.1;

  private final ReadingQualities qualities;

  ReadingMerger(ReadingQualities qualities) {
    this.qualities = qualities;
  }

  /** The merged item, with text and warnings that belong to the minutes as a whole. */
  record Merged(ParsedItem item, List<String> unassigned, List<String> warnings) {}

  Merged merge(List<ItemReading> readings) {
    int number = readings.getFirst().number();
    List<String> unassigned = new ArrayList<>();
    Set<String> warnings = new LinkedHashSet<>();
    Map<Field, ItemReading> chosen = new LinkedHashMap<>();
    for (Field field : Field.values()) {
      if (field == Field.CLOSING) {
        continue;
      }
      ItemReading best = best(readings, field);
      chosen.put(field, best);
      for (ItemReading other : readings) {
        if (other != best
            && !isEmpty(other.text(field))
            && !coveredBy(other.text(field), best.text(field))) {
          unassigned.add(other.text(field));
          warnings.add(
              "§ %d: två läsningar av %s skiljer sig för mycket för att slås ihop; den andra finns bland text som inte placerats."
                  .formatted(number, field.swedishName()));
        }
      }
    }
    for (ItemReading reading : readings) {
      reading.leftOver().stream().filter(t -> !unassigned.contains(t)).forEach(unassigned::add);
      warnings.addAll(reading.warnings());
    }
    if (readings.size() > 1) {
      warnings.add(
          "§ %d förekom i %d läsningar; den bästa läsningen av varje fält har valts."
              .formatted(number, readings.size()));
    }
    ParsedItem item =
        new ParsedItem(
            number,
            chosen.get(Field.TITLE).title(),
            chosen.get(Field.CASE_NUMBER).caseNumber(),
            chosen.get(Field.DECISION).decision(),
            chosen.get(Field.SUMMARY).summary(),
            chosen.get(Field.PROCEEDINGS).proceedings(),
            chosen.get(Field.VOTES).votes(),
            chosen.get(Field.DECISION_BASIS).decisionBasis(),
            chosen.get(Field.RECIPIENTS).recipients(),
            confidence(readings, chosen));
    return new Merged(item, unassigned, List.copyOf(warnings));
  }

  /** The reading with the best quality of this field; the first on a tie. */
  ItemReading best(List<ItemReading> readings, Field field) {
    ItemReading best = readings.getFirst();
    double bestScore = score(best, field);
    for (ItemReading reading : readings.subList(1, readings.size())) {
      double score = score(reading, field);
      if (score > bestScore) {
        best = reading;
        bestScore = score;
      }
    }
    return best;
  }

  private double score(ItemReading reading, Field field) {
    String text = reading.text(field);
    if (isEmpty(text)) {
      return Double.NEGATIVE_INFINITY;
    }
    if (field == Field.VOTES) {
      return VoteReader.membersAgree(reading.votes()) ? 1 : 0;
    }
    return qualities.of(text).score();
  }

  private static Map<String, Double> confidence(
      List<ItemReading> readings, Map<Field, ItemReading> chosen) {
    Map<String, Double> confidence = new LinkedHashMap<>();
    for (var entry : chosen.entrySet()) {
      Field field = entry.getKey();
      Double value = entry.getValue().confidence().get(field);
      if (value == null) {
        continue;
      }
      if (readings.size() > 1 && allAgree(readings, field)) {
        value = Math.min(1, value + AGREEMENT_BONUS);
      }
      confidence.put(field.jsonName(), Math.round(value * 100) / 100.0);
    }
    return confidence;
  }

  private static boolean allAgree(List<ItemReading> readings, Field field) {
    String first = readings.getFirst().text(field);
    return readings.stream().allMatch(r -> sameIgnoringSpacing(r.text(field), first));
  }

  /** Equal but for where the line breaks and spaces fall. */
  static boolean sameIgnoringSpacing(String a, String b) {
    if (a == null || b == null) {
      return a == b;
    }
    int i = 0;
    int j = 0;
    while (true) {
      while (i < a.length() && Character.isWhitespace(a.charAt(i))) {
        i++;
      }
      while (j < b.length() && Character.isWhitespace(b.charAt(j))) {
        j++;
      }
      if (i == a.length() || j == b.length()) {
        return i == a.length() && j == b.length();
      }
      if (a.charAt(i++) != b.charAt(j++)) {
        return false;
      }
    }
  }

  /** Whether most of {@code text}'s words are in {@code other}: the same text, read twice. */
  static boolean coveredBy(String text, String other) {
    if (isEmpty(other)) {
      return false;
    }
    Set<String> otherWords = new HashSet<>();
    WordFrequencies.forEachWord(other, otherWords::add);
    int[] words = {0, 0};
    WordFrequencies.forEachWord(
        text,
        word -> {
          words[0]++;
          words[1] += otherWords.contains(word) || nearlyIn(word, otherWords) ? 1 : 0;
        });
    return words[0] == 0 || words[1] >= words[0] * SAME_TEXT;
  }

  /** A misreading of a word in the set: within one edit per five letters, at least one. */
  private static boolean nearlyIn(String word, Set<String> words) {
    int tolerance = Math.max(1, word.length() / 5);
    for (String other : words) {
      if (EditDistance.within(word, other, tolerance) <= tolerance) {
        return true;
      }
    }
    return false;
  }

  private static boolean isEmpty(String text) {
    return text == null || text.isBlank();
  }
}
