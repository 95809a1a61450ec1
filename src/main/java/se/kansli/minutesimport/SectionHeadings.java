package se.kansli.minutesimport;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Recognises section headings fuzzily: folded and within a small edit distance, since OCR turns
 * "Beslutsgång" into "Beslutsgang" and "Sammanträdet" into "Sammantridet". A heading is a short
 * capitalised line of its own; "Heading: text" and "Expedieras till X" carry text after it.
 */
final class SectionHeadings {

  private static final int MAX_WORDS = 7;
  private static final int MAX_LENGTH = 60;

  /** Words that make "… beslut" a proposal ("förslag till beslut"), not the decision. */
  private static final Set<String> NOT_A_BODY =
      Set.of("till", "forslag", "om", "i", "av", "enligt", "for", "utan", "nytt", "tidigare");

  /** A heading's phrase with what the fuzzy comparison needs precomputed. */
  private record Phrase(SectionHeading heading, String text, int tolerance, int[] letters) {}

  private static final List<Phrase> PHRASES =
      Stream.of(SectionHeading.values())
          .flatMap(h ->
              h.phrases().stream()
                  .map(p -> new Phrase(h, p, EditDistance.toleranceFor(p), letters(p))))
          .toList();

  /** The first words of the headings that run on into their first entry ("Expedieras till X"). */
  private static final Set<String> INLINE_FIRST_WORDS =
      SectionHeading.RECIPIENTS.phrases().stream()
          .filter(p -> p.endsWith(" till"))
          .map(p -> p.substring(0, p.indexOf(' ')))
          .collect(Collectors.toSet());

  private SectionHeadings() {}

  static Optional<HeadingMatch> match(String line) {
    if (line.isEmpty() || line.length() > MAX_LENGTH * 3 || !startsCapitalised(line)) {
      return Optional.empty();
    }
    int colon = line.indexOf(':');
    if (colon > 0 && colon < line.length() - 1) {
      Optional<HeadingMatch> labelled =
          whole(line.substring(0, colon)).map(m -> withRest(m, line.substring(colon + 1)));
      if (labelled.isPresent()) {
        return labelled;
      }
    }
    if (line.length() <= MAX_LENGTH) {
      Optional<HeadingMatch> whole = whole(line);
      if (whole.isPresent()) {
        return whole;
      }
    }
    return recipientsInline(line);
  }

  private static Optional<HeadingMatch> whole(String text) {
    String label = text.strip();
    if (label.endsWith(":")) {
      label = label.substring(0, label.length() - 1).strip();
    }
    String key = Fold.key(label);
    if (key.isEmpty() || wordCount(key) > MAX_WORDS || key.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    HeadingMatch best = null;
    int bestDistance = Integer.MAX_VALUE;
    int[] letters = letters(key);
    for (Phrase phrase : PHRASES) {
      int tolerance = phrase.tolerance();
      if (Math.abs(key.length() - phrase.text().length()) > tolerance
          || differentLetters(letters, phrase.letters()) > 2 * tolerance) {
        continue;
      }
      int distance = EditDistance.within(key, phrase.text(), tolerance);
      if (distance <= tolerance && distance < bestDistance) {
        bestDistance = distance;
        best = new HeadingMatch(phrase.heading(), label, "", distance == 0);
      }
    }
    if (best != null) {
      return Optional.of(best);
    }
    return bodyDecision(label, key);
  }

  /**
   * "E-nämndens beslut", "Kommunstyrelsens beslut": the decision heading named after the body,
   * whatever the body is called.
   */
  private static Optional<HeadingMatch> bodyDecision(String label, String key) {
    String[] words = key.split(" ");
    if (words.length < 2 || words.length > 4) {
      return Optional.empty();
    }
    String last = words[words.length - 1];
    if (EditDistance.within(last, "beslut", 1) > 1) {
      return Optional.empty();
    }
    String owner = words[words.length - 2];
    if (!owner.endsWith("s") || owner.length() < 4) {
      return Optional.empty();
    }
    for (int i = 0; i < words.length - 1; i++) {
      if (NOT_A_BODY.contains(words[i])) {
        return Optional.empty();
      }
    }
    return Optional.of(new HeadingMatch(SectionHeading.DECISION, label, "", last.equals("beslut")));
  }

  /** "Expedieras till Kommunstyrelsen": a recipients heading that runs on into its first entry. */
  private static Optional<HeadingMatch> recipientsInline(String line) {
    int space = line.indexOf(' ');
    if (space < 0 || !INLINE_FIRST_WORDS.contains(Fold.of(line.substring(0, space)))) {
      return Optional.empty();
    }
    String key = Fold.key(line);
    for (String phrase : SectionHeading.RECIPIENTS.phrases()) {
      if (phrase.endsWith(" till") && key.startsWith(phrase + " ")) {
        int cut = cutAfterWords(line, wordCount(phrase));
        if (cut > 0 && cut < line.length()) {
          String label = line.substring(0, cut).strip();
          return Optional.of(
              new HeadingMatch(
                  SectionHeading.RECIPIENTS, label, line.substring(cut).strip(), true));
        }
      }
    }
    return Optional.empty();
  }

  /** How often each letter occurs; the last slot counts everything else. */
  private static int[] letters(String key) {
    int[] letters = new int[27];
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      letters[c >= 'a' && c <= 'z' ? c - 'a' : 26]++;
    }
    return letters;
  }

  /**
   * Letters in one count and not the other. Each edit changes this by at most two, so more than
   * twice the tolerance rules a phrase out without computing the edit distance.
   */
  private static int differentLetters(int[] a, int[] b) {
    int different = 0;
    for (int i = 0; i < a.length; i++) {
      different += Math.abs(a[i] - b[i]);
    }
    return different;
  }

  private static HeadingMatch withRest(HeadingMatch match, String rest) {
    return new HeadingMatch(match.heading(), match.label(), rest.strip(), match.exact());
  }

  private static int cutAfterWords(String line, int words) {
    int seen = 0;
    boolean inWord = false;
    for (int i = 0; i < line.length(); i++) {
      boolean letter = Character.isLetterOrDigit(line.charAt(i));
      if (letter && !inWord) {
        seen++;
      }
      if (!letter && inWord && seen == words) {
        return i;
      }
      inWord = letter;
    }
    return -1;
  }

  private static boolean startsCapitalised(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        return Character.isUpperCase(c);
      }
      if (Character.isDigit(c)) {
        return false;
      }
    }
    return false;
  }

  private static int wordCount(String key) {
    return key.isEmpty() ? 0 : key.split(" ").length;
  }

  static boolean isHeading(String line) {
    return match(line).isPresent();
  }
}
