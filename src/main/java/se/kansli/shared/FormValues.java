package se.kansli.shared;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * Typed values from HTML form fields: empty is absent, anything unreadable is an {@link
 * InvalidInput} naming the field, so the form comes back with a Swedish message beside it.
 */
public final class FormValues {

  private FormValues() {}

  public static LocalDate date(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInput(field, "Skriv datumet som ÅÅÅÅ-MM-DD.");
    }
  }

  public static LocalTime time(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInput(field, "Skriv tiden som TT:MM.");
    }
  }

  public static Integer integer(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInput(field, "Skriv ett heltal.");
    }
  }
}
