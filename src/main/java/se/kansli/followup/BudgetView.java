package se.kansli.followup;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A budget of one organisation and year, with its lines in the order they were entered. */
public record BudgetView(
    UUID id,
    String organisation,
    String organisationName,
    int year,
    BigDecimal akiPercent,
    List<BudgetLineView> lines) {

  public List<BudgetLineView> revenueLines() {
    return lines.stream().filter(l -> l.kind() == LineKind.REVENUE).toList();
  }

  public List<BudgetLineView> costLines() {
    return lines.stream().filter(l -> l.kind() == LineKind.COST).toList();
  }

  public Money revenue() {
    return revenueLines().stream().map(BudgetLineView::amount).reduce(Money.ZERO, Money::plus);
  }

  public Money costs() {
    return costLines().stream().map(BudgetLineView::amount).reduce(Money.ZERO, Money::plus);
  }

  /** Revenue minus costs; a joint committee's budget balances at zero. */
  public Money result() {
    return revenue().minus(costs());
  }
}
