package se.kansli.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import se.kansli.organisations.StaffUser;
import se.kansli.shared.InvalidInput;

/** Turns query-string text into typed filters, with Swedish messages for what cannot be read. */
final class SearchParams {

  private SearchParams() {}

  /** A search from request parameters, shared by the search page and the API. */
  static SearchQuery query(
      String q,
      String organisation,
      String year,
      String classification,
      String status,
      String officer,
      int page,
      int size) {
    return new SearchQuery(
        q, organisation, year(year), classification, status(status), uuid(officer), page, size);
  }

  static Integer year(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInput("year", "Året ska skrivas med fyra siffror.");
    }
  }

  static CaseStatus status(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return CaseStatus.valueOf(value.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("status", "Status ska vara OPEN eller CLOSED.");
    }
  }

  static UUID uuid(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("officer", "Okänd handläggare.");
    }
  }

  static LocalDate date(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInput(field, "Datumet ska skrivas ÅÅÅÅ-MM-DD.");
    }
  }

  static Map<UUID, String> names(List<StaffUser> users) {
    return users.stream()
        .collect(Collectors.toMap(StaffUser::id, StaffUser::displayName, (a, b) -> a));
  }
}
