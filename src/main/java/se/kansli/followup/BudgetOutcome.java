package se.kansli.followup;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The follow-up of a budget: each line's outcome to the last imported month ({@code 0} when nothing
 * has been imported yet) and the totals of revenue, costs and the result.
 */
public record BudgetOutcome(UUID budgetId, int year, int lastMonth, List<LineOutcome> lines) {

  public List<LineOutcome> revenueLines() {
    return lines.stream().filter(l -> l.kind() == LineKind.REVENUE).toList();
  }

  public List<LineOutcome> costLines() {
    return lines.stream().filter(l -> l.kind() == LineKind.COST).toList();
  }

  /**
   * "Line: comment" for each forecast set with a comment, once even when a line's revenue and cost
   * side carry the same one.
   */
  public List<String> forecastComments() {
    return lines.stream()
        .filter(l -> l.forecastComment() != null)
        .map(l -> l.name() + ": " + l.forecastComment())
        .distinct()
        .toList();
  }

  @JsonProperty
  public Totals revenue() {
    return Totals.of(revenueLines());
  }

  @JsonProperty
  public Totals costs() {
    return Totals.of(costLines());
  }

  /** Revenue minus costs, column by column. */
  @JsonProperty
  public Totals result() {
    Totals r = revenue();
    Totals c = costs();
    return new Totals(
        r.budget().minus(c.budget()),
        r.actual().minus(c.actual()),
        r.budgetToDate().minus(c.budgetToDate()),
        r.forecast().minus(c.forecast()));
  }

  public record Totals(Money budget, Money actual, Money budgetToDate, Money forecast) {

    static Totals of(List<LineOutcome> lines) {
      return new Totals(
          sum(lines, LineOutcome::budget),
          sum(lines, LineOutcome::actual),
          sum(lines, LineOutcome::budgetToDate),
          sum(lines, LineOutcome::forecast));
    }

    private static Money sum(List<LineOutcome> lines, Function<LineOutcome, Money> f) {
      return lines.stream().map(f).reduce(Money.ZERO, Money::plus);
    }

    @JsonProperty
    public Money forecastVariance() {
      return forecast.minus(budget);
    }

    @JsonProperty
    public Money actualVariance() {
      return actual.minus(budgetToDate);
    }
  }
}
