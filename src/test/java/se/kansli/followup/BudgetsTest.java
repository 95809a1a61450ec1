package se.kansli.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.shared.Actor;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

@KansliTest
class BudgetsTest {

  @Autowired Budgets budgets;
  @Autowired TestStaff staff;
  @Autowired OrganisationDirectory organisations;
  @Autowired Populations populations;
  @Autowired se.kansli.portfolio.SharedServices services;

  Actor secretary;

  @BeforeEach
  void committee() {
    secretary = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
  }

  @Test
  void aBudgetWithLinesIsSplitPerMunicipalityToTheOre() {
    BudgetView budget = BudgetFixture.fresh(budgets, "e-namnden", secretary);
    budgets.addLine(
        budget.id(),
        BudgetFixture.line(LineKind.COST, "Grundfinansiering", "1127000", AllocationModel.EQUAL),
        secretary);
    budgets.addLine(
        budget.id(),
        BudgetFixture.line(
            LineKind.COST, "E-tjänsteplattform", "1046900.37", AllocationModel.POPULATION),
        secretary);
    budgets.addLine(
        budget.id(),
        new NewBudgetLine(
            LineKind.COST,
            "E-arkiv",
            new BigDecimal("322000"),
            AllocationModel.PARTICIPANTS,
            BudgetFixture.service(services, secretary, "lulea", "kiruna", "pajala"),
            Map.of()),
        secretary);
    budgets.addLine(
        budget.id(),
        BudgetFixture.line(LineKind.REVENUE, "Avgifter", "2495900.37", AllocationModel.EQUAL),
        secretary);

    BudgetAllocation allocation = budgets.allocation(budget.id(), LineKind.COST, secretary);

    assertThat(allocation.lines())
        .extracting(BudgetLineView::name)
        .containsExactly("Grundfinansiering", "E-tjänsteplattform", "E-arkiv");
    assertThat(allocation.rows()).hasSize(14);
    for (int i = 0; i < allocation.lines().size(); i++) {
      int column = i;
      Money sum =
          allocation.rows().stream()
              .map(r -> r.shares().get(column))
              .reduce(Money.ZERO, Money::plus);
      assertThat(sum).isEqualTo(allocation.lines().get(i).amount());
    }
    assertThat(allocation.total()).isEqualTo(Money.of(new BigDecimal("2495900.37")));
    BudgetAllocation.Row arjeplog = row(allocation, "arjeplog");
    // 1 127 000 / 14 = 80 500 exactly; Arjeplog has no part in the e-archive.
    assertThat(arjeplog.shares().get(0)).isEqualTo(Money.kronor(80_500));
    assertThat(arjeplog.shares().get(2)).isEqualTo(Money.ZERO);
    // 322 000 kr / 3 = 107 333,33… : one of the three gets the extra öre.
    assertThat(row(allocation, "lulea").shares().get(2).ore()).isBetween(10_733_333L, 10_733_334L);
    assertThat(budgets.get(budget.id(), secretary).result()).isEqualTo(Money.ZERO);
  }

  @Test
  void aLineAmongParticipantsIsSplitByTheDaysEachTookPartInTheServiceThatYear() {
    BudgetView budget = BudgetFixture.fresh(budgets, "e-namnden", secretary);
    UUID dataCentre = BudgetFixture.service(services, secretary, "alvsbyn");
    se.kansli.portfolio.ServiceId service = new se.kansli.portfolio.ServiceId(dataCentre);
    int year = budget.year();
    // Boden joins on 1 July, Gällivare leaves on 30 June: each half a year (of 365 or 366 days).
    services.join(service, "boden", LocalDate.of(year, 7, 1), null, secretary);
    services.join(
        service, "gallivare", LocalDate.of(year - 3, 1, 1), LocalDate.of(year, 6, 30), secretary);
    services.join(service, "kiruna", LocalDate.of(year + 1, 1, 1), null, secretary);
    assertThatThrownBy(() ->
            budgets.addLine(
                budget.id(),
                BudgetFixture.line(
                    LineKind.COST, "Datacenter", "100000", AllocationModel.PARTICIPANTS),
                secretary))
        .isInstanceOf(InvalidInput.class)
        .extracting(e -> ((InvalidInput) e).field())
        .isEqualTo("fundedBy");

    BudgetView withLine =
        budgets.addLine(
            budget.id(),
            new NewBudgetLine(
                LineKind.COST,
                "Datacenter",
                new BigDecimal("100000"),
                AllocationModel.PARTICIPANTS,
                dataCentre,
                Map.of()),
            secretary);

    assertThat(withLine.lines().getFirst().participatingMunicipalities())
        .containsExactly("boden", "gallivare", "alvsbyn");
    BudgetAllocation allocation = budgets.allocation(budget.id(), LineKind.COST, secretary);
    long days = LocalDate.of(year, 12, 31).getDayOfYear();
    long firstHalf = LocalDate.of(year, 6, 30).getDayOfYear();
    Money alvsbyn = row(allocation, "alvsbyn").total();
    Money boden = row(allocation, "boden").total();
    Money gallivare = row(allocation, "gallivare").total();
    // Whole year, second half and first half share 100 000 kr in proportion to their days.
    assertThat(alvsbyn.ore() + boden.ore() + gallivare.ore()).isEqualTo(10_000_000L);
    assertThat(alvsbyn.ore())
        .isBetween(10_000_000L * days / (2 * days) - 1, 10_000_000L * days / (2 * days) + 1);
    assertThat(gallivare.ore())
        .isBetween(
            10_000_000L * firstHalf / (2 * days) - 1, 10_000_000L * firstHalf / (2 * days) + 1);
    assertThat(row(allocation, "kiruna").total()).isEqualTo(Money.ZERO);
  }

