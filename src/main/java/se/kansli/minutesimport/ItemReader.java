package se.kansli.minutesimport;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one item: the title and case number under its § heading, then its sections by their
 * headings. Text before any heading is the summary; a decision without a heading is found by its
 * "<body> beslutar" opening.
 */
final class ItemReader {

  /** A title longer than this is more likely body text than a heading. */
  private static final int LONG_TITLE = 160;

  private static final int MAX_TITLE_LINES = 4;

  /** Headings found under a field, confidence when the heading was read exactly or with edits. */
  private static final double EXACT_HEADING = 1.0;

  private static final double FUZZY_HEADING = 0.9;
  private static final double NO_HEADING = 0.7;
  private static final double UNLABELLED_SUMMARY = 0.6;

  private final Reflow reflow;
  private final ReadingQualities qualities;

  ItemReader(Reflow reflow, ReadingQualities qualities) {
    this.reflow = reflow;
    this.qualities = qualities;
  }

  /** A part of the item under one heading; the part before any heading has none. */
  private record Section(HeadingMatch heading, List<String> lines) {

    Field field() {
      return heading == null ? Field.SUMMARY : heading.heading().field();
    }
  }

  private record Head(
      String title, CaseNumbers.Found caseNumber, boolean titleSure, int bodyStart) {}

  ItemReading read(ItemHeadings.Segment segment) {
    List<String> lines = segment.lines().stream().map(SourceLine::text).toList();
    Head head = head(segment.rest(), lines);
    List<Section> sections = sections(lines.subList(head.bodyStart(), lines.size()));
    Map<Field, Double> confidence = new EnumMap<>(Field.class);
    List<String> warnings = new ArrayList<>();

    Map<Field, List<String>> fieldLines = new EnumMap<>(Field.class);
    Map<Field, Double> headingConfidence = new EnumMap<>(Field.class);
    for (Section section : sections) {
      append(fieldLines, headingConfidence, section);
    }

    List<String> summaryLines = fieldLines.getOrDefault(Field.SUMMARY, List.of());
    List<String> decisionLines = fieldLines.getOrDefault(Field.DECISION, List.of());
    if (isEmpty(decisionLines)) {
      Optional<DecisionFinder.Span> span = DecisionFinder.find(summaryLines);
      if (span.isPresent()) {
        decisionLines = summaryLines.subList(span.get().from(), span.get().to());
        List<String> rest = new ArrayList<>(summaryLines.subList(0, span.get().from()));
        rest.add("");
        rest.addAll(summaryLines.subList(span.get().to(), summaryLines.size()));
        summaryLines = rest;
        headingConfidence.put(Field.DECISION, NO_HEADING);
      }
    }

    String title = head.title();
    String caseNumber = head.caseNumber() == null ? null : head.caseNumber().caseNumber();
    String decision = textOrNull(decisionLines);
    String summary = textOrNull(summaryLines);
    String proceedings = textOrNull(fieldLines.getOrDefault(Field.PROCEEDINGS, List.of()));
    List<String> basis = reflow.entries(fieldLines.getOrDefault(Field.DECISION_BASIS, List.of()));
    List<String> recipients =
        splitRecipients(reflow.entries(fieldLines.getOrDefault(Field.RECIPIENTS, List.of())));
    Votes votes = votes(sections).orElse(null);
    List<String> leftOver = closing(fieldLines.getOrDefault(Field.CLOSING, List.of()));

    if (title != null) {
      double sure = head.titleSure() ? 1.0 : 0.8;
      confidence.put(
          Field.TITLE, sure * (title.length() > LONG_TITLE ? 0.7 : 1.0) * cleanliness(title));
    }
    if (head.caseNumber() != null) {
      CaseNumbers.Found found = head.caseNumber();
      double sure = found.labelled() ? (found.knownShape() ? 1.0 : 0.6) : 0.8;
      confidence.put(Field.CASE_NUMBER, sure);
    }
    putTextConfidence(confidence, headingConfidence, Field.DECISION, decision);
    putTextConfidence(confidence, headingConfidence, Field.SUMMARY, summary);
    putTextConfidence(confidence, headingConfidence, Field.PROCEEDINGS, proceedings);
    putTextConfidence(
        confidence, headingConfidence, Field.DECISION_BASIS, String.join("\n", basis));
    putTextConfidence(
        confidence, headingConfidence, Field.RECIPIENTS, String.join("\n", recipients));
    if (votes != null) {
      boolean agree = VoteReader.membersAgree(votes);
      confidence.put(Field.VOTES, agree ? 0.9 : 0.6);
      if (!agree) {
        warnings.add(
            "§ %d: omröstningens siffror stämmer inte med ledamöternas röster."
                .formatted(segment.number()));
      }
    }
    return new ItemReading(
        segment.number(),
        title,
        caseNumber,
        decision,
        summary,
        proceedings,
        votes,
        basis,
        recipients,
        confidence,
        leftOver,
        warnings);
  }

