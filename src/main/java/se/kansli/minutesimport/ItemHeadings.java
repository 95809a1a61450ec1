package se.kansli.minutesimport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the minutes into items at their § headings. A § starts an item only when it stands as a
 * heading: at the start of its own line, followed by a title, and with a number that fits the
 * numbering. "vid sammanträde 2022-03-16 § 2" inside a sentence is a reference to another meeting,
 * not an item. The same numbers may come round again when a file holds two readings of the minutes;
 * those are merged later.
 */
final class ItemHeadings {

  private static final Pattern HEADING =
      Pattern.compile(
          "^(?:\\p{Lu}{1,6}\\s+)?§\\s*(?<number>\\d{1,4})\\s*[.:]?(?:\\s+(?<rest>\\S.*))?$");

  /** A jump in numbering larger than this is a reference or a misreading, not the next item. */
  private static final int MAX_JUMP = 50;

  /** How far below a heading its title may be, in non-blank lines. */
  private static final int TITLE_WITHIN = 3;

  /** An item: its number, the heading line, any title on that line, and the lines after it. */
  record Segment(int number, SourceLine heading, String rest, List<SourceLine> lines) {}

  /**
   * The items in the order found, the lines before the first, and what looked odd.
   *
   * @param continuations headings repeated at the top of an item's next page ("§ 12 forts."): page
   *     furniture, not items
   */
  record Segmentation(
      List<SourceLine> preamble,
      List<Segment> segments,
      List<SourceLine> continuations,
      List<String> warnings) {}

  private record Candidate(int position, int number, String rest) {}

  private ItemHeadings() {}

  static boolean looksLikeHeading(String text) {
    return HEADING.matcher(text).matches();
  }

  static Segmentation split(List<SourceLine> content) {
    List<Candidate> candidates = candidates(content);
    List<String> warnings = new ArrayList<>();
    List<Candidate> accepted = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    List<SourceLine> continuations = new ArrayList<>();
    Set<Integer> skipped = new HashSet<>();
    for (int c = 0; c < candidates.size(); c++) {
      Candidate candidate = candidates.get(c);
      if (!accepted.isEmpty() && isContinuation(content, candidate, accepted.getLast())) {
        continuations.add(content.get(candidate.position()));
        skipped.add(candidate.position());
        continue;
      }
      Optional<Integer> number =
          fittingNumber(
              candidate, accepted, seen, c + 1 < candidates.size() ? candidates.get(c + 1) : null);
      SourceLine line = content.get(candidate.position());
      if (number.isEmpty()) {
        warnings.add(
            "Raden ”%s” (rad %d) ser ut som en paragrafrubrik men passar inte i numreringen och lästes som text."
                .formatted(line.text(), line.index() + 1));
        continue;
      }
      if (number.get() != candidate.number()) {
        warnings.add(
            "Rubriken ”%s” (rad %d) lästes som § %d, eftersom den står där § %d saknas i numreringen."
                .formatted(line.text(), line.index() + 1, number.get(), number.get()));
      }
      accepted.add(new Candidate(candidate.position(), number.get(), candidate.rest()));
      seen.add(number.get());
    }
    List<Integer> leadingCaseNumbers = new ArrayList<>();
    for (Candidate heading : accepted) {
      int above = caseNumberAbove(content, heading.position());
      leadingCaseNumbers.add(above);
      if (above >= 0) {
        skipped.add(above);
      }
    }
    List<Segment> segments = new ArrayList<>();
    for (int a = 0; a < accepted.size(); a++) {
      Candidate heading = accepted.get(a);
      int end = a + 1 < accepted.size() ? accepted.get(a + 1).position() : content.size();
      List<SourceLine> lines = new ArrayList<>();
      if (leadingCaseNumbers.get(a) >= 0) {
        lines.add(content.get(leadingCaseNumbers.get(a)));
      }
      for (int i = heading.position() + 1; i < end; i++) {
        if (!skipped.contains(i)) {
          lines.add(content.get(i));
        }
      }
      segments.add(
          new Segment(heading.number(), content.get(heading.position()), heading.rest(), lines));
    }
    int firstItem = accepted.isEmpty() ? content.size() : accepted.getFirst().position();
    List<SourceLine> preamble = new ArrayList<>();
    for (int i = 0; i < firstItem; i++) {
      if (!skipped.contains(i)) {
        preamble.add(content.get(i));
      }
    }
    return new Segmentation(List.copyOf(preamble), segments, continuations, warnings);
  }

