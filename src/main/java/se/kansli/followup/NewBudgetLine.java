package se.kansli.followup;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * A budget line as entered. {@code fundedBy} (a shared service or an initiative of the portfolio)
 * is read only for {@link AllocationModel#PARTICIPANTS}: the portfolio's participation says who
 * pays, so that it is kept in one place. {@code percentages} (municipality id → percent) is read
 * only for {@link AllocationModel#FIXED_PERCENTAGES}.
 */
public record NewBudgetLine(
    LineKind kind,
    String name,
    BigDecimal amount,
    AllocationModel allocationModel,
    UUID fundedBy,
    Map<String, BigDecimal> percentages) {

  public NewBudgetLine {
    percentages = percentages == null ? Map.of() : Map.copyOf(percentages);
  }
}
