package se.kansli.minutesimport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A Swedish full-form word list (every inflected form is its own entry), looked up by the folded
 * spelling that OCR leaves behind when it loses å, ä, ö and é. Immutable, so one instance serves
 * every thread.
 */
public final class SwedishWords {

  private static final String BUNDLED_LIST = "/minutesimport/swedish-words.txt.gz";

  /** Folded spelling → the lower-case words that fold to it; a contains check is one lookup. */
  private final Map<String, List<String>> wordsByFolding;

  private final int size;

  private SwedishWords(Map<String, List<String>> wordsByFolding, int size) {
    this.wordsByFolding = wordsByFolding;
    this.size = size;
  }

  /** The list committed with the application (Debian's wswedish, see its README), read once. */
  public static SwedishWords bundled() {
    return Bundled.WORDS;
  }

  /** A list of the given words; case does not matter. */
  static SwedishWords of(Collection<String> words) {
    Map<String, List<String>> byFolding = new HashMap<>(words.size() * 4 / 3 + 1);
    int distinct = 0;
    for (String word : words) {
      String lowerCase = word.strip().toLowerCase(Locale.ROOT);
      if (lowerCase.isEmpty()) {
        continue;
      }
      List<String> sameFolding =
          byFolding.computeIfAbsent(fold(lowerCase), k -> new ArrayList<>(1));
      if (!sameFolding.contains(lowerCase)) {
        sameFolding.add(lowerCase);
        distinct++;
      }
    }
    Map<String, List<String>> frozen = new HashMap<>(byFolding.size() * 4 / 3 + 1);
    byFolding.forEach((folding, sameFolding) -> frozen.put(folding, List.copyOf(sameFolding)));
    return new SwedishWords(Map.copyOf(frozen), distinct);
  }

  /** Whether the word, in any case, is on the list exactly as spelled. */
  public boolean contains(String word) {
    String lowerCase = word.toLowerCase(Locale.ROOT);
    return wordsByFolding.getOrDefault(fold(lowerCase), List.of()).contains(lowerCase);
  }

  /**
   * The listed words, in lower case, that fold to the given folded spelling: "namnden" gives
   * "nämnden", "for" gives "for" and "för".
   */
  public List<String> foldingTo(String folded) {
    return wordsByFolding.getOrDefault(folded, List.of());
  }

  /** How many distinct lower-case words the list holds. */
  public int size() {
    return size;
  }

  /** Lower case, with å and ä read as a, ö as o and é as e: the spelling OCR tends to leave. */
  public static String fold(CharSequence word) {
    StringBuilder folded = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      folded.append(fold(word.charAt(i)));
    }
    return folded.toString();
  }

  static char fold(char letter) {
    char lowerCase = Character.toLowerCase(letter);
    return switch (lowerCase) {
      case 'å', 'ä' -> 'a';
      case 'ö' -> 'o';
      case 'é' -> 'e';
      default -> lowerCase;
    };
  }

  private static SwedishWords read(String resource) {
    try (InputStream packed = SwedishWords.class.getResourceAsStream(resource)) {
      if (packed == null) {
        throw new IllegalStateException("The word list " + resource + " is not on the classpath");
      }
      List<String> words = new ArrayList<>(130_000);
      try (BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(new GZIPInputStream(packed), StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          words.add(line);
        }
      }
      return of(words);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the word list " + resource, e);
    }
  }

  /** Holder class: the JVM reads the list on first use, exactly once, without locking later. */
  private static final class Bundled {
    private static final SwedishWords WORDS = read(BUNDLED_LIST);
  }
}
