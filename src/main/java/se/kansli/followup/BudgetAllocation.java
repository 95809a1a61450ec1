package se.kansli.followup;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * The lines of one kind split per municipality: {@code rows} has one entry per municipality with
 * its share of each line (in the order of {@code lines}) and its total. Every column sums exactly
 * to its line, to the öre.
 */
public record BudgetAllocation(
    BudgetView budget, LineKind kind, List<BudgetLineView> lines, List<Row> rows, Money total) {

  public record Row(String municipality, String name, List<Money> shares, Money total) {}

  /** The largest municipality total, for scaling the chart's bars. */
  @JsonIgnore
  public Money largest() {
    return rows.stream().map(Row::total).max(Money::compareTo).orElse(Money.ZERO);
  }

  /** A bar's width in percent of the chart, the largest total filling it. */
  public double barPercent(Row row) {
    long max = largest().ore();
    return max == 0 ? 0 : 100.0 * row.total().ore() / max;
  }
}
