package se.kansli.minutesimport;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Restores å, ä and ö in OCR text of old minutes, for display only: "namnden" and "ndmnden" become
 * "nämnden", "f6r" becomes "för". A word changes only when the word list makes the reading certain:
 * a word that is itself listed stays as it is ("for" is a word too), and a word with two possible
 * readings ("nar": när or når) is left alone. The caller keeps the original text alongside.
 *
 * <p>Stateless apart from the immutable word list, so one instance serves every thread.
 */
public final class DiacriticsRestorer {

  /** More misread letters than this in one word is garbage rather than a word to restore. */
  private static final int MOST_MISREADINGS_PER_WORD = 3;

  /** Shorter compound parts ("nr", "ar") match too many words to keep a reading certain. */
  private static final int SHORTEST_COMPOUND_PART = 3;

  /** Longer runs are codes or checksums, never compounds worth splitting. */
  private static final int LONGEST_COMPOUND = 40;

  /**
   * What OCR made of å, ä and ö in the minutes seen so far, besides losing the dots (which folding
   * covers). Only lower-case spellings: an upper-case "I" or "D" is not a misread ä.
   */
  private static final List<Misreading> MISREADINGS =
      List.of(
          new Misreading("d", 'a', "äå"),
          new Misreading("d", 'o', "ö"),
          new Misreading("i", 'a', "äå"),
          new Misreading("&", 'a', "ä"),
          new Misreading("é", 'a', "äå"),
          new Misreading("é", 'o', "ö"),
          new Misreading("6", 'o', "ö"),
          new Misreading("0", 'o', "ö"),
          new Misreading("ai", 'a', "ä"),
          new Misreading("ia", 'a', "ä"),
          new Misreading("di", 'a', "ä"),
          new Misreading("da", 'a', "ä"),
          new Misreading("id", 'a', "ä"),
          new Misreading("éa", 'a', "ä"),
          new Misreading("éd", 'a', "ä"),
          new Misreading("aé", 'a', "ä"),
          new Misreading("ad", 'a', "å"));

  private final SwedishWords words;

  /** Restores against the bundled word list. */
  public DiacriticsRestorer() {
    this(SwedishWords.bundled());
  }

  public DiacriticsRestorer(SwedishWords words) {
    this.words = Objects.requireNonNull(words);
  }

