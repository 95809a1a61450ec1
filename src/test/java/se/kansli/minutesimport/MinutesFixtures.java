package se.kansli.minutesimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** The test minutes under src/test/resources/minutesimport, and checks shared by the tests. */
final class MinutesFixtures {

  static final String SEED = "seed-minutes.txt";

  private static final Pattern CASE_NUMBER_LINE =
      Pattern.compile("^(?:Arendenr|Ärendenr|Dnr\\.?|Diarienummer:?)\\s+(.+)$");

  private MinutesFixtures() {}

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  static byte[] bytes(String name) {
    try (InputStream in = MinutesFixtures.class.getResourceAsStream("/minutesimport/" + name)) {
      return Objects.requireNonNull(in, name).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path path(String name) {
    try {
      return Path.of(
          Objects.requireNonNull(MinutesFixtures.class.getResource("/minutesimport/" + name))
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The seed's first OCR pass alone: every item once. */
  static String seedFirstReading() {
    String[] lines = text(SEED).split("\n", -1);
    return String.join("\n", List.of(lines).subList(0, 682));
  }

  static String normalised(String text) {
    return text == null ? null : text.replaceAll("\\s+", " ").strip();
  }

  /** Everything the parser put somewhere: every field of every item, and the unassigned text. */
  static String everythingRead(ParsedMinutes minutes) {
    StringBuilder all = new StringBuilder();
    for (ParsedItem item : minutes.items()) {
      for (String text :
          new String[] {
            item.title(), item.caseNumber(), item.decision(), item.summary(), item.proceedings()
          }) {
        if (text != null) {
          all.append(text).append('\n');
        }
      }
      item.decisionBasis().forEach(t -> all.append(t).append('\n'));
      item.recipients().forEach(t -> all.append(t).append('\n'));
    }
    minutes.unassigned().forEach(t -> all.append(t).append('\n'));
    return normalised(all.toString());
  }

  /**
   * The input lines that cannot be found in what the parser read: neither page furniture (kept as
   * metadata), nor a heading or § line (kept as structure), nor text in a field or unassigned.
   *
   * @param exact whether each line must be found word for word; otherwise most of its words must be
   *     (a second OCR reading of a text loses to the better reading of the same text)
   */
  static List<String> droppedLines(String input, ParsedMinutes minutes, boolean exact) {
    String read = everythingRead(minutes);
    List<String> furniture = new ArrayList<>(minutes.pages().headers());
    furniture.addAll(minutes.pages().footers());
    List<String> dropped = new ArrayList<>();
    for (String raw : input.split("\r?\n|\f")) {
      String line = SourceLines.clean(raw);
      if (line.isEmpty()
          || furniture.contains(line)
          || ItemHeadings.looksLikeHeading(line)
          || (SectionHeadings.isHeading(line)
              && SectionHeadings.match(line).get().rest().isEmpty())) {
        continue;
      }
      var caseNumber = CASE_NUMBER_LINE.matcher(line);
      String wanted =
          SectionHeadings.match(line)
              .map(HeadingMatch::rest)
              .orElse(Bullets.strip(caseNumber.matches() ? caseNumber.group(1) : line));
      boolean found =
          read.contains(normalised(wanted))
              || List.of(wanted.split("\\s*[,;]\\s*")).stream()
                  .allMatch(part -> read.contains(normalised(part)))
              || (!exact && ReadingMerger.coveredBy(wanted, read));
      if (!found) {
        dropped.add(line);
      }
    }
    return dropped;
  }
}
