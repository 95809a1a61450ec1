package se.kansli.registry;

import java.util.UUID;

/**
 * A registry search: free text (Swedish, diacritics optional) and filters, one page at a time.
 * Blank filters mean "any".
 */
public record SearchQuery(
    String text,
    String organisation,
    Integer year,
    String classificationCode,
    CaseStatus status,
    UUID caseOfficerId,
    int page,
    int size) {

  public SearchQuery {
    page = Math.max(page, 0);
    size = size <= 0 ? 25 : Math.min(size, 100);
  }

  public static SearchQuery text(String text) {
    return new SearchQuery(text, null, null, null, null, null, 0, 25);
  }

  boolean hasText() {
    return text != null && !text.isBlank();
  }
}
