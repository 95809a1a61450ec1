package se.kansli.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.shared.Actor;
import se.kansli.shared.Forbidden;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.Role;

@KansliTest
class ActualsTest {

  @Autowired Budgets budgets;
  @Autowired Actuals actuals;
  @Autowired TestStaff staff;
  @Autowired JdbcClient jdbc;

  Actor secretary;
  BudgetView budget;

  @BeforeEach
  void budgetWithLines() {
    secretary = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
    budget = BudgetFixture.fresh(budgets, "e-namnden", secretary);
    budgets.addLine(
        budget.id(),
        BudgetFixture.line(LineKind.REVENUE, "Avgifter", "1200000", AllocationModel.EQUAL),
        secretary);
    budgets.addLine(
        budget.id(),
        BudgetFixture.line(LineKind.COST, "Lönekostnader", "960000", AllocationModel.EQUAL),
        secretary);
    budgets.addLine(
        budget.id(),
        BudgetFixture.line(LineKind.COST, "Växel och säkerhet", "240000", AllocationModel.EQUAL),
        secretary);
  }

  @Test
  void utf8AndWindows1252ExportsAreSummedToTheLastImportedMonth() {
    String jan_mar =
        "\uFEFFMånad;Konto/rad;Belopp\n"
            + "1;Avgifter;100 000\n"
            + "2;avgifter;100 000,00\n"
            + "3;AVGIFTER;100000\n"
            + "1;Lönekostnader;79 999,50\n"
            + "1;lonekostnader;0,50\n" // ledger names without å/ä/ö, summed with the row above
            + "2;Lönekostnader;80 000\n"
            + "3;2;80 000\n"
            + "3;Växel och säkerhet;60 000\n";
    ImportResult first =
        actuals.importLedger(
            budget.id(), "jan-mar.csv", jan_mar.getBytes(StandardCharsets.UTF_8), secretary);
    assertThat(first.encoding()).isEqualTo("UTF-8");
    assertThat(first.months()).containsExactly(1, 2, 3);

    String y = Integer.toString(budget.year());
    String apr_may =
        "månad;rad;belopp\r\n"
            + y
            + "-04;Avgifter;100 000\r\n"
            + y
            + "-05;Avgifter;100 000\r\n"
            + y
            + "-04;Lönekostnader;80 000\r\n"
            + y
            + "-05;Lönekostnader;80 000\r\n"
            + y
            + "-05;Växel och Säkerhet;40 000\r\n";
    ImportResult second =
        actuals.importLedger(
            budget.id(),
            "apr-maj.csv",
            apr_may.getBytes(Charset.forName("windows-1252")),
            secretary);
    assertThat(second.encoding()).isEqualTo("windows-1252");

    BudgetOutcome outcome = actuals.outcome(budget.id(), secretary);
    assertThat(outcome.lastMonth()).isEqualTo(5);
    assertThat(outcome.revenue().actual()).isEqualTo(Money.kronor(500_000));
    assertThat(outcome.costs().actual()).isEqualTo(Money.kronor(500_000));
    LineOutcome fees = outcome.revenueLines().getFirst();
    assertThat(fees.budgetToDate()).isEqualTo(Money.kronor(500_000));
    assertThat(fees.actualVariance()).isEqualTo(Money.ZERO);
    LineOutcome switchboard = outcome.costLines().get(1);
    assertThat(switchboard.actual()).isEqualTo(Money.kronor(100_000));
    assertThat(switchboard.actualVariance()).isEqualTo(Money.ZERO);
    assertThat(outcome.result().actual()).isEqualTo(Money.ZERO);
    assertThat(outcome.result().forecast()).isEqualTo(Money.ZERO);

    // A corrected May replaces the first one.
    actuals.importLedger(
        budget.id(),
        "maj.csv",
        ("månad,rad,belopp\n5,Avgifter,\"90 000,00\"\n").getBytes(StandardCharsets.UTF_8),
        secretary);
    outcome = actuals.outcome(budget.id(), secretary);
    assertThat(outcome.revenue().actual()).isEqualTo(Money.kronor(490_000));
    assertThat(outcome.costs().actual()).isEqualTo(Money.kronor(380_000));
    assertThat(outcome.result().actual()).isEqualTo(Money.kronor(110_000));
    assertThat(outcome.revenue().actualVariance()).isEqualTo(Money.kronor(-10_000));
    assertThat(count()).isEqualTo(10);
  }