  @Test
  void populationSplitsByTheRealCountsOfTheLastCountBeforeTheYear() {
    assertThat(populations.countFor(2023)).isEqualTo(LocalDate.of(2020, 12, 31));
    assertThat(populations.countFor(2024)).isEqualTo(LocalDate.of(2023, 12, 31));
    BudgetView budget = BudgetFixture.fresh(budgets, "e-namnden", secretary);
    budgets.addLine(
        budget.id(),
        BudgetFixture.line(
            LineKind.COST, "Verksamhetsutvecklare", "991800", AllocationModel.POPULATION),
        secretary);

    BudgetAllocation allocation = budgets.allocation(budget.id(), LineKind.COST, secretary);

    Map<OrganisationId, Long> counts =
        populations.forYear(
            budget.year(),
            allocation.rows().stream().map(r -> OrganisationId.of(r.municipality())).toList(),
            "x");
    long everyone = counts.values().stream().mapToLong(Long::longValue).sum();
    assertThat(counts.get(OrganisationId.of("haparanda"))).isIn(9601L, 9177L);
    for (BudgetAllocation.Row row : allocation.rows()) {
      BigDecimal exact =
          new BigDecimal("99180000")
              .multiply(BigDecimal.valueOf(counts.get(OrganisationId.of(row.municipality()))))
              .divide(BigDecimal.valueOf(everyone), 6, RoundingMode.HALF_UP);
      assertThat(BigDecimal.valueOf(row.total().ore()).subtract(exact).abs())
          .isLessThan(BigDecimal.ONE);
    }
    assertThat(row(allocation, "lulea").total()).isGreaterThan(row(allocation, "pitea").total());
  }

  @Test
  void percentagesThatDoNotSumToHundredAreRefusedNamingTheLine() {
    BudgetView budget = BudgetFixture.fresh(budgets, "e-namnden", secretary);
    Map<String, BigDecimal> percentages = new HashMap<>();
    percentages.put("lulea", new BigDecimal("60"));
    percentages.put("kiruna", new BigDecimal("39.5"));

    assertThatThrownBy(() ->
            budgets.addLine(
                budget.id(),
                new NewBudgetLine(
                    LineKind.COST,
                    "Licenser",
                    new BigDecimal("1000"),
                    AllocationModel.FIXED_PERCENTAGES,
                    null,
                    percentages),
                secretary))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("\"Licenser\"")
        .hasMessageContaining("99,5 %")
        .extracting(e -> ((InvalidInput) e).field())
        .isEqualTo("percentages");

    percentages.put("kiruna", new BigDecimal("40"));
    budgets.addLine(
        budget.id(),
        new NewBudgetLine(
            LineKind.COST,
            "Licenser",
            new BigDecimal("1000.01"),
            AllocationModel.FIXED_PERCENTAGES,
            null,
            percentages),
        secretary);
    BudgetAllocation allocation = budgets.allocation(budget.id(), LineKind.COST, secretary);
    assertThat(row(allocation, "lulea").total()).isEqualTo(Money.of(new BigDecimal("600.01")));
    assertThat(row(allocation, "kiruna").total()).isEqualTo(Money.kronor(400));
    assertThat(row(allocation, "boden").total()).isEqualTo(Money.ZERO);
  }

