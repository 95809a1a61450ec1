package se.kansli.minutesimport;

import java.util.List;

/**
 * The text of a minutes file before parsing: one string per page when the pages are known (a PDF,
 * or text with form feeds), else one string for the whole file.
 *
 * @param warnings what reading the file noticed (another encoding than UTF-8, pages without text)
 */
record MinutesText(List<String> pages, Source source, List<String> warnings) {

  enum Source {
    TEXT,
    PDF
  }

  MinutesText {
    pages = List.copyOf(pages);
    warnings = List.copyOf(warnings);
  }

  static MinutesText ofText(String text) {
    return new MinutesText(List.of(text), Source.TEXT, List.of());
  }
}