  @Test
  void aForecastSetByHandReplacesTheBudgetForTheYear() {
    UUID salaries = budgets.get(budget.id(), secretary).costLines().getFirst().id();
    BudgetOutcome outcome =
        actuals.setForecast(
            budget.id(), salaries, new BigDecimal("1000000"), "Vikarie under hösten", secretary);
    LineOutcome line = outcome.costLines().getFirst();
    assertThat(line.forecastSetByHand()).isTrue();
    assertThat(line.forecastVariance()).isEqualTo(Money.kronor(40_000));
    assertThat(outcome.result().forecast()).isEqualTo(Money.kronor(-40_000));
    assertThat(outcome.revenueLines().getFirst().forecastSetByHand()).isFalse();

    assertThatThrownBy(
            () -> actuals.setForecast(budget.id(), salaries, new BigDecimal("-1"), null, secretary))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void aFileWithBadRowsIsRefusedWholeNamingEveryRow() {
    actuals.importLedger(
        budget.id(), "jan.csv", "månad;rad;belopp\n1;Avgifter;1000\n".getBytes(), secretary);
    int before = count();
    String bad =
        "månad;rad;belopp\n"
            + "2;Avgifter;100 000\n"
            + "2;Avgifter\n"
            + "2;Lönekostnader;-5 000\n"
            + "2;Hyra;1 000\n"
            + (budget.year() + 1)
            + "-01;Avgifter;1 000\n"
            + "13;Avgifter;1 000\n"
            + "2;Avgifter;2 000 000 000\n";

    assertThatThrownBy(
            () -> actuals.importLedger(budget.id(), "feb.csv", bad.getBytes(), secretary))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("Rad 3: 2 kolumner")
        .hasMessageContaining("Rad 4, belopp: \"-5 000\" är negativt")
        .hasMessageContaining("Rad 5, rad: \"Hyra\" finns inte")
        .hasMessageContaining("Rad 6, månad")
        .hasMessageContaining("Rad 7, månad")
        .hasMessageContaining("Rad 8, belopp")
        .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("file"));
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void aNameOnBothARevenueAndACostLineMustBeGivenByNumber() {
    budgets.addLine(
        budget.id(),
        BudgetFixture.line(LineKind.COST, "Avgifter", "1000", AllocationModel.EQUAL),
        secretary);
    assertThatThrownBy(() ->
            actuals.importLedger(
                budget.id(), "x.csv", "m;r;b\n1;avgifter;1\n".getBytes(), secretary))
        .hasMessageContaining("Rad 2, rad: \"avgifter\" finns på flera budgetrader");
    actuals.importLedger(budget.id(), "x.csv", "m;r;b\n1;4;1\n".getBytes(), secretary);
    assertThat(actuals.outcome(budget.id(), secretary).costs().actual()).isEqualTo(Money.kronor(1));
  }

  @Test
  void onlySecretariesAndAdministratorsImport() {
    Actor official = staff.actor(Role.CASE_OFFICER, "e-namnden");
    assertThatThrownBy(() ->
            actuals.importLedger(
                budget.id(), "x.csv", "m;r;b\n1;Avgifter;1\n".getBytes(), official))
        .isInstanceOf(Forbidden.class);
  }

  private int count() {
    return jdbc.sql("select count(*) from budget_actuals where budget_id = ?")
        .param(budget.id())
        .query(Integer.class)
        .single();
  }
}
