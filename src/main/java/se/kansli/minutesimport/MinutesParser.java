package se.kansli.minutesimport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.kansli.minutesimport.MinutesImportFailure.Reason;

/**
 * Parses minutes into a meeting and its items. The stages:
 *
 * <ol>
 *   <li>read the file: PDF text layer page by page, or text in UTF-8, windows-1252 or ISO-8859-1
 *       ({@link MinutesFileReader});
 *   <li>split into cleaned lines with their pages ({@link SourceLines});
 *   <li>take out page headers and footers, keeping them as metadata ({@link PageFurniture});
 *   <li>split into items at § headings that fit the numbering ({@link ItemHeadings});
 *   <li>read each item's title, case number and sections ({@link ItemReader});
 *   <li>merge readings of the same § field by field ({@link ReadingMerger});
 *   <li>derive the meeting from headers, footers and decisions ({@link MeetingFacts}).
 * </ol>
 *
 * <p>Needs neither Spring nor a database. Thread-safe: each parse has its own state.
 */
public final class MinutesParser {

  /** Larger files are refused before they are read; minutes of a few hundred pages fit well. */
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

  private final MinutesFileReader reader;

  public MinutesParser() {
    this(DEFAULT_MAX_BYTES);
  }

  public MinutesParser(long maxBytes) {
    this.reader = new MinutesFileReader(maxBytes);
  }

  /**
   * Parses a minutes file.
   *
   * @throws MinutesImportFailure when the file cannot be read as minutes, with a Swedish message
   */
  public ParsedMinutes parse(Path file) {
    return parse(reader.read(file));
  }

  /** Parses minutes from the bytes of a file (text or PDF). */
  public ParsedMinutes parse(byte[] bytes) {
    if (bytes.length == 0) {
      throw new MinutesImportFailure(Reason.EMPTY, "Filen är tom.");
    }
    return parse(reader.read(bytes));
  }

  /** Parses minutes already read as text. */
  public ParsedMinutes parseText(String text) {
    if (text.isBlank()) {
      throw new MinutesImportFailure(Reason.EMPTY, "Texten är tom.");
    }
    return parse(new MinutesText(List.of(text.split("\f")), MinutesText.Source.TEXT, List.of()));
  }

  ParsedMinutes parse(MinutesText text) {
    List<SourceLine> lines = SourceLines.of(text);
    boolean pagesAreReal = text.source() == MinutesText.Source.PDF || text.pages().size() > 1;
    Furniture furniture = PageFurniture.scan(lines, pagesAreReal);
    List<SourceLine> content = lines.stream().filter(l -> !furniture.isFurniture(l)).toList();
    ItemHeadings.Segmentation segmentation = ItemHeadings.split(content);
    if (segmentation.segments().isEmpty()) {
      throw new MinutesImportFailure(
          Reason.NOT_MINUTES,
          "Ingen svensk protokollstruktur hittades: texten har inga paragrafrubriker (§) med ärenden.");
    }
    ReadingQualities qualities = new ReadingQualities(WordFrequencies.of(content));
    Reflow reflow = Reflow.forLines(content);
    ItemReader itemReader = new ItemReader(reflow, qualities);
    Map<Integer, List<ItemReading>> readings = new LinkedHashMap<>();
    for (ItemHeadings.Segment segment : segmentation.segments()) {
      readings
          .computeIfAbsent(segment.number(), n -> new ArrayList<>())
          .add(itemReader.read(segment));
    }
    refuseWithoutMinutes(readings);

    Set<String> warnings = new LinkedHashSet<>(text.warnings());
    warnings.addAll(segmentation.warnings());
    List<String> unassigned = new ArrayList<>(fragments(segmentation.preamble(), reflow));
    List<ParsedItem> items = new ArrayList<>();
    ReadingMerger merger = new ReadingMerger(qualities);
    readings.keySet().stream()
        .sorted()
        .forEach(number -> {
          ReadingMerger.Merged merged = merger.merge(readings.get(number));
          items.add(merged.item());
          unassigned.addAll(merged.unassigned());
          warnings.addAll(merged.warnings());
        });
    warnings.addAll(ItemChecks.of(items));
    MeetingFacts.Derived meeting = MeetingFacts.derive(furniture, items, segmentation.preamble());
    warnings.addAll(meeting.warnings());

    List<String> headers = new ArrayList<>(furniture.headers());
    segmentation.continuations().stream()
        .map(SourceLine::text)
        .filter(t -> !headers.contains(t))
        .forEach(headers::add);
    int pageCount =
        text.source() == MinutesText.Source.PDF ? text.pages().size() : furniture.pageCount();
    PageMetadata pages =
        new PageMetadata(
            pageCount,
            text.source() == MinutesText.Source.PDF ? "pdf" : "text",
            headers,
            furniture.footers());
    return new ParsedMinutes(meeting.meeting(), items, unassigned, List.copyOf(warnings), pages);
  }

  /**
   * "§ 1" headings alone do not make Swedish minutes (German and legal texts have them too): at
   * least one item must have a case number, a decision or a known section heading.
   */
  private static void refuseWithoutMinutes(Map<Integer, List<ItemReading>> readings) {
    boolean anyMinutes =
        readings.values().stream()
            .flatMap(List::stream)
            .anyMatch(r ->
                r.caseNumber() != null
                    || r.decision() != null
                    || !r.decisionBasis().isEmpty()
                    || !r.recipients().isEmpty()
                    || r.proceedings() != null);
    if (!anyMinutes) {
      throw new MinutesImportFailure(
          Reason.NOT_MINUTES,
          "Ingen svensk protokollstruktur hittades: paragraferna saknar diarienummer, beslut och"
              + " rubriker som Beslutsunderlag eller Beslutet skickas till.");
    }
  }

  /** Lines outside every item, as paragraphs. */
  private static List<String> fragments(List<SourceLine> lines, Reflow reflow) {
    String text = reflow.text(lines.stream().map(SourceLine::text).toList());
    if (text.isEmpty()) {
      return List.of();
    }
    return List.of(text.split("\n\n"));
  }
}
