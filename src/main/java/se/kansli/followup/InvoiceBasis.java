package se.kansli.followup;

import java.util.List;

/**
 * What each municipality is invoiced at year end: its share of the revenue lines (the fees) plus
 * its metered eID transactions at the configured unit prices.
 */
public record InvoiceBasis(BudgetView budget, List<Row> rows, Money total) {

  public record Row(
      String municipality, String name, Money fees, List<Transactions> transactions, Money total) {

    public Money transactionCosts() {
      return transactions.stream().map(Transactions::cost).reduce(Money.ZERO, Money::plus);
    }
  }

  /** Transactions of one price key (e.g. "bankid-signature") and what they cost. */
  public record Transactions(String priceKey, long count, Money unitPrice, Money cost) {}
}
