package se.kansli.minutesimport;

import java.util.List;

/**
 * The pages the minutes came on. Page headers and footers are taken out of the text and kept here,
 * each distinct line once, in order of first appearance.
 *
 * @param count pages in the PDF, or for text the pages found from page breaks and footers
 * @param source "pdf" or "text"
 */
public record PageMetadata(int count, String source, List<String> headers, List<String> footers) {

  public PageMetadata {
    headers = List.copyOf(headers);
    footers = List.copyOf(footers);
  }
}
