package se.kansli.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.UUID;

/**
 * A report and, once filed, where: the case and the document whose PDF/A is the report from then
 * on.
 */
public record ReportView(
    ReportId id,
    String organisation,
    String organisationName,
    int year,
    ReportKind kind,
    int throughMonth,
    String title,
    ReportTexts texts,
    Registration registration) {

  private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

  public record Registration(
      UUID caseId,
      String caseNumber,
      UUID documentId,
      String sha256,
      Instant registeredAt,
      String registeredBy) {}

  public boolean registered() {
    return registration != null;
  }

  public LocalDate periodEnd() {
    return YearMonth.of(year, throughMonth).atEndOfMonth();
  }

  /** "januari–maj 2022", or "januari 2022" for a report on January alone. */
  public String periodText() {
    String first = Month.JANUARY.getDisplayName(TextStyle.FULL_STANDALONE, SWEDISH);
    String last = Month.of(throughMonth).getDisplayName(TextStyle.FULL_STANDALONE, SWEDISH);
    return (throughMonth == 1 ? first : first + "–" + last) + " " + year;
  }
}
