package se.kansli.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An indicator as followed up now.
 *
 * @param outcomes what was entered by hand, per period (MANUAL only)
 * @param points the outcome over time: per meeting for a computed indicator, per period otherwise
 * @param current the outcome so far this year, null while nothing is known
 * @param met whether {@code current} reaches the target, null while nothing is known
 * @param suggestedForecast what the outcome so far suggests; the forecast itself stays a person's
 *     judgement
 */
public record IndicatorView(
    UUID id,
    UUID goal,
    String name,
    Target target,
    IndicatorSource source,
    UUID body,
    String bodyName,
    List<Outcome> outcomes,
    List<Point> points,
    BigDecimal current,
    String currentDetail,
    Boolean met,
    Forecast forecast,
    String forecastComment,
    Forecast suggestedForecast) {

  public record Outcome(String period, BigDecimal value, String comment) {}

  /**
   * One value on the chart.
   *
   * @param detail how it was counted, "13 av 14 ledamöter"
   */
  public record Point(String label, LocalDate date, BigDecimal value, String detail) {}

  public String targetText() {
    return target.text();
  }

  public String currentText() {
    return current == null ? null : target.format(current, true);
  }

  public String valueText(BigDecimal value) {
    return target.format(value, true);
  }

  public boolean metBy(BigDecimal value) {
    return target.metBy(value);
  }
}