  /**
   * The title and case number: the lines under the heading up to the first section heading or body
   * paragraph. A title runs on over a line break (even a blank line OCR put in) while it is
   * unfinished: ending in "och", "av" or a hyphen, or followed by a line in lower case.
   */
  private Head head(String rest, List<String> lines) {
    List<String> title = new ArrayList<>();
    CaseNumbers.Found caseNumber = null;
    boolean sure = false;
    if (!rest.isEmpty()) {
      caseNumber = headLine(rest, title, caseNumber);
    }
    int i = 0;
    for (; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      if (SectionHeadings.isHeading(line)) {
        sure = !title.isEmpty();
        break;
      }
      Optional<CaseNumbers.Found> found =
          caseNumber == null ? CaseNumbers.in(line) : Optional.empty();
      if (found.isPresent()) {
        caseNumber = headLine(line, title, null);
        sure = !title.isEmpty();
        continue;
      }
      if (title.isEmpty()) {
        title.add(line);
        continue;
      }
      boolean unfinished =
          Reflow.endsWithConnector(title.getLast()) || title.getLast().endsWith("-");
      boolean runsOn = unfinished || Reflow.startsLowerCase(line);
      if (caseNumber == null && runsOn && title.size() < MAX_TITLE_LINES) {
        title.add(line);
        continue;
      }
      break;
    }
    String joined = title.isEmpty() ? null : reflow.text(paragraph(title));
    return new Head(joined, caseNumber, sure || caseNumber != null, i);
  }

  /** A head line: the case number with any title before its label, or a title line. */
  private static CaseNumbers.Found headLine(
      String line, List<String> title, CaseNumbers.Found caseNumber) {
    Optional<CaseNumbers.Found> found = CaseNumbers.in(line);
    if (found.isPresent() && caseNumber == null) {
      if (!found.get().before().isEmpty()) {
        title.add(found.get().before());
      }
      return found.get();
    }
    title.add(line);
    return caseNumber;
  }

  /** The title's lines as one paragraph: a blank line inside a title is OCR's, not the writer's. */
  private static List<String> paragraph(List<String> lines) {
    return lines.stream().filter(l -> !l.isEmpty()).toList();
  }

  private static List<Section> sections(List<String> lines) {
    List<Section> sections = new ArrayList<>();
    Section current = new Section(null, new ArrayList<>());
    sections.add(current);
    for (String line : lines) {
      Optional<HeadingMatch> heading =
          line.isEmpty() ? Optional.empty() : SectionHeadings.match(line);
      if (heading.isPresent()) {
        current = new Section(heading.get(), new ArrayList<>());
        sections.add(current);
        if (!heading.get().rest().isEmpty()) {
          current.lines().add(heading.get().rest());
        }
        continue;
      }
      current.lines().add(line);
    }
    return sections;
  }

  /**
   * Adds a section's lines to its field. The heading that opens a field is consumed; a heading that
   * is kept in the text (a vote, a dissent), or a second heading under a field that already has
   * text ("Beskrivning av ärendet" after the summary), stays as a line of its own.
   */
  private static void append(
      Map<Field, List<String>> fieldLines, Map<Field, Double> headingConfidence, Section section) {
    if (section.heading() == null && isEmpty(section.lines())) {
      return;
    }
    Field field = section.field();
    List<String> lines = fieldLines.computeIfAbsent(field, f -> new ArrayList<>());
    HeadingMatch heading = section.heading();
    if (heading != null && (heading.heading().keptInText() || !isEmpty(lines))) {
      if (!lines.isEmpty()) {
        lines.add("");
      }
      lines.add(heading.label());
    } else if (!lines.isEmpty()) {
      lines.add("");
    }
    lines.addAll(section.lines());
    double sure =
        heading == null ? UNLABELLED_SUMMARY : heading.exact() ? EXACT_HEADING : FUZZY_HEADING;
    headingConfidence.merge(field, sure, Math::max);
  }

  private void putTextConfidence(
      Map<Field, Double> confidence,
      Map<Field, Double> headingConfidence,
      Field field,
      String text) {
    if (text == null || text.isEmpty()) {
      return;
    }
    double sure = headingConfidence.getOrDefault(field, NO_HEADING);
    confidence.put(field, sure * cleanliness(text));
  }

  private double cleanliness(String text) {
    return qualities.of(text).cleanliness();
  }

  private static Optional<Votes> votes(List<Section> sections) {
    List<String> voteLines = new ArrayList<>();
    for (Section section : sections) {
      if (section.heading() != null && section.heading().heading() == SectionHeading.VOTE) {
        voteLines.addAll(section.lines());
      }
    }
    if (voteLines.isEmpty()) {
      // Without a heading of its own, a vote is told in the decision procedure.
      for (Section section : sections) {
        if (section.field() == Field.PROCEEDINGS) {
          for (String line : section.lines()) {
            String folded = Fold.of(line);
            if (folded.contains("omrostning")
                || folded.contains("votering")
                || folded.contains("roster")) {
              voteLines.add(line);
            }
          }
        }
      }
    }
    return VoteReader.read(voteLines);
  }

  private List<String> closing(List<String> lines) {
    String text = reflow.text(lines);
    return text.isEmpty() ? List.of() : List.of(text);
  }

  /** "Kommunstyrelsen, Ekonomikontoret": one recipient per comma or semicolon. */
  private static List<String> splitRecipients(List<String> entries) {
    List<String> recipients = new ArrayList<>();
    for (String entry : entries) {
      for (String part : entry.split("\\s*[,;]\\s*")) {
        if (!part.isBlank()) {
          recipients.add(part.strip());
        }
      }
    }
    return recipients;
  }

  private String textOrNull(List<String> lines) {
    String text = reflow.text(lines);
    return text.isEmpty() ? null : text;
  }

  private static boolean isEmpty(List<String> lines) {
    return lines.stream().allMatch(String::isEmpty);
  }
}
