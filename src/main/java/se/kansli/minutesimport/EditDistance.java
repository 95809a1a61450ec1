package se.kansli.minutesimport;

/** Levenshtein distance, stopping early once it exceeds what the caller accepts. */
final class EditDistance {

  private EditDistance() {}

  /** The distance between a and b, or {@code max + 1} when it is more than {@code max}. */
  static int within(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) {
      return max + 1;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= b.length(); j++) {
        int cost = ca == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[b.length()], max + 1);
  }

  /** The edits tolerated when comparing a heading of this length: one per six letters. */
  static int toleranceFor(String folded) {
    int length = folded.length();
    if (length <= 4) {
      return 0;
    }
    if (length <= 8) {
      return 1;
    }
    return Math.max(2, length / 6);
  }
}
