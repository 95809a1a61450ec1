package se.kansli.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.shared.Actor;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;
import se.kansli.signing.EidMetering;
import se.kansli.signing.TransactionKind;

/**
 * A METERED line and the invoice basis follow the eID transactions metered this year. Överkalix and
 * Boden are used because no other test signs anything for them.
 */
@KansliTest
class MeteredBudgetTest {

  @Autowired Budgets budgets;
  @Autowired TestStaff staff;
  @Autowired EidMetering metering;
  @Autowired TransactionTemplate transactions;

  @Test
  void meteredUsageSplitsTheLineAndIsPricedOnTheInvoiceBasis() {
    Actor actor = staff.actor(Role.ADMINISTRATOR, "boden", "overkalix");
    transactions.executeWithoutResult(tx -> {
      for (int i = 0; i < 3; i++) {
        metering.record(
            OrganisationId.of("overkalix"), TransactionKind.SIGNATURE, "bankid", "test:" + i);
      }
      metering.record(OrganisationId.of("overkalix"), TransactionKind.SMS, "sms", "test:sms");
    });
    int year = LocalDate.now(ZoneId.of("Europe/Stockholm")).getYear();
    BudgetView budget = budgets.create("boden", year, actor);
    budgets.addLine(
        budget.id(),
        BudgetFixture.line(LineKind.REVENUE, "Transaktionsavgift", "1000", AllocationModel.METERED),
        actor);

    InvoiceBasis basis = budgets.invoiceBasis(budget.id(), actor);

    InvoiceBasis.Row overkalix =
        basis.rows().stream()
            .filter(r -> r.municipality().equals("overkalix"))
            .findFirst()
            .orElseThrow();
    assertThat(overkalix.fees()).isEqualTo(Money.kronor(1000));
    assertThat(overkalix.transactions())
        .extracting(InvoiceBasis.Transactions::priceKey, InvoiceBasis.Transactions::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("bankid-signature", 3L),
            org.assertj.core.groups.Tuple.tuple("sms", 1L));
    // 3 × 2,50 + 1 × 0,45 at the prices in application.yml.
    assertThat(overkalix.total()).isEqualTo(Money.of(new BigDecimal("1007.95")));
    assertThat(basis.total()).isEqualTo(Money.of(new BigDecimal("1007.95")));
  }
}
