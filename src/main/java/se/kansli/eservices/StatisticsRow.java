package se.kansli.eservices;

/**
 * One e-service's figures for one month in one municipality's catalogue.
 *
 * @param month {@code 2026-03}
 * @param medianDays median handling time (submitted → closed) in days of the closed submissions
 * @param p90Days 90th percentile of the same, null when none is closed
 * @param withinTarget share (0–1) of the closed submissions closed on or before their due date
 * @param visitors distinct visitors of the e-service's catalogue page, counted per day and summed
 */
public record StatisticsRow(
    EServiceId eService,
    String eServiceTitle,
    String organisation,
    String month,
    long submissions,
    long closed,
    Double medianDays,
    Double p90Days,
    Double withinTarget,
    long visitors) {

  /** The median in days with a Swedish decimal comma, or a dash when nothing is closed. */
  public String medianText() {
    return medianDays == null ? "–" : decimal(medianDays);
  }

  public String p90Text() {
    return p90Days == null ? "–" : decimal(p90Days);
  }

  public String withinTargetText() {
    return withinTarget == null ? "–" : Math.round(withinTarget * 100) + " %";
  }

  /** Swedish decimal comma, as a Swedish Excel reads it. */
  static String decimal(Double value) {
    return value == null ? "" : String.format(java.util.Locale.of("sv", "SE"), "%.1f", value);
  }
}