  /**
   * The text with å, ä and ö restored where certain, and every word that changed. Everything but
   * the changed words (spacing, punctuation, digits, line breaks) is kept exactly.
   */
  public Restored restore(String text) {
    StringBuilder restored = new StringBuilder(text.length());
    List<Change> changes = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = start;
      while (end < text.length() && isWordCharacter(text.charAt(end))) {
        end++;
      }
      if (end == start) {
        restored.append(text.charAt(start));
        start++;
        continue;
      }
      String word = text.substring(start, end);
      String reading = restoredWord(word);
      restored.append(reading);
      if (!reading.equals(word)) {
        changes.add(new Change(start, word, reading));
      }
      start = end;
    }
    return new Restored(restored.toString(), List.copyOf(changes));
  }

  /**
   * Digits and "&" belong to words because OCR puts them where ö and ä were ("f6r", "&ven");
   * combining marks do, so that a decomposed "nä" is not cut into "na" (read as "nå") and a mark.
   */
  private static boolean isWordCharacter(char c) {
    return Character.isLetterOrDigit(c)
        || c == '&'
        || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private String restoredWord(String word) {
    if (word.length() < 2 || !mayBeMisreadWord(word)) {
      return word;
    }
    Capitalisation capitalisation = Capitalisation.of(word);
    if (capitalisation == Capitalisation.MIXED) {
      return word;
    }
    Reading reading = readingOf(word);
    return reading.isRestored() ? capitalisation.applyTo(reading.word()) : word;
  }

  /** Needs a letter; digits other than the ö look-alikes make it a number or a code ("A43C61"). */
  private static boolean mayBeMisreadWord(String word) {
    boolean hasLetter = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isDigit(c) && c != '6' && c != '0') {
        return false;
      }
      hasLetter |= Character.isLetter(c);
    }
    return hasLetter;
  }

  private Reading readingOf(String spelling) {
    Reading asWord = readingAsWord(spelling);
    if (asWord.kind() != Reading.Kind.UNKNOWN || spelling.length() > LONGEST_COMPOUND) {
      return asWord;
    }
    return readingAsCompound(spelling);
  }

  /**
   * Every listed word the spelling can be with lost dots put back and up to {@link
   * #MOST_MISREADINGS_PER_WORD} misreadings undone. A spelling that is itself listed is known
   * already: OCR that kept a real word is trusted over one that would have to have erred.
   */
  private Reading readingAsWord(String spelling) {
    if (words.contains(spelling)) {
      return Reading.KNOWN;
    }
    Set<String> found = new HashSet<>(words.foldingTo(SwedishWords.fold(spelling)));
    List<Site> sites = misreadingSitesIn(spelling);
    if (found.size() < 2 && !sites.isEmpty()) {
      collectReadings(spelling, sites, 0, 0, new ArrayDeque<>(), found);
    }
    return Reading.of(found);
  }

  /**
   * A compound the list lacks ("räddningstjänsten") read as two listed parts. Certain only when
   * every way of splitting it that gives listed parts gives the same reading, and no part is
   * ambiguous; two parts listed as spelled make the whole word right as it is.
   */
  private Reading readingAsCompound(String spelling) {
    Set<String> readings = new HashSet<>(2);
    for (int split = SHORTEST_COMPOUND_PART;
        split <= spelling.length() - SHORTEST_COMPOUND_PART;
        split++) {
      String headSpelling = spelling.substring(0, split);
      Reading head = readingAsWord(headSpelling);
      if (head.kind() == Reading.Kind.UNKNOWN) {
        continue;
      }
      String tailSpelling = spelling.substring(split);
      Reading tail = readingAsWord(tailSpelling);
      if (tail.kind() == Reading.Kind.UNKNOWN) {
        continue;
      }
      if (head.kind() == Reading.Kind.AMBIGUOUS || tail.kind() == Reading.Kind.AMBIGUOUS) {
        return Reading.AMBIGUOUS;
      }
      if (head.kind() == Reading.Kind.KNOWN && tail.kind() == Reading.Kind.KNOWN) {
        return Reading.KNOWN;
      }
      readings.add(head.wordOr(headSpelling) + tail.wordOr(tailSpelling));
    }
    return Reading.of(readings);
  }

  /** Case-sensitive: the look-alikes are lower-case letters, digits and "&". */
  private static List<Site> misreadingSitesIn(String spelling) {
    List<Site> sites = new ArrayList<>();
    for (int start = 0; start < spelling.length(); start++) {
      for (Misreading misreading : MISREADINGS) {
        if (spelling.startsWith(misreading.seen(), start)) {
          sites.add(new Site(start, misreading));
        }
      }
    }
    return sites;
  }

  /**
   * Adds the listed words the spelling reads as with each combination of non-overlapping
   * misreadings undone. Stops once two are found: that is ambiguous already.
   */
  private void collectReadings(
      String spelling,
      List<Site> sites,
      int firstSite,
      int freeFrom,
      Deque<Site> undone,
      Set<String> found) {
    if (!undone.isEmpty()) {
      addListedReadings(spelling, undone, found);
    }
    if (undone.size() == MOST_MISREADINGS_PER_WORD) {
      return;
    }
    for (int s = firstSite; s < sites.size() && found.size() < 2; s++) {
      Site site = sites.get(s);
      if (site.start() >= freeFrom) {
        undone.addLast(site);
        collectReadings(spelling, sites, s + 1, site.end(), undone, found);
        undone.removeLast();
      }
    }
  }

  /** Looks the folded spelling up and keeps the words with a right letter at each undone site. */
  private void addListedReadings(String spelling, Deque<Site> undone, Set<String> found) {
    StringBuilder folded = new StringBuilder(spelling.length());
    int[] positions = new int[undone.size()];
    int next = 0;
    int site = 0;
    for (Site undoneSite : undone) {
      appendFolded(spelling, next, undoneSite.start(), folded);
      positions[site++] = folded.length();
      folded.append(undoneSite.misreading().foldedAs());
      next = undoneSite.end();
    }
    appendFolded(spelling, next, spelling.length(), folded);
    for (String candidate : words.foldingTo(folded.toString())) {
      if (hasReadLetters(candidate, positions, undone)) {
        found.add(candidate);
      }
    }
  }

  private static void appendFolded(String word, int from, int to, StringBuilder folded) {
    for (int i = from; i < to; i++) {
      folded.append(SwedishWords.fold(word.charAt(i)));
    }
  }

  private static boolean hasReadLetters(String candidate, int[] positions, Deque<Site> undone) {
    int site = 0;
    for (Site undoneSite : undone) {
      if (undoneSite.misreading().readAs().indexOf(candidate.charAt(positions[site++])) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The restored display text and the words that changed in it. */
  public record Restored(String text, List<Change> changes) {}

  /**
   * One restored word: {@code offset} is where {@code original} starts in the original text (in
   * UTF-16 units), not in the restored one, whose lengths may differ ("ndimnden" → "nämnden").
   */
  public record Change(int offset, String original, String restored) {}

  /**
   * OCR's spelling {@code seen} for a letter in {@code readAs}, all folding to {@code foldedAs}.
   */
  private record Misreading(String seen, char foldedAs, String readAs) {}

  /** Where in a word a misreading may have happened. */
  private record Site(int start, Misreading misreading) {
    int end() {
      return start + misreading.seen().length();
    }
  }

  /** What the list says about a spelling: listed as is, one other word, several, or nothing. */
  private record Reading(Kind kind, String word) {
    enum Kind {
      KNOWN,
      RESTORED,
      AMBIGUOUS,
      UNKNOWN
    }

    static final Reading KNOWN = new Reading(Kind.KNOWN, null);
    static final Reading AMBIGUOUS = new Reading(Kind.AMBIGUOUS, null);
    static final Reading UNKNOWN = new Reading(Kind.UNKNOWN, null);

    static Reading of(Set<String> candidates) {
      return switch (candidates.size()) {
        case 0 -> UNKNOWN;
        case 1 -> new Reading(Kind.RESTORED, candidates.iterator().next());
        default -> AMBIGUOUS;
      };
    }

    boolean isRestored() {
      return kind == Kind.RESTORED;
    }

    String wordOr(String spelling) {
      return isRestored() ? word : spelling;
    }
  }

  /** The original's capitalisation, carried over to the restored word. */
  private enum Capitalisation {
    LOWER,
    CAPITALISED,
    UPPER,
    /** "infGr", "McAdam": no safe way to carry it over, so such words stay as they are. */
    MIXED;

    static Capitalisation of(String word) {
      int letters = 0;
      int upper = 0;
      boolean firstUpper = false;
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (Character.isLetter(c)) {
          if (Character.isUpperCase(c)) {
            firstUpper |= letters == 0;
            upper++;
          }
          letters++;
        }
      }
      if (upper == 0) {
        return LOWER;
      }
      if (upper == letters && letters > 1) {
        return UPPER;
      }
      return firstUpper && upper == 1 ? CAPITALISED : MIXED;
    }

    String applyTo(String lowerCase) {
      return switch (this) {
        case LOWER, MIXED -> lowerCase;
        case UPPER -> lowerCase.toUpperCase(Locale.ROOT);
        case CAPITALISED -> Character.toUpperCase(lowerCase.charAt(0)) + lowerCase.substring(1);
      };
    }
  }
}
