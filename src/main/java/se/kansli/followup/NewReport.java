package se.kansli.followup;

/**
 * Command: start a report.
 *
 * @param throughMonth the report covers January to the end of this month; an annual report always
 *     covers the whole year
 * @param title blank gives "Delårsrapport 2022" or "Årsrapport 2022"
 */
public record NewReport(
    String organisation, Integer year, ReportKind kind, Integer throughMonth, String title) {}
