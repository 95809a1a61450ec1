package se.kansli.minutesimport;

/**
 * One line of the input after cleaning.
 *
 * @param index the line's position in the whole input, from 0
 * @param page the page it was on, from 0
 * @param text the cleaned text: whitespace collapsed, control characters and ligatures resolved
 */
record SourceLine(int index, int page, String text) {

  boolean isBlank() {
    return text.isEmpty();
  }
}
