package se.kansli.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.kansli.PdfAValidation;
import se.kansli.registry.CaseId;
import se.kansli.registry.DocumentRegistry;
import se.kansli.shared.Actor;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;
import se.kansli.shared.Sha256;

/**
 * The demo on its own database: the seed's audits linked to the decisions of 2022-06-22, budget
 * 2022 with the interim report's figures, and that report filed as PDF/A.
 */
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

  @Autowired FollowUpReports reports;
  @Autowired se.kansli.portfolio.SharedServices services;
  @Autowired se.kansli.portfolio.StatusReports statusReports;
  @Autowired DocumentRegistry documents;

  private static final Actor COMMITTEE =
      new Actor(
          null,
          "test",
          "Test",
          EnumSet.of(Role.COMMITTEE_SECRETARY),
          Set.of(OrganisationId.of("e-namnden")));

  @Test
  void theSeedsAuditsAreLinkedToTheirParagraphs() {
    Actor committee = COMMITTEE;
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
  }

  @Test
  void budget2022HasTheSeedsOutcomeToMayAndForecast() {
    // The seed's interim report: to the end of May revenue 1 792, costs 1 673, variance 120 tkr;
    // budget 5 034 and forecast 6 193 tkr on both sides.
    BudgetView budget =
        budgets.list(COMMITTEE).stream().filter(b -> b.year() == 2022).findFirst().orElseThrow();
    BudgetOutcome outcome = actuals.outcome(budget.id(), COMMITTEE);
    assertThat(outcome.lastMonth()).isEqualTo(5);
    assertThat(outcome.revenue().actual()).isEqualTo(Money.kronor(1_792_400));
    assertThat(outcome.costs().actual()).isEqualTo(Money.kronor(1_672_500));
    assertThat(outcome.result().actual()).isEqualTo(Money.kronor(119_900));
    assertThat(outcome.revenue().budget()).isEqualTo(Money.kronor(5_034_000));
    assertThat(outcome.revenue().forecast()).isEqualTo(Money.kronor(6_193_000));
    assertThat(outcome.costs().forecast()).isEqualTo(Money.kronor(6_193_000));
    assertThat(outcome.result().forecast()).isEqualTo(Money.ZERO);

    // The archive line is split among the portfolio's participants in the shared e-archive.
    BudgetLineView archive =
        budget.costLines().stream()
            .filter(l -> l.name().equals("E-arkiv"))
            .findFirst()
            .orElseThrow();
    assertThat(archive.fundedByName()).isEqualTo("Gemensamt e-arkiv");
    assertThat(archive.participatingMunicipalities())
        .containsExactly(
            "arjeplog", "arvidsjaur", "gallivare", "jokkmokk", "kiruna", "lulea", "pajala");
  }

  @Test
  void theDataCentreHasAlvsbynBodenAndGallivareOnTheDayOfTheSeedsMinutes() {
    assertThat(
            services.list(COMMITTEE).stream()
                .filter(s -> s.name().equals("Datacenter Norrbotten"))
                .findFirst()
                .orElseThrow()
                .participantsOn(java.time.LocalDate.of(2022, 6, 22)))
        .extracting(se.kansli.portfolio.ParticipationView::municipality)
        .containsExactly("alvsbyn", "boden", "gallivare");

    // The seed's §14, produced from the portfolio: statuses and who takes part in June 2022.
    String item = statusReports.item("e-namnden", "2022-06", COMMITTEE).text();
    assertThat(item)
        .contains(
            "• Datacenter Norrbotten\nSTATUS:",
            "Deltar: Älvsbyns kommun, Bodens kommun och Gällivare kommun.",
            "aktiverad av Luleå kommun och Piteå kommun.",
            "• Förstudie gemensamt personal/HR-system\nSTATUS:");
  }

  @Test
  void theInterimReport2022IsFiledAsPdfAInTheCaseOfParagraph16() throws Exception {
    ReportView report = reports.list(COMMITTEE).getFirst();
    assertThat(report.title()).isEqualTo("Delårsrapport 2022");
    assertThat(report.periodText()).isEqualTo("januari–maj 2022");
    assertThat(report.registration().caseNumber()).startsWith("2022/17");
    assertThat(documents.ofCase(new CaseId(report.registration().caseId()), COMMITTEE))
        .anySatisfy(d -> assertThat(d.description()).startsWith("Delårsrapport 2022"));

    byte[] pdf = reports.pdf(report.id(), COMMITTEE).bytes();
    PdfAValidation.assertCompliant(pdf, PDFAFlavour.PDFA_2_A);
    assertThat(Sha256.of(pdf)).isEqualTo(report.registration().sha256());
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ');
    }
    // Attendance as it stood on 31 May, computed from the meeting of 16 March and not June's.
    assertThat(text)
        .contains("Måluppföljning", "64 % (9 av 14 ledamotsplatser)", "Ekonomisk redovisning");
    assertThat(text).contains("1 sammanträden, ej uppfyllt");
    assertThat(text).contains("1 792 400", "1 672 500", "5 034 000", "6 193 000");
    assertThat(text).contains("godkänna delårsrapporten").doesNotContain("Utkast");
  }
}
