package se.kansli.minutesimport;

/**
 * How good one reading of a field is, to choose between two OCR readings of the same text. More
 * words means a more complete reading; each suspicious token (see {@link OcrSuspicion}) and each
 * word found nowhere else in the input counts against it, and so does each number standing on a
 * line without words, the mark of a table read column by column.
 *
 * <p>score = words − 3 × suspicious − rare words − ½ × orphan numbers + 0.1 × Σ log₂(count of each
 * word in the input)
 */
record ReadingQuality(
    int words, double suspicious, int rareWords, int orphanNumbers, double commonness) {

  /** Commonness only breaks near-ties: two readings that differ in a word or two. */
  private static final double COMMONNESS_WEIGHT = 0.1;

  private static final double LN_2 = Math.log(2);

  static final ReadingQuality NONE = new ReadingQuality(0, 0, 0, 0, 0);

  static ReadingQuality of(String text, WordFrequencies frequencies) {
    if (text == null || text.isEmpty()) {
      return NONE;
    }
    int words = 0;
    double suspicious = 0;
    int orphanNumbers = 0;
    for (String line : text.split("\n")) {
      boolean hasLetters = line.chars().anyMatch(Character::isLetter);
      for (String token : line.split(" ")) {
        if (token.isEmpty()) {
          continue;
        }
        if (token.chars().anyMatch(Character::isLetter)) {
          words++;
          suspicious += OcrSuspicion.of(token);
        } else if (!hasLetters && token.chars().anyMatch(Character::isDigit)) {
          orphanNumbers++;
        }
      }
    }
    int[] rareWords = {0};
    double[] commonness = {0};
    WordFrequencies.forEachWord(
        text,
        word -> {
          int count = frequencies.count(word);
          rareWords[0] += count <= 1 ? 1 : 0;
          commonness[0] += count <= 1 ? 0 : Math.log(count) / LN_2;
        });
    return new ReadingQuality(words, suspicious, rareWords[0], orphanNumbers, commonness[0]);
  }

  double score() {
    return words
        - 3 * suspicious
        - rareWords
        - 0.5 * orphanNumbers
        + COMMONNESS_WEIGHT * commonness;
  }

  /** From 1 for clean text down to 0.5 when every other word is suspicious. */
  double cleanliness() {
    if (words == 0) {
      return 1;
    }
    return Math.max(0.5, 1 - suspicious / words);
  }
}
