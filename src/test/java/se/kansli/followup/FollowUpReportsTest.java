package se.kansli.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.kansli.KansliTest;
import se.kansli.PdfAValidation;
import se.kansli.TestStaff;
import se.kansli.meetings.BodyView;
import se.kansli.meetings.MeetingPlanner;
import se.kansli.meetings.MeetingView;
import se.kansli.meetings.PlanMeeting;
import se.kansli.registry.CaseId;
import se.kansli.registry.CaseRegistry;
import se.kansli.registry.CloseCase;
import se.kansli.registry.DocumentRegistry;
import se.kansli.registry.RegisterCase;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.Forbidden;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.Role;

@KansliTest
class FollowUpReportsTest {

  @Autowired FollowUpReports reports;
  @Autowired OperationalPlans plans;
  @Autowired Budgets budgets;
  @Autowired Actuals actuals;
  @Autowired PlanFixture fixture;
  @Autowired TestStaff staff;
  @Autowired CaseRegistry cases;
  @Autowired DocumentRegistry documents;
  @Autowired MeetingPlanner planner;

  Actor secretary;
  PlanView plan;
  BodyView body;
  BudgetView budget;

  /** A plan with an attendance indicator and a budget with actuals, in a year of their own. */
  @BeforeEach
  void aPlanAndABudgetOfOneYear() {
    secretary = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
    // Tests share one database: take the next year that has neither a plan nor a budget.
    while (budget == null) {
      plan = fixture.plan("e-namnden", secretary);
      try {
        budget = budgets.create("e-namnden", plan.year(), secretary);
      } catch (Conflict taken) {
        // Another test's budget of that year; the plan is left unused.
      }
    }
    plan = plans.addGoal(plan.id(), new NewGoal("Ledamöterna deltar aktivt"), secretary);
    body = fixture.body("e-namnden", secretary);
    plans.addIndicator(
        plan.id(),
        new NewIndicator(
            plan.goals().getFirst().id(),
            "Närvaro vid sammanträdena",
            Target.Comparison.AT_LEAST,
            new BigDecimal("75"),
            Target.TargetUnit.PERCENT,
            null,
            IndicatorSource.BODY_ATTENDANCE,
            body.id().value()),
        secretary);
    // 3 of 4 in March, 1 of 4 in June: to the end of May the outcome is 75 %, for the year 50 %.
    fixture.meeting(body, LocalDate.of(plan.year(), 3, 16), 3, secretary);
    fixture.meeting(body, LocalDate.of(plan.year(), 6, 22), 1, secretary);
    budgets.addLine(
        budget.id(),
        BudgetFixture.line(LineKind.REVENUE, "Avgifter", "1200000", AllocationModel.EQUAL),
        secretary);
    budget =
        budgets.addLine(
            budget.id(),
            BudgetFixture.line(LineKind.COST, "Personal", "1200000", AllocationModel.EQUAL),
            secretary);
    String csv = "månad;rad;belopp\n1;1;100000\n5;1;400000\n5;2;450000\n6;2;999999\n";
    actuals.importLedger(
        budget.id(), "huvudbok.csv", csv.getBytes(StandardCharsets.UTF_8), secretary);
  }

  @Test
  void anInterimReportShowsThePeriodAsItStoodAtItsEnd() throws Exception {
    ReportView report = interim(5);
    ReportContent content = reports.content(report.id(), secretary);

    IndicatorView attendance = content.plan().goals().getFirst().indicators().getFirst();
    assertThat(attendance.current()).isEqualByComparingTo("75");
    assertThat(attendance.points()).hasSize(1);
    assertThat(content.finances().lastMonth()).isEqualTo(5);
    assertThat(content.finances().revenue().actual()).isEqualTo(Money.kronor(500_000));
    assertThat(content.finances().costs().actual()).isEqualTo(Money.kronor(450_000));
    assertThat(content.finances().revenue().budgetToDate()).isEqualTo(Money.kronor(500_000));
    assertThat(content.gaps()).isEmpty();

    byte[] draft = reports.pdf(report.id(), secretary).bytes();
    PdfAValidation.assertCompliant(draft, PDFAFlavour.PDFA_2_A);
    String text = text(draft);
    assertThat(text).contains("Utkast", "Närvaro vid sammanträdena", "75 %", "3 av 4");
    assertThat(text).contains("500 000", "450 000", "1 200 000").doesNotContain("999 999");
  }

  @Test
  void whatIsMissingIsNamed() {
    ReportView report = interim(8);

    assertThat(reports.content(report.id(), secretary).gaps())
        .containsExactly(
            "Utfall är inläst bara till och med månad 6; rapporten gäller till och med månad 8.");
  }

