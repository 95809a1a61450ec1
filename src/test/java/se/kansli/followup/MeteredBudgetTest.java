package se.kansli.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.shared.Actor;
import se.kansli.shared.Forbidden;
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

  @Test
  void theCommitteesBudgetSplitsMeteredCostsOverMunicipalitiesItsReaderIsNoMemberOf() {
    Actor committee = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
    BudgetView budget = committeeBudget(today.getYear(), committee);
    Map<String, Long> before = signatures(budgets.invoiceBasis(budget.id(), committee));
    transactions.executeWithoutResult(tx -> {
      metering.record(OrganisationId.of("jokkmokk"), TransactionKind.SIGNATURE, "bankid", "t:1");
      metering.record(OrganisationId.of("jokkmokk"), TransactionKind.SIGNATURE, "bankid", "t:2");
      metering.record(OrganisationId.of("overtornea"), TransactionKind.SIGNATURE, "bankid", "t:3");
    });
    String name = "eID-kostnader " + UUID.randomUUID();
    budgets.addLine(
        budget.id(),
        BudgetFixture.line(LineKind.COST, name, "900", AllocationModel.METERED),
        committee);

    assertThat(metering.counts(today, today, committee))
        .as("the committee's own memberships alone do not reach the municipalities")
        .noneMatch(c -> c.organisation().equals("jokkmokk"));
    Map<String, Long> after = signatures(budgets.invoiceBasis(budget.id(), committee));
    assertThat(after.getOrDefault("jokkmokk", 0L) - before.getOrDefault("jokkmokk", 0L))
        .isEqualTo(2);
    assertThat(after.getOrDefault("overtornea", 0L) - before.getOrDefault("overtornea", 0L))
        .isEqualTo(1);

    BudgetAllocation costs = budgets.allocation(budget.id(), LineKind.COST, committee);
    int column = costs.lines().stream().map(BudgetLineView::name).toList().indexOf(name);
    long jokkmokk = share(costs, "jokkmokk", column);
    long overtornea = share(costs, "overtornea", column);
    assertThat(overtornea).isPositive();
    // No other test meters for Jokkmokk or Övertorneå, so their shares stand 2 : 1, give or take
    // the öre the largest remainders get.
    assertThat(jokkmokk).isCloseTo(2 * overtornea, within(2L));
    assertThat(costs.rows().stream().mapToLong(r -> r.shares().get(column).ore()).sum())
        .isEqualTo(Money.kronor(900).ore());
  }

  @Test
  void onlyTheCommitteesOwnUsersReadEveryOrganisationsCounts() {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
    Actor municipality = staff.actor(Role.ADMINISTRATOR, "jokkmokk");
    assertThatThrownBy(() ->
            metering.countsBilledBy(OrganisationId.of("e-namnden"), today, today, municipality))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(() ->
            metering.countsBilledBy(OrganisationId.of("jokkmokk"), today, today, municipality))
        .as("a municipality bills no one")
        .isInstanceOf(Forbidden.class);
    transactions.executeWithoutResult(
        tx -> metering.record(OrganisationId.of("pajala"), TransactionKind.SMS, "sms", "t:pajala"));
    Actor committee = staff.actor(Role.AUDITOR, "e-namnden");
    assertThat(metering.countsBilledBy(OrganisationId.of("e-namnden"), today, today, committee))
        .anyMatch(c -> c.organisation().equals("pajala") && c.kind() == TransactionKind.SMS);
  }

  private BudgetView committeeBudget(int year, Actor actor) {
    return budgets.list(actor).stream()
        .filter(b -> b.organisation().equals("e-namnden") && b.year() == year)
        .findFirst()
        .orElseGet(() -> budgets.create("e-namnden", year, actor));
  }

  private static Map<String, Long> signatures(InvoiceBasis basis) {
    Map<String, Long> counts = new HashMap<>();
    for (InvoiceBasis.Row row : basis.rows()) {
      for (InvoiceBasis.Transactions t : row.transactions()) {
        if (t.priceKey().equals("bankid-signature")) {
          counts.merge(row.municipality(), t.count(), Long::sum);
        }
      }
    }
    return counts;
  }

  private static long share(BudgetAllocation allocation, String municipality, int column) {
    return allocation.rows().stream()
        .filter(r -> r.municipality().equals(municipality))
        .findFirst()
        .orElseThrow()
        .shares()
        .get(column)
        .ore();
  }
}
