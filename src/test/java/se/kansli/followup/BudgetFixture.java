package se.kansli.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import se.kansli.portfolio.NewService;
import se.kansli.portfolio.ServiceStage;
import se.kansli.portfolio.ServiceView;
import se.kansli.portfolio.SharedServices;
import se.kansli.shared.Actor;

/** Budgets for tests that share one database: each gets a year no other test has taken. */
final class BudgetFixture {

  private BudgetFixture() {}

  /** A budget in a year whose next year is free too, so that it can be indexed. */
  static BudgetView fresh(Budgets budgets, String organisation, Actor actor) {
    Set<Integer> taken =
        budgets.list(actor).stream()
            .filter(b -> b.organisation().equals(organisation))
            .map(BudgetView::year)
            .collect(Collectors.toSet());
    for (int tries = 0; tries < 500; tries++) {
      int year = 2000 + ThreadLocalRandom.current().nextInt(100);
      if (!taken.contains(year) && !taken.contains(year + 1)) {
        return budgets.create(organisation, year, actor);
      }
    }
    throw new IllegalStateException("No free budget year left");
  }

  static NewBudgetLine line(LineKind kind, String name, String amount, AllocationModel model) {
    return new NewBudgetLine(kind, name, new BigDecimal(amount), model, null, Map.of());
  }

  /**
   * A shared service of the committee that the municipalities have taken part in since 1999, so
   * that they take part the whole of any fixture year.
   */
  static UUID service(SharedServices services, Actor coordinator, String... municipalities) {
    ServiceView service =
        services.create(
            new NewService(
                "e-namnden",
                "Tjänst " + UUID.randomUUID(),
                "För budgettest",
                "E-nämnden",
                ServiceStage.IN_OPERATION,
                LocalDate.of(1999, 1, 1),
                null,
                false),
            coordinator);
    for (String m : municipalities) {
      services.join(service.id(), m, LocalDate.of(1999, 1, 1), null, coordinator);
    }
    return service.id().value();
  }
}
