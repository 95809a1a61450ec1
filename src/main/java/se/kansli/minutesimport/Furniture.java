package se.kansli.minutesimport;

import java.util.List;

/**
 * What the page headers and footers said, and which lines they were.
 *
 * @param lineIsFurniture by line index: whether the line is a page header or footer
 * @param municipalities the municipality as read from each header ("LULEA KOMMUN")
 * @param bodyDates body and date from each header and footer that gave them
 * @param signatureHashes the SHA-256 from each "(Signerat, SHA-256 …)" stamp
 * @param pageCount pages, counted from page breaks and page footers
 */
record Furniture(
    boolean[] lineIsFurniture,
    List<String> headers,
    List<String> footers,
    List<String> municipalities,
    List<BodyDate> bodyDates,
    List<String> signatureHashes,
    int pageCount) {

  boolean isFurniture(SourceLine line) {
    return lineIsFurniture[line.index()];
  }
}
