package se.kansli.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import se.kansli.shared.Actor;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

/** The demo on its own database: the seed's audits linked to the decisions of 2022-06-22. */
@SpringBootTest(
    properties = {
      "kansli.demo.enabled=true",
      "kansli.embedded-database.data-directory=target/test-postgres-demo-followup"
    })
@ActiveProfiles("test")
class DemoFollowUpTest {

  @Autowired Audits audits;
  @Autowired AnnualCycle cycle;
  @Autowired InternalControl control;
  @Autowired Budgets budgets;
  @Autowired Actuals actuals;

  @Test
  void theSeedsAuditsAreLinkedToTheirParagraphs() {
    Actor committee =
        new Actor(
            null,
            "test",
            "Test",
            EnumSet.of(Role.COMMITTEE_SECRETARY),
            Set.of(OrganisationId.of("e-namnden")));
    var all = audits.list(2021, committee);
    assertThat(all)
        .extracting(
            AuditView::municipality, a -> a.decision() == null ? null : a.decision().label())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("gallivare", "E-nämnden 2022-06-22 § 8"),
            org.assertj.core.groups.Tuple.tuple("kiruna", "E-nämnden 2022-06-22 § 8"),
            org.assertj.core.groups.Tuple.tuple("arvidsjaur", "E-nämnden 2022-06-22 § 9"),
            org.assertj.core.groups.Tuple.tuple("alvsbyn", "E-nämnden 2022-06-22 § 10"));
    assertThat(audits.withOpenRecommendations(committee)).hasSize(3);
    assertThat(cycle.items(committee)).hasSize(6);
    assertThat(control.plan(committee)).hasSize(3);

    // The seed's interim report: to the end of May revenue 1 792, costs 1 673, variance 120 tkr.
    BudgetView budget =
        budgets.list(committee).stream().filter(b -> b.year() == 2023).findFirst().orElseThrow();
    BudgetOutcome outcome = actuals.outcome(budget.id(), committee);
    assertThat(outcome.lastMonth()).isEqualTo(5);
    assertThat(outcome.revenue().actual()).isEqualTo(Money.kronor(1_792_400));
    assertThat(outcome.costs().actual()).isEqualTo(Money.kronor(1_672_500));
    assertThat(outcome.result().actual()).isEqualTo(Money.kronor(119_900));
  }
}