  @Test
  void theCommitteesTextIsPrintedAndFilingFreezesIt() throws Exception {
    ReportView report = interim(5);
    reports.updateTexts(
        report.id(),
        null,
        new ReportTexts("Perioden i korthet.", null, "Lägre kostnader än väntat.", "Godkänn."),
        secretary);

    ReportView filed =
        reports.register(report.id(), new RegisterReport(null, "2.2.0.1"), secretary);

    assertThat(filed.registered()).isTrue();
    CaseId caseId = new CaseId(filed.registration().caseId());
    assertThat(cases.get(caseId, secretary).title()).isEqualTo(report.title());
    assertThat(documents.ofCase(caseId, secretary))
        .singleElement()
        .satisfies(d -> assertThat(d.finalVersion()).isTrue());
    byte[] pdf = reports.pdf(report.id(), secretary).bytes();
    PdfAValidation.assertCompliant(pdf, PDFAFlavour.PDFA_2_A);
    assertThat(text(pdf))
        .contains("Perioden i korthet.", "Lägre kostnader än väntat.", "Förslag till beslut")
        .doesNotContain("Utkast");
    assertThatThrownBy(() ->
            reports.updateTexts(
                report.id(), null, new ReportTexts("Ny", null, null, null), secretary))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("diarieförd");
  }

  @Test
  void filingAgainReturnsTheFirstFilingInsteadOfASecondDocument() {
    ReportView report = interim(5);
    ReportView first =
        reports.register(report.id(), new RegisterReport(null, "2.2.0.1"), secretary);
    ReportView again =
        reports.register(report.id(), new RegisterReport(null, "2.2.0.1"), secretary);

    assertThat(again.registration()).isEqualTo(first.registration());
    assertThat(documents.ofCase(new CaseId(first.registration().caseId()), secretary)).hasSize(1);
  }

  @Test
  void aReportIsFiledInAnOpenCaseByNumberAndGoesOnAnAgenda() {
    var target =
        cases.register(
            new RegisterCase(
                "e-namnden", "2.2.0.1", "Delårsrapport", null, null, null, null, null, null),
            secretary);
    ReportView report = interim(5);
    ReportView filed =
        reports.register(report.id(), new RegisterReport(target.caseNumber(), null), secretary);
    assertThat(filed.registration().caseId()).isEqualTo(target.id().value());

    MeetingView meeting =
        planner.plan(
            body.id(),
            new PlanMeeting(
                LocalDate.of(plan.year(), 9, 14), LocalTime.of(13, 0), null, "Stadshuset", false),
            secretary);
    assertThat(reports.meetingsFor(report.id(), secretary))
        .extracting(MeetingView::id)
        .contains(meeting.id());
    MeetingView withItem = reports.addToAgenda(report.id(), meeting.id(), secretary);

    assertThat(withItem.items())
        .anySatisfy(i -> assertThat(i.caseNumber()).isEqualTo(target.caseNumber()));
  }

  @Test
  void aClosedCaseOrAnUnfiledReportIsRefused() {
    var closed =
        cases.register(
            new RegisterCase(
                "e-namnden", "2.2.0.1", "Avslutat", null, null, null, null, null, null),
            secretary);
    cases.close(closed.id(), new CloseCase(LocalDate.now(), "Klart"), secretary);
    ReportView report = interim(5);

    assertThatThrownBy(() ->
            reports.register(report.id(), new RegisterReport(closed.caseNumber(), null), secretary))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("avslutat");
    assertThatThrownBy(
            () -> reports.register(report.id(), new RegisterReport(null, null), secretary))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> reports.addToAgenda(report.id(), null, secretary))
        .isInstanceOf(Conflict.class);
    assertThat(reports.get(report.id(), secretary).registered()).isFalse();
  }

  @Test
  void badPeriodsAndDuplicatesAreRefused() {
    assertThatThrownBy(() ->
            reports.create(
                new NewReport("e-namnden", plan.year(), ReportKind.INTERIM, 12, null), secretary))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("1–11");
    interim(4);
    assertThatThrownBy(() -> interim(4)).isInstanceOf(Conflict.class);
    ReportView annual =
        reports.create(
            new NewReport("e-namnden", plan.year(), ReportKind.ANNUAL, null, null), secretary);
    assertThat(annual.throughMonth()).isEqualTo(12);
    assertThat(annual.title()).isEqualTo("Årsrapport " + plan.year());
  }

  @Test
  void anotherMunicipalitySeesNothingAndMembersCannotWrite() {
    ReportView report = interim(5);
    Actor lulea = staff.actor(Role.COMMITTEE_SECRETARY, "lulea");
    Actor member = staff.actor(Role.COMMITTEE_MEMBER, "e-namnden");

    assertThatThrownBy(() -> reports.get(report.id(), lulea)).isInstanceOf(NotFound.class);
    assertThat(reports.list(lulea)).extracting(ReportView::id).doesNotContain(report.id());
    assertThat(reports.get(report.id(), member).title()).isEqualTo(report.title());
    assertThatThrownBy(() ->
            reports.updateTexts(report.id(), null, new ReportTexts("x", null, null, null), member))
        .isInstanceOf(Forbidden.class);
  }

  private ReportView interim(int throughMonth) {
    return reports.create(
        new NewReport("e-namnden", plan.year(), ReportKind.INTERIM, throughMonth, null), secretary);
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replace('\u00a0', ' ');
    }
  }
}
