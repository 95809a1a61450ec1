package se.kansli.minutesimport;

import java.util.List;

/**
 * What the parser read from one minutes file. Nothing read is lost: text that fits no field of an
 * item is kept in {@code unassigned}, and page headers and footers are kept in {@code pages}.
 *
 * @param items one per §, in order of number
 * @param unassigned text fragments that went into no field (front page, signatures, readings that
 *     could not be merged)
 * @param warnings what a person should check, in Swedish
 */
public record ParsedMinutes(
    ParsedMeeting meeting,
    List<ParsedItem> items,
    List<String> unassigned,
    List<String> warnings,
    PageMetadata pages) {

  public ParsedMinutes {
    items = List.copyOf(items);
    unassigned = List.copyOf(unassigned);
    warnings = List.copyOf(warnings);
  }
}
