package se.kansli.followup;

import java.util.UUID;

/**
 * One budget line followed up: the actual outcome to date, the forecast for the year (set by hand,
 * or the budget itself when nobody has), and the variances against the budget.
 */
public record LineOutcome(
    UUID id,
    int position,
    LineKind kind,
    String name,
    Money budget,
    Money actual,
    Money budgetToDate,
    Money forecast,
    boolean forecastSetByHand,
    String forecastComment) {

  /** Forecast minus budget for the whole year. */
  public Money forecastVariance() {
    return forecast.minus(budget);
  }

  /** Actual minus the budget pro rata to the last imported month. */
  public Money actualVariance() {
    return actual.minus(budgetToDate);
  }
}