  /**
   * "Dnr KS 2018/124" printed beside the § in a right-hand column comes out of OCR on the line
   * above the heading: it is the item's case number, not the end of the item before.
   *
   * @return the line's position, or -1 when the line above is no labelled case number
   */
  private static int caseNumberAbove(List<SourceLine> content, int heading) {
    for (int i = heading - 1; i >= 0; i--) {
      if (content.get(i).isBlank()) {
        continue;
      }
      Optional<CaseNumbers.Found> found = CaseNumbers.in(content.get(i).text());
      boolean alone = found.isPresent() && found.get().labelled() && found.get().before().isEmpty();
      return alone ? i : -1;
    }
    return -1;
  }

  /**
   * "§ 12 forts." at the top of a page, or "§ 12" again without its title: the same item going on,
   * not a second reading of it (which repeats the title).
   */
  private static boolean isContinuation(
      List<SourceLine> content, Candidate candidate, Candidate last) {
    if (candidate.number() != last.number()) {
      return false;
    }
    if (Fold.of(candidate.rest()).contains("forts")) {
      return true;
    }
    String title = Fold.key(titleLine(content, candidate));
    String lastTitle = Fold.key(titleLine(content, last));
    int tolerance = Math.max(1, lastTitle.length() / 5);
    return EditDistance.within(title, lastTitle, tolerance) > tolerance;
  }

  private static String titleLine(List<SourceLine> content, Candidate candidate) {
    if (!candidate.rest().isEmpty()) {
      return candidate.rest();
    }
    for (int i = candidate.position() + 1; i < content.size(); i++) {
      if (!content.get(i).isBlank()) {
        return content.get(i).text();
      }
    }
    return "";
  }

  private static Optional<Integer> fittingNumber(
      Candidate candidate, List<Candidate> accepted, Set<Integer> seen, Candidate next) {
    int number = candidate.number();
    if (accepted.isEmpty()) {
      return Optional.of(number);
    }
    int last = accepted.getLast().number();
    if (number > last && number <= last + MAX_JUMP) {
      return Optional.of(number);
    }
    // "§ 13" between § 17 and § 19: a misread 18, not a second reading of § 13.
    if (next != null && next.number() == last + 2 && !seen.contains(last + 1)) {
      return Optional.of(last + 1);
    }
    // The numbering starts over at a number already read: a second reading of the minutes.
    if (seen.contains(number)) {
      return Optional.of(number);
    }
    return Optional.empty();
  }

  private static List<Candidate> candidates(List<SourceLine> content) {
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < content.size(); i++) {
      Matcher heading = HEADING.matcher(content.get(i).text());
      if (!heading.matches()) {
        continue;
      }
      String rest = heading.group("rest") == null ? "" : heading.group("rest");
      boolean continued = Fold.of(rest).matches("^\\(?forts.*");
      if (!continued && (Reflow.startsLowerCase(rest) || !hasTitle(content, i, rest))) {
        continue;
      }
      candidates.add(new Candidate(i, Integer.parseInt(heading.group("number")), rest));
    }
    return candidates;
  }

  /** A heading is followed by its title: a capitalised line that is not another § heading. */
  private static boolean hasTitle(List<SourceLine> content, int heading, String rest) {
    if (!rest.isEmpty()) {
      return true;
    }
    int seen = 0;
    for (int i = heading + 1; i < content.size() && seen < TITLE_WITHIN; i++) {
      String text = content.get(i).text();
      if (text.isEmpty()) {
        continue;
      }
      seen++;
      if (looksLikeHeading(text) || Reflow.startsLowerCase(text)) {
        return false;
      }
      return Character.isLetterOrDigit(firstVisible(text)) || CaseNumbers.in(text).isPresent();
    }
    return false;
  }

  private static char firstVisible(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return text.charAt(i);
      }
    }
    return ' ';
  }
}