  @Test
  void aMunicipalityWithoutPopulationIsRefusedByName() {
    String csv = "municipality,population_2020_12_31,population_2023_12_31\nLuleå,78549,79352\n";
    Populations partial =
        new Populations(
            organisations, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

    assertThatThrownBy(() ->
            partial.forYear(
                2024,
                List.of(OrganisationId.of("lulea"), OrganisationId.of("haparanda")),
                "E-tjänsteplattform"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("E-tjänsteplattform")
        .hasMessageContaining("Haparanda stad");
  }

  @Test
  void nextYearsBudgetIsThisYearsIndexedByAkiToWholeKronor() {
    BudgetView budget = BudgetFixture.fresh(budgets, "e-namnden", secretary);
    UUID archive = BudgetFixture.service(services, secretary, "lulea", "kiruna");
    budgets.addLine(
        budget.id(),
        BudgetFixture.line(LineKind.COST, "Grundfinansiering", "1127000", AllocationModel.EQUAL),
        secretary);
    budgets.addLine(
        budget.id(),
        new NewBudgetLine(
            LineKind.COST,
            "E-arkiv",
            new BigDecimal("322000.40"),
            AllocationModel.PARTICIPANTS,
            archive,
            Map.of()),
        secretary);
    assertThatThrownBy(() -> budgets.indexNextYear(budget.id(), secretary))
        .isInstanceOf(InvalidInput.class);
    budgets.setAki(budget.id(), new BigDecimal("3.5"), secretary);

    BudgetView next = budgets.indexNextYear(budget.id(), secretary);

    assertThat(next.year()).isEqualTo(budget.year() + 1);
    assertThat(next.lines())
        .extracting(l -> l.amount().toBigDecimal())
        .containsExactly(new BigDecimal("1166445.00"), new BigDecimal("333270.00"));
    assertThat(next.lines().get(1).allocationModel()).isEqualTo(AllocationModel.PARTICIPANTS);
    assertThat(next.lines().get(1).participatingMunicipalities())
        .containsExactly("kiruna", "lulea");
    assertThat(next.lines().get(1).fundedBy()).isEqualTo(archive);
    assertThat(next.akiPercent()).isNull();
  }

  @Test
  void anotherMunicipalitySeesNothingAndMembersMayNotChange() {
    BudgetView budget = BudgetFixture.fresh(budgets, "e-namnden", secretary);
    Actor kiruna = staff.actor(Role.ADMINISTRATOR, "kiruna");
    assertThat(budgets.list(kiruna)).noneMatch(b -> b.id().equals(budget.id()));
    assertThatThrownBy(() -> budgets.get(budget.id(), kiruna)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() ->
            budgets.addLine(
                budget.id(),
                BudgetFixture.line(LineKind.COST, "X", "1", AllocationModel.EQUAL),
                kiruna))
        .isInstanceOf(NotFound.class);
    Actor member = staff.actor(Role.COMMITTEE_MEMBER, "e-namnden");
    assertThat(budgets.get(budget.id(), member).id()).isEqualTo(budget.id());
    assertThatThrownBy(() -> budgets.setAki(budget.id(), BigDecimal.ONE, member))
        .isInstanceOf(se.kansli.shared.Forbidden.class);
  }

  @Test
  void theInvoiceBasisIsTheFeesPerMunicipalityAsCsvAndPdf() {
    BudgetView budget = BudgetFixture.fresh(budgets, "e-namnden", secretary);
    budgets.addLine(
        budget.id(),
        BudgetFixture.line(LineKind.REVENUE, "Grundavgift", "140000.14", AllocationModel.EQUAL),
        secretary);
    InvoiceBasis basis = budgets.invoiceBasis(budget.id(), secretary);
    assertThat(basis.rows()).hasSize(14);
    assertThat(basis.total()).isEqualTo(Money.of(new BigDecimal("140000.14")));
    String csv = BudgetExports.invoiceCsv(basis);
    assertThat(csv).contains("Luleå kommun;10000,01;").contains("Summa;;;;140000,14");
  }

  private static BudgetAllocation.Row row(BudgetAllocation allocation, String municipality) {
    return allocation.rows().stream()
        .filter(r -> r.municipality().equals(municipality))
        .findFirst()
        .orElseThrow();
  }
}
