package se.kansli.followup;

import com.fasterxml.jackson.annotation.JsonProperty;
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
  @JsonProperty
  public Money forecastVariance() {
    return forecast.minus(budget);
  }

  /** Actual minus the budget pro rata to the last imported month. */
  @JsonProperty
  public Money actualVariance() {
    return actual.minus(budgetToDate);
  }
}
