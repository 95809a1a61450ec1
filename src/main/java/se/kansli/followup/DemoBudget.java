package se.kansli.followup;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.kansli.shared.Actor;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

/**
 * Demo only: E-nämnden's budget 2023 with the seed's lines, each as revenue (the municipalities'
 * fees) and as cost, so that revenue and costs are both 7 618 100 kr and the result is zero.
 */
@Component
@Order(40)
@ConditionalOnProperty("kansli.demo.enabled")
class DemoBudget implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoBudget.class);
  private static final OrganisationId COMMITTEE = OrganisationId.of("e-namnden");
  // Illustrative: the cooperation agreement's real AKI figure for the year is not in the seed.
  private static final BigDecimal ILLUSTRATIVE_AKI = new BigDecimal("3.5");
  // Illustrative subsets: the seed does not say which municipalities joined these services.
  private static final Set<String> RESCUE_SERVICE =
      Set.of("lulea", "boden", "pitea", "kalix", "alvsbyn", "haparanda");
  private static final Set<String> E_ARCHIVE =
      Set.of("lulea", "kiruna", "gallivare", "pajala", "jokkmokk", "arjeplog", "arvidsjaur");

  // The seed's interim report: "Utfall per sista maj (tkr): intäkter 1 792, kostnader 1 673,
  // avvikelse 120". Kronor chosen so that they round to those thousands.
  static final long SEED_REVENUE_TO_MAY = 1_792_400;
  static final long SEED_COSTS_TO_MAY = 1_672_500;

  private final Budgets budgets;
  private final Actuals actuals;

  DemoBudget(Budgets budgets, Actuals actuals) {
    this.budgets = budgets;
    this.actuals = actuals;
  }

  @Override
  public void run(ApplicationArguments args) {
    Actor system =
        new Actor(
            null,
            "system",
            "Kansli demodata",
            EnumSet.of(Role.ADMINISTRATOR, Role.COMMITTEE_SECRETARY),
            Set.of(COMMITTEE));
    if (!budgets.list(system).isEmpty()) {
      budgets.list(system).stream()
          .filter(b -> b.year() == 2023 && b.organisation().equals(COMMITTEE.value()))
          .filter(b -> actuals.outcome(b.id(), system).lastMonth() == 0)
          .forEach(b -> actualsToMay(b, system));
      return;
    }
    BudgetView budget = budgets.create(COMMITTEE.value(), 2023, system);
    for (LineKind kind : LineKind.values()) {
      line(budget, kind, "Grundfinansiering", 1_127_000, AllocationModel.EQUAL, Set.of(), system);
      line(
          budget,
          kind,
          "Verksamhetsutvecklare e-tjänster",
          991_800,
          AllocationModel.POPULATION,
          Set.of(),
          system);
      line(
          budget,
          kind,
          "Förvaltningsledare verksamhetssystem SOC",
          2_888_700,
          AllocationModel.POPULATION,
          Set.of(),
          system);
      line(
          budget,
          kind,
          "E-tjänsteplattform",
          1_046_900,
          AllocationModel.POPULATION,
          Set.of(),
          system);
      line(
          budget,
          kind,
          "Räddningstjänsten system",
          732_500,
          AllocationModel.PARTICIPANTS,
          RESCUE_SERVICE,
          system);
      line(budget, kind, "SOC system grund", 509_200, AllocationModel.EQUAL, Set.of(), system);
      line(budget, kind, "E-arkiv", 322_000, AllocationModel.PARTICIPANTS, E_ARCHIVE, system);
    }
    budgets.setAki(budget.id(), ILLUSTRATIVE_AKI, system);
    actualsToMay(budgets.get(budget.id(), system), system);
    log.info("Demodata: budget 2023 för e-nämnden med sju intäkts- och kostnadsrader.");
  }

  /**
   * January–May through the ledger import, as the secretary would: the seed's totals spread over
   * the lines in proportion to their budget and evenly over the months (illustrative: the seed has
   * only the totals), remainders on the first line and May so that the totals are exact.
   */
  private void actualsToMay(BudgetView budget, Actor actor) {
    StringBuilder csv = new StringBuilder("månad;rad;belopp\n");
    ledgerRows(csv, budget.revenueLines(), SEED_REVENUE_TO_MAY);
    ledgerRows(csv, budget.costLines(), SEED_COSTS_TO_MAY);
    actuals.importLedger(
        budget.id(),
        "huvudbok-jan-maj-" + budget.year() + ".csv",
        csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
        actor);
  }

  private static void ledgerRows(
      StringBuilder csv, java.util.List<BudgetLineView> lines, long total) {
    long budgetTotal = lines.stream().mapToLong(l -> l.amount().ore()).sum();
    long[] shares = new long[lines.size()];
    long spread = 0;
    for (int i = 0; i < lines.size(); i++) {
      shares[i] = total * lines.get(i).amount().ore() / budgetTotal;
      spread += shares[i];
    }
    shares[0] += total - spread;
    for (int i = 0; i < lines.size(); i++) {
      for (int month = 1; month <= 5; month++) {
        long amount = month < 5 ? shares[i] / 5 : shares[i] - 4 * (shares[i] / 5);
        csv.append(month).append(';').append(lines.get(i).position()).append(';').append(amount);
        csv.append('\n');
      }
    }
  }

  private void line(
      BudgetView budget,
      LineKind kind,
      String name,
      long kronor,
      AllocationModel model,
      Set<String> participants,
      Actor actor) {
    budgets.addLine(
        budget.id(),
        new NewBudgetLine(kind, name, BigDecimal.valueOf(kronor), model, participants, Map.of()),
        actor);
  }
}
