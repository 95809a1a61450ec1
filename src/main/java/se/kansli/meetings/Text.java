package se.kansli.meetings;

import se.kansli.shared.InvalidInput;

/** Trimming and required-field checks for the meetings' commands. */
final class Text {

  private Text() {}

  static String required(String value, String field, String message) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput(field, message);
    }
    return value.strip();
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
