package se.kansli.followup;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.kansli.portfolio.Participants;
import se.kansli.shared.Actor;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

/**
 * Demo only: E-nämnden's budget 2022 with the outcome and forecast of the seed's interim report,
 * and its budget 2023 with the seed's lines, each as revenue (the municipalities' fees) and as
 * cost, so that revenue and costs are both 7 618 100 kr and the result is zero.
 */
@Component
@Order(40)
@ConditionalOnProperty("kansli.demo.enabled")
class DemoBudget implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoBudget.class);
  private static final OrganisationId COMMITTEE = OrganisationId.of("e-namnden");
  // Illustrative: the cooperation agreement's real AKI figure for the year is not in the seed.
  private static final BigDecimal ILLUSTRATIVE_AKI = new BigDecimal("3.5");
  // The portfolio's services these lines fund; who takes part, and since when, is kept there.
  static final String RESCUE_SERVICE = "Verksamhetssystem för räddningstjänsten";
  static final String E_ARCHIVE = "Gemensamt e-arkiv";

  // The seed's interim report 2022: "Utfall per sista maj (tkr): intäkter 1 792, kostnader 1 673,
  // avvikelse 120"; budget 5 034 and forecast 6 193 on both sides. Kronor chosen so that they
  // round to those thousands.
  static final long SEED_REVENUE_TO_MAY = 1_792_400;
  static final long SEED_COSTS_TO_MAY = 1_672_500;
  static final long SEED_BUDGET = 5_034_000;
  static final long SEED_FORECAST = 6_193_000;
  static final String PROJECTS = "Projekt som tillkommit under året";

  private final Budgets budgets;
  private final Actuals actuals;
  private final Participants participants;

  DemoBudget(Budgets budgets, Actuals actuals, Participants participants) {
    this.budgets = budgets;
    this.actuals = actuals;
    this.participants = participants;
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
    if (absent(2022, system)) {
      budget2022(system);
    }
    if (absent(2023, system)) {
      budget2023(system);
    }
  }

  private boolean absent(int year, Actor system) {
    return budgets.list(system).stream()
        .noneMatch(b -> b.year() == year && b.organisation().equals(COMMITTEE.value()));
  }

  /**
   * The year of the seed's interim report: budget 5 034 tkr on both sides, the outcome to 31 May
   * from the ledger, and the forecast of 6 193 tkr because projects were added during the year. The
   * seed gives only these totals; the lines and their amounts are illustrative.
   */
  private void budget2022(Actor system) {
    BudgetView budget = budgets.create(COMMITTEE.value(), 2022, system);
    for (LineKind kind : LineKind.values()) {
      line(budget, kind, "Grundfinansiering", 1_100_000, AllocationModel.EQUAL, null, system);
      line(
          budget,
          kind,
          "Verksamhetsutvecklare e-tjänster",
          950_000,
          AllocationModel.POPULATION,
          null,
          system);
      line(
          budget,
          kind,
          "Förvaltningsledare verksamhetssystem SOC",
          1_200_000,
          AllocationModel.POPULATION,
          null,
          system);
      line(budget, kind, "E-tjänsteplattform", 1_020_000, AllocationModel.POPULATION, null, system);
      line(budget, kind, "SOC system grund", 450_000, AllocationModel.EQUAL, null, system);
      line(budget, kind, "E-arkiv", 314_000, AllocationModel.PARTICIPANTS, E_ARCHIVE, system);
      // Shared equally until the year's projects have their participants in the portfolio.
      line(budget, kind, PROJECTS, 0, AllocationModel.EQUAL, null, system);
    }
    BudgetView created = budgets.get(budget.id(), system);
    actualsToMay(created, system);
    for (BudgetLineView line : created.lines()) {
      if (line.name().equals(PROJECTS)) {
        actuals.setForecast(
            created.id(),
            line.id(),
            BigDecimal.valueOf(SEED_FORECAST - SEED_BUDGET),
            "Projekt Elevhälsan, HR, e-learning och DCBD har tillkommit under året och"
                + " finansieras av de deltagande kommunerna.",
            system);
      }
    }
    log.info("Demodata: budget 2022 för e-nämnden med utfall januari–maj och prognos.");
  }

  private void budget2023(Actor system) {
    BudgetView budget = budgets.create(COMMITTEE.value(), 2023, system);
    for (LineKind kind : LineKind.values()) {
      line(budget, kind, "Grundfinansiering", 1_127_000, AllocationModel.EQUAL, null, system);
      line(
          budget,
          kind,
          "Verksamhetsutvecklare e-tjänster",
          991_800,
          AllocationModel.POPULATION,
          null,
          system);
      line(
          budget,
          kind,
          "Förvaltningsledare verksamhetssystem SOC",
          2_888_700,
          AllocationModel.POPULATION,
          null,
          system);
      line(budget, kind, "E-tjänsteplattform", 1_046_900, AllocationModel.POPULATION, null, system);
      line(
          budget,
          kind,
          "Räddningstjänsten system",
          732_500,
          AllocationModel.PARTICIPANTS,
          RESCUE_SERVICE,
          system);
      line(budget, kind, "SOC system grund", 509_200, AllocationModel.EQUAL, null, system);
      line(budget, kind, "E-arkiv", 322_000, AllocationModel.PARTICIPANTS, E_ARCHIVE, system);
    }
    budgets.setAki(budget.id(), ILLUSTRATIVE_AKI, system);
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
      if (shares[i] == 0) {
        continue;
      }
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
      String fundedService,
      Actor actor) {
    UUID fundedBy =
        fundedService == null
            ? null
            : participants.fundable(COMMITTEE.value()).stream()
                .filter(f -> f.name().equals(fundedService))
                .findFirst()
                .orElseThrow(
                    () -> new IllegalStateException("The demo portfolio has no " + fundedService))
                .id();
    budgets.addLine(
        budget.id(),
        new NewBudgetLine(kind, name, BigDecimal.valueOf(kronor), model, fundedBy, Map.of()),
        actor);
  }
}
