package se.kansli.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.kansli.Browsers;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.organisations.StaffUser;
import se.kansli.registry.CaseRegistry;
import se.kansli.registry.CaseView;
import se.kansli.registry.CloseCase;
import se.kansli.registry.DocumentDirection;
import se.kansli.registry.DocumentRegistry;
import se.kansli.registry.DocumentView;
import se.kansli.registry.Party;
import se.kansli.registry.RegisterCase;
import se.kansli.registry.RegisterDocument;
import se.kansli.registry.SecretField;
import se.kansli.registry.UploadedFile;
import se.kansli.shared.Actor;
import se.kansli.shared.Role;

/**
 * Every page of the web UI, checked in a real browser with axe-core against WCAG 2.1 AA, plus the
 * keyboard and screen-reader essentials axe cannot see: a skip link that comes first and leads to
 * the main content, exactly one h1 and a page language. The pages must also run under the Content
 * Security Policy without a single console error.
 *
 * <p>Drives Debian's {@code /usr/bin/chromium}; without it the test is skipped, except in CI where
 * it fails.
 */
@KansliTest
class AccessibilityTest {

  static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /** A word in the titles of this test's cases, so that searches find them. */
  static final String WORD = "Tillgänglighetsgranskning";

  static Browsers browsers;

  @LocalServerPort int port;
  @Autowired se.kansli.signing.SigningOrders signingOrders;
  @Autowired CaseRegistry cases;
  @Autowired DocumentRegistry documents;
  @Autowired TestStaff staff;
  @Autowired se.kansli.meetings.BodyDirectory bodies;
  @Autowired se.kansli.meetings.MeetingPlanner planner;
  @Autowired se.kansli.meetings.MeetingMinutes minutes;
  @Autowired se.kansli.meetings.MeetingNotices notices;
  @Autowired se.kansli.meetings.AttestedMinutes attestedMinutes;
  @Autowired se.kansli.meetings.HistoricalMinutes historical;
  @Autowired se.kansli.minutesimport.MinutesImports minutesImports;
  @Autowired se.kansli.meetings.MinutesDrafts drafts;
  @Autowired se.kansli.followup.OperationalPlans plans;
  @Autowired se.kansli.followup.Audits audits;
  @Autowired se.kansli.followup.AnnualCycle annualCycle;
  @Autowired se.kansli.followup.InternalControl internalControl;
  @Autowired se.kansli.followup.Budgets budgets;
  @Autowired se.kansli.followup.FollowUpReports reports;
  @Autowired se.kansli.eservices.EServices eservices;
  @Autowired se.kansli.signing.EidSigning eidSigning;
  @Autowired se.kansli.messaging.Conversations conversations;
  @Autowired se.kansli.portfolio.SharedServices sharedServices;
  @Autowired se.kansli.portfolio.Initiatives initiatives;
  @Autowired se.kansli.portfolio.StatusReports statusReports;
  @Autowired se.kansli.portfolio.Agreements agreements;
  @Autowired org.springframework.context.ApplicationContext beans;

  BrowserContext context;

  /** What went wrong on every page, reported together at the end. */
  final List<String> problems = new ArrayList<>();

  /** What axe-core could not decide by itself, for a person to look at. */
  final List<String> review = new ArrayList<>();

  /** Console errors and uncaught exceptions of the page being visited. */
  final List<String> console = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startBrowser() {
    browsers = Browsers.chromium("the accessibility test");
  }

  @AfterAll
  static void stopBrowser() {
    if (browsers != null) {
      browsers.close();
    }
  }

  @BeforeEach
  void newContext() {
    context = browsers.newContext(port);
  }

  @AfterEach
  void closeContext() {
    context.close();
  }

  @Test
  void everyPageMeetsWcag21AA() throws Exception {
    StaffUser admin = staff.create(Role.ADMINISTRATOR, "e-namnden", "lulea");
    Actor actor = admin.asActor();
    CaseView open = cases.register(openCase(), actor);
    DocumentView document =
        documents.register(
            open.id(),
            new RegisterDocument(
                DocumentDirection.INCOMING,
                LocalDate.now(SwedishTime.ZONE),
                "Anna Andersson",
                "Ansökan om " + WORD.toLowerCase() + " av webbplatsen",
                true,
                null,
                false),
            new UploadedFile(
                "ansokan.txt",
                "Hej! Jag ansöker om en granskning av webbplatsens tillgänglighet.\n"
                    .getBytes(StandardCharsets.UTF_8)),
            actor);
    CaseView secret = cases.register(secretCase(), actor);
    CaseView closed = cases.register(closedCase(), actor);
    cases.close(
        closed.id(), new CloseCase(LocalDate.now(SwedishTime.ZONE), "Besvarat per brev"), actor);

    se.kansli.signing.CreatedOrder signingOrder =
        signingOrders.create(
            new se.kansli.signing.NewSigningOrder(
                "e-namnden",
                "Protokoll 2022-06-22",
                se.kansli.registry.MinimalPdf.withText("Protokoll"),
                se.kansli.signing.SigningMode.SEQUENTIAL,
                java.util.List.of(
                    new se.kansli.signing.NewSigningOrder.NewSigner(
                        "Justerare Test", "justerare@example.se", null, "justerare"),
                    new se.kansli.signing.NewSigningOrder.NewSigner(
                        "Ordförande Test", "ordf@example.se", null, "ordförande")),
                null,
                null),
            actor);
    se.kansli.meetings.MinutesAttested notice =
        attestedMinutes.attest(actor, "e-namnden", java.time.Instant.now());
    // Posted a week after attestation: the staff page shows the late-posting warning.
    attestedMinutes.attest(
        actor, "e-namnden", java.time.Instant.now().minus(java.time.Duration.ofDays(7)));
    attestedMinutes.takenDown(actor, "e-namnden", LocalDate.now(SwedishTime.ZONE).minusMonths(2));

    String signLink = signingOrder.signerLinks().getFirst();
    String signPath = signLink.substring(signLink.indexOf("/sign/"));

    Page page = newPage();

    // The public, without logging in.
    check(page, "/verify", 200);
    check(page, "/verify?sha256=" + signingOrder.order().documentSha256(), 200);
    check(page, "/verify?sha256=nonsense", 200);
    check(page, signPath, 200);
    page.locator("main form.stack button[type=submit]").first().click();
    page.waitForURL("**/start");
    checkCurrent(page, "/sign/{token}/start (signing with the test eID)");
    page.waitForSelector("#status a");
    checkCurrent(page, "/sign/{token}/start (signed)");
    check(page, signPath, 200);
    check(page, "/login", 200);
    check(page, "/login?error", 200);
    check(page, "/public/registry", 200);
    check(page, "/public/registry/e-namnden?q=" + WORD, 200);
    assertThat(page.locator("main table").textContent()).contains(open.caseNumber());
    check(page, "/public/registry/e-namnden/cases/" + open.year() + "/" + open.serial(), 200);
    check(page, "/public/registry/lulea/cases/" + secret.year() + "/" + secret.serial(), 200);
    check(page, "/public/registry/e-namnden?q=zzxqvw", 200);
    check(page, "/public/registry/e-namnden/cases/1900/1", 404);
    check(page, "/public/anslagstavla", 200);
    check(page, "/public/anslagstavla/kiruna", 200);
    assertThat(page.locator("main").textContent()).contains(notice.bodyName());
    check(page, "/public/anslagstavla/e-namnden", 200);
    check(page, "/public/anslagstavla/atlantis", 404);

    // Staff, signed in through the login form.
    visit(page, "/login", 200);
    page.locator("#username").fill(admin.username());
    page.locator("#password").fill(TestStaff.PASSWORD);
    page.locator("main form button[type=submit]").click();
    page.waitForURL("**/cases");
    checkCurrent(page, "/cases (after signing in)");
    check(page, "/cases?q=" + WORD, 200);
    assertThat(page.locator("#results table").textContent()).contains(open.caseNumber());
    htmxSearch(page);

    check(page, "/cases/new", 200);
    page.locator("#classificationCode").selectOption("2.2.0.1");
    submitWithoutBrowserValidation(page, "main form.stack");
    assertThat(page.locator("#title").getAttribute("aria-invalid")).isEqualTo("true");
    checkCurrent(page, "/cases/new (re-rendered with an empty title)");

    check(page, "/cases/" + open.id(), 200);
    check(page, "/cases/" + secret.id(), 200);
    check(page, "/cases/" + closed.id(), 200);
    visit(page, "/cases/" + open.id(), 200);
    submitWithoutBrowserValidation(page, "#close-heading + form");
    assertThat(page.locator("#outcome").getAttribute("aria-invalid")).isEqualTo("true");
    checkCurrent(page, "/cases/{id} (closing refused: no outcome)");
    check(page, "/cases/" + open.id() + "/edit", 200);
    check(page, "/cases/" + open.id() + "/documents/new", 200);
    submitWithoutBrowserValidation(page, "main form.stack");
    checkCurrent(page, "/cases/{id}/documents/new (re-rendered with errors)");
    check(page, "/documents/" + document.id(), 200);
    assertThat(page.locator("main table").textContent()).contains("ansokan.txt");
    check(page, "/classification", 200);
    submitWithoutBrowserValidation(page, "main form.stack");
    assertThat(page.locator("#code").getAttribute("aria-invalid")).isEqualTo("true");
    checkCurrent(page, "/classification (re-rendered with errors)");
    check(page, "/admin/users", 200);
    submitWithoutBrowserValidation(page, "main form.stack");
    assertThat(page.locator("#username").getAttribute("aria-invalid")).isEqualTo("true");
    checkCurrent(page, "/admin/users (re-rendered with errors)");
    check(page, "/admin/users/" + admin.id(), 200);
    check(page, "/classification?version=1", 200);
    check(page, "/signing", 200);
    check(page, "/signing/new", 200);
    submitWithoutBrowserValidation(page, "main form.stack");
    checkCurrent(page, "/signing/new (re-rendered with errors)");
    check(page, "/signing/" + signingOrder.order().id(), 200);
    check(page, "/meetings/notices", 200);
    assertThat(page.locator("main .warnings").count()).isEqualTo(1);
    check(page, "/admin/journal", 200);
    page.locator("main form button[type=submit]").click();
    page.waitForURL("**/admin/journal/verification");
    checkCurrent(page, "/admin/journal (after verifying the chain)");
    check(page, "/account/password", 200);
    page.locator("#currentPassword").fill("not-the-password");
    page.locator("#newPassword").fill("ett-nytt-lösenord-som-duger");
    post(page, () -> page.locator("main form button[type=submit]").click());
    assertThat(page.locator("#currentPassword").getAttribute("aria-invalid")).isEqualTo("true");
    checkCurrent(page, "/account/password (refused: wrong current password)");
    check(page, "/no-such-page", 404);
    assertThat(page.locator("main").textContent()).contains("Sidan finns inte.");
    check(page, "/cases/" + UUID.randomUUID(), 404);

    meetingPages(page, actor, open);
    importPages(page, actor);
    planPages(page, actor);
    followUpPages(page, actor);
    budgetPages(page, actor);
    eservicePages(page, actor);
    messagingPages(page, actor, open);
    officerPages(page, actor);
    residentPages(page, actor);
    portfolioPages(page, actor);
    agreementPages(page, actor);

    // English.
    check(page, "/cases?lang=en", 200);
    assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
    check(page, "/cases/" + open.id(), 200);
    check(page, "/documents/" + document.id(), 200);
    check(page, "/public/registry/e-namnden/cases/" + open.year() + "/" + open.serial(), 200);
    check(page, "/public/anslagstavla/kiruna", 200);
    check(page, "/meetings/notices", 200);

    if (!review.isEmpty()) {
      System.out.println(
          "axe-core could not decide these by itself; check them by hand:\n"
              + String.join("\n", review));
    }
    if (!problems.isEmpty()) {
      fail(
          problems.size()
              + " page(s) do not meet WCAG 2.1 AA:\n\n"
              + String.join("\n\n", problems));
    }
  }

  /**
   * The portfolio: the list, a service and an initiative with their forms (directive, milestones,
   * statuses, decisions), a refused status, the status item for a period and the public page.
   */
  private void portfolioPages(Page page, Actor actor) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    var service =
        sharedServices.create(
            new se.kansli.portfolio.NewService(
                "e-namnden",
                "E-tjänsteplattformen " + suffix,
                "En plattform för säkra meddelanden och e-tjänster.",
                "E-nämnden",
                se.kansli.portfolio.ServiceStage.IN_OPERATION,
                LocalDate.of(2017, 1, 1),
                null,
                false),
            actor);
    sharedServices.join(service.id(), "boden", LocalDate.of(2017, 1, 1), null, actor);
    statusReports.report(service.id(), "2022-06", "I drift och förvaltning sedan 2017", actor);
    var initiative =
        initiatives.create(
            new se.kansli.portfolio.NewInitiative(
                "e-namnden",
                se.kansli.portfolio.InitiativeKind.PRESTUDY,
                se.kansli.portfolio.InitiativePhase.ONGOING,
                "Förstudie HR " + suffix,
                "Förstudie om gemensamt IT-stöd för löneprocesserna.",
                "HR-chef, Luleå kommun",
                "Extern projektledare"),
            actor);
    initiatives.join(initiative.id(), "lulea", LocalDate.of(2022, 3, 16), null, true, actor);
    initiatives.revise(
        initiative.id(),
        new se.kansli.portfolio.DirectiveRevision(
            "Rev A", "Alla HR-processer", LocalDate.of(2022, 3, 16), "Styrgruppen"),
        actor);
    initiatives.addMilestone(
        initiative.id(), "Förstudierapport", LocalDate.of(2022, 12, 31), null, actor);
    statusReports.report(initiative.id(), "2022-06", "Förstudien pågår", actor);
    check(page, "/portfolio", 200);
    check(page, "/portfolio/services/" + service.id(), 200);
    check(page, "/portfolio/initiatives/" + initiative.id(), 200);
    submitWithoutBrowserValidation(page, "#report-status + form");
    assertThat(page.locator("#period").getAttribute("aria-invalid")).isEqualTo("true");
    checkCurrent(page, "/portfolio/initiatives/{id} (refused: no period)");
    check(page, "/portfolio/status?organisation=e-namnden&period=2022-06", 200);
    check(page, "/public/portfolio", 200);
  }

  /**
   * The operational plan: the list of plans, a plan with an attendance indicator (chart and table)
   * and a manual one, and refused forms.
   */
  private void planPages(Page page, Actor actor) {
    se.kansli.followup.PlanView plan = null;
    for (int year = 2100; plan == null; year--) {
      try {
        plan = plans.create(new se.kansli.followup.NewPlan("e-namnden", year, null), actor);
      } catch (se.kansli.shared.Conflict taken) {
        // Another test's plan: try the year before.
      }
    }
    plan = plans.addGoal(plan.id(), new se.kansli.followup.NewGoal("Ledamöterna deltar"), actor);
    var body =
        bodies.create(
            new se.kansli.meetings.NewBody(
                "e-namnden", "Nämnd " + UUID.randomUUID(), null, null, null),
            actor);
    body =
        bodies.addSeat(
            body.id(),
            new se.kansli.meetings.NewSeat(
                "Ledamot",
                null,
                se.kansli.meetings.SeatKind.MEMBER,
                null,
                "lulea",
                null,
                LocalDate.of(2000, 1, 1),
                LocalDate.of(2100, 12, 31)),
            actor);
    for (int month : new int[] {3, 6}) {
      var meeting =
          planner.plan(
              body.id(),
              new se.kansli.meetings.PlanMeeting(
                  LocalDate.of(plan.year(), month, 16), java.time.LocalTime.NOON, null, "X", false),
              actor);
      minutes.recordAttendance(
          meeting.id(),
          new se.kansli.meetings.RecordAttendance(
              List.of(
                  new se.kansli.meetings.RecordAttendance.Entry(
                      body.seats().getFirst().id(),
                      month == 3
                          ? se.kansli.meetings.AttendanceStatus.ABSENT
                          : se.kansli.meetings.AttendanceStatus.PRESENT,
                      null)),
              null),
          actor);
    }
    UUID goal = plan.goals().getFirst().id();
    plans.addIndicator(
        plan.id(),
        new se.kansli.followup.NewIndicator(
            goal,
            "Närvaro",
            se.kansli.followup.Target.Comparison.AT_LEAST,
            new java.math.BigDecimal("75"),
            se.kansli.followup.Target.TargetUnit.PERCENT,
            null,
            se.kansli.followup.IndicatorSource.BODY_ATTENDANCE,
            body.id().value()),
        actor);
    plan =
        plans.addIndicator(
            plan.id(),
            new se.kansli.followup.NewIndicator(
                goal,
                "Ramavtal",
                se.kansli.followup.Target.Comparison.AT_LEAST,
                java.math.BigDecimal.TEN,
                se.kansli.followup.Target.TargetUnit.COUNT,
                "ramavtal",
                se.kansli.followup.IndicatorSource.MANUAL,
                null),
            actor);
    UUID manual = plan.goals().getFirst().indicators().getLast().id();
    plans.recordOutcome(
        plan.id(),
        manual,
        new se.kansli.followup.NewOutcome(
            plan.year() + "-05", new java.math.BigDecimal("11"), "I dagsläget finns 11 avtal"),
        actor);

    check(page, "/followup/plan", 200);
    page.locator("#year").fill("");
    submitWithoutBrowserValidation(page, "#new-plan + form");
    assertThat(page.locator("#year").getAttribute("aria-invalid")).isEqualTo("true");
    checkCurrent(page, "/followup/plan (refused: no year)");
    check(page, "/followup/plan/" + plan.id(), 200);
    assertThat(page.locator("main svg[role=img]").count()).isEqualTo(2);
    submitWithoutBrowserValidation(page, "#indicator-" + manual + " form:has([name=period])");
    assertThat(page.locator("#period-" + manual).getAttribute("aria-invalid")).isEqualTo("true");
    checkCurrent(page, "/followup/plan/{id} (outcome refused: no period)");
    check(page, "/followup/plan/" + plan.id() + "?lang=en", 200);
    reportPages(page, plan.year(), actor);
  }

  /** The reports: the list with its form, a draft with its text, and a refused filing. */
  private void reportPages(Page page, int year, Actor actor) {
    var report =
        reports.create(
            new se.kansli.followup.NewReport(
                "e-namnden", year, se.kansli.followup.ReportKind.INTERIM, 5, null),
            actor);
    check(page, "/followup/reports", 200);
    check(page, "/followup/reports/" + report.id(), 200);
    submitWithoutBrowserValidation(page, "#register + p + form");
    assertThat(page.locator("#caseNumber").getAttribute("aria-invalid")).isEqualTo("true");
    checkCurrent(page, "/followup/reports/{id} (refused: no case)");
  }

  /** Audits with an open recommendation, the annual cycle's timeline and the control plan. */
  private void followUpPages(Page page, Actor actor) {
    se.kansli.followup.AuditView audit = null;
    // (organisation, municipality, year) is unique and the database shared: find a free year.
    for (int year = 1990 + Math.floorMod(UUID.randomUUID().hashCode(), 150);
        audit == null;
        year++) {
      try {
        audit =
            audits.create(
                new se.kansli.followup.NewAudit(
                    "e-namnden",
                    "kiruna",
                    year,
                    null,
                    "Tillräcklig intern kontroll.",
                    List.of("Upprätta årshjul med rapporteringsdirektiv.")),
                actor);
      } catch (se.kansli.shared.Conflict e) {
        // taken by an earlier run; try the next year
      }
    }
    audits.addAction(
        audit.recommendations().getFirst().id(),
        new se.kansli.followup.NewAction(
            "Upprätta årshjul",
            "Samordnaren",
            LocalDate.of(2022, 12, 31),
            se.kansli.followup.ActionStatus.IN_PROGRESS,
            ""),
        actor);
    annualCycle.add(
        new se.kansli.followup.NewCycleItem(
            "e-namnden",
            se.kansli.followup.CycleKind.INTERIM_REPORT,
            "Delårsrapport 2",
            "Samordnaren rapporterar utfall och prognos till nämnden.",
            "Samordnaren",
            null,
            8,
            31),
        actor);
    internalControl.add(
        new se.kansli.followup.NewControlPoint(
            "e-namnden",
            "Attest av fakturor",
            "Stickprov",
            "Samordnaren",
            se.kansli.followup.ControlFrequency.MONTHLY,
            LocalDate.of(2022, 1, 1)),
        actor);
    check(page, "/followup/audits", 200);
    submitWithoutBrowserValidation(page, "main form.stack");
    assertThat(page.locator("#municipality").getAttribute("aria-invalid")).isEqualTo("true");
    checkCurrent(page, "/followup/audits (refused: no municipality)");
    check(page, "/followup/audits/" + audit.id(), 200);
    submitWithoutBrowserValidation(page, "main form[action$='/decision']");
    checkCurrent(page, "/followup/audits/{id} (refused: no decision chosen)");
    check(page, "/followup/cycle", 200);
    assertThat(page.locator("svg[role=img] title").textContent()).isNotBlank();
    assertThat(page.locator("svg[role=img] text").count()).isGreaterThan(12);
    check(page, "/followup/control", 200);
  }

  /**
   * The e-service builder (list, settings, a draft, the field editor, refused forms), the preview
   * that renders every field type through the residents' form fragment, and the public catalogue.
   */
  private void eservicePages(Page page, Actor actor) {
    var fields =
        List.of(
            se.kansli.eservices.FormField.of(
                    "namn", se.kansli.eservices.FieldType.SHORT_TEXT, "Elevens namn", true)
                .withHelp("Som i folkbokföringen."),
            se.kansli.eservices.FormField.of(
                "personnummer",
                se.kansli.eservices.FieldType.PERSONAL_IDENTITY_NUMBER,
                "Elevens personnummer",
                true),
            se.kansli.eservices.FormField.of(
                "adress", se.kansli.eservices.FieldType.ADDRESS, "Folkbokföringsadress", true),
            se.kansli.eservices.FormField.of(
                    "sarskilda",
                    se.kansli.eservices.FieldType.SINGLE_CHOICE,
                    "Särskilda skäl?",
                    true)
                .withChoices(List.of("Ja", "Nej")),
            se.kansli.eservices.FormField.of(
                    "skal", se.kansli.eservices.FieldType.LONG_TEXT, "Skäl", true)
                .withCondition(new se.kansli.eservices.Condition("sarskilda", "Ja")),
            se.kansli.eservices.FormField.of(
                    "dagar", se.kansli.eservices.FieldType.MULTIPLE_CHOICE, "Dagar", false)
                .withChoices(List.of("Måndag", "Tisdag")),
            se.kansli.eservices.FormField.of(
                "datum", se.kansli.eservices.FieldType.DATE, "Från och med", false),
            se.kansli.eservices.FormField.of(
                "epost", se.kansli.eservices.FieldType.EMAIL, "E-postadress", false),
            se.kansli.eservices.FormField.of(
                "telefon", se.kansli.eservices.FieldType.PHONE, "Telefon", false),
            se.kansli.eservices.FormField.of(
                "antal", se.kansli.eservices.FieldType.NUMBER, "Antal", false),
            se.kansli.eservices.FormField.of(
                "intyg", se.kansli.eservices.FieldType.FILE_UPLOAD, "Intyg", false),
            se.kansli.eservices.FormField.of(
                    "info", se.kansli.eservices.FieldType.INFORMATION_TEXT, "Om skolskjuts", false)
                .withHelp("Båda vårdnadshavarna skriver under."),
            se.kansli.eservices.FormField.of(
                "riktigt",
                se.kansli.eservices.FieldType.CHECKBOX,
                "Jag intygar att uppgifterna är riktiga",
                true),
            se.kansli.eservices.FormField.of(
                "underskrift", se.kansli.eservices.FieldType.SIGNATURE, "Underskrift", false));
    var service =
        eservices.create(
            new se.kansli.eservices.EServiceSettings(
                "e-namnden",
                "Ansökan om skolskjuts " + WORD,
                "Ansök om skolskjuts för ditt barn.",
                "Skola",
                "3.1.1",
                "Skolskjutshandläggare",
                true,
                se.kansli.eservices.SigningRequirement.SEVERAL,
                null,
                30),
            actor);
    var first = service.draft().id();
    eservices.updateForm(
        first,
        new se.kansli.eservices.Form(
            List.of(
                new se.kansli.eservices.FormPage("Eleven", fields.subList(0, 5)),
                new se.kansli.eservices.FormPage("Övrigt", fields.subList(5, fields.size())))),
        actor);
    eservices.publish(first, actor);
    eservices.activate(service.id(), "lulea", actor);
    var draft = eservices.newDraft(service.id(), actor).id();

    check(page, "/eservices/admin", 200);
    page.locator("#new-service + form #title").fill("");
    submitWithoutBrowserValidation(page, "#new-service + form");
    assertThat(page.locator("#title").getAttribute("aria-invalid")).isEqualTo("true");
    checkCurrent(page, "/eservices/admin (refused: no title)");
    check(page, "/eservices/admin/" + service.id(), 200);
    check(page, "/eservices/admin/versions/" + first, 200);
    check(page, "/eservices/admin/versions/" + draft, 200);
    check(page, "/eservices/admin/versions/" + draft + "/fields/new?page=0", 200);
    submitWithoutBrowserValidation(page, "main form.stack");
    assertThat(page.locator("#key").getAttribute("aria-invalid")).isEqualTo("true");
    checkCurrent(page, "/eservices/admin/versions/{id}/fields/new (refused: no key)");
    check(page, "/eservices/admin/versions/" + draft + "/fields/skal", 200);
    check(page, "/eservices/admin/versions/" + first + "/preview", 200);

    check(page, "/public/e-tjanster", 200);
    check(page, "/public/e-tjanster/lulea?q=" + WORD, 200);
    assertThat(page.locator("main").textContent()).contains("Ansökan om skolskjuts " + WORD);
    check(page, "/public/e-tjanster/lulea/" + service.slug(), 200);
    check(page, "/public/e-tjanster/atlantis", 404);

    // In English: the builder and the catalogue, with the e-service's own texts marked Swedish.
    check(page, "/eservices/admin/versions/" + draft + "?lang=en", 200);
    assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
    check(page, "/eservices/admin/" + service.id(), 200);
    check(page, "/eservices/admin/versions/" + draft + "/fields/skal", 200);
    check(page, "/eservices/admin/versions/" + first + "/preview", 200);
    check(page, "/public/e-tjanster/lulea?q=" + WORD, 200);
    assertThat(page.locator("main p[role=status]").textContent()).matches("\\d+ e-services?");
    check(page, "/public/e-tjanster/lulea/" + service.slug(), 200);
    visit(page, "/public/e-tjanster?lang=sv", 200);
  }

  /**
   * The officers' side: an officer group's inbox with a submission, the submission with a refused
   * assignment, the statistics and the officer groups' admin page.
   */
  private void officerPages(Page page, Actor actor) {
    var groups = beans.getBean(se.kansli.eservices.OfficerGroups.class);
    var jdbc = beans.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
    String groupName = "Handläggare " + WORD;
    var service =
        eservices.create(
            new se.kansli.eservices.EServiceSettings(
                "lulea",
                "Felanmälan " + WORD,
                "Anmäl fel på gator.",
                "Bygga och bo",
                "3.1.1",
                groupName,
                false,
                se.kansli.eservices.SigningRequirement.NONE,
                null,
                10),
            actor);
    var version = service.draft().id();
    eservices.updateForm(
        version,
        new se.kansli.eservices.Form(
            List.of(
                new se.kansli.eservices.FormPage(
                    "Felet",
                    List.of(
                        se.kansli.eservices.FormField.of(
                            "plats", se.kansli.eservices.FieldType.SHORT_TEXT, "Plats", true))))),
        actor);
    eservices.publish(version, actor);
    var group = new se.kansli.eservices.OfficerGroup("lulea", groupName);
    groups.add(group, actor.userId(), actor);
    CaseView c = cases.register(openCase(), actor);
    java.util.UUID draft = java.util.UUID.randomUUID();
    java.util.UUID submission = java.util.UUID.randomUUID();
    jdbc.sql(
            """
            insert into e_service_drafts (id, e_service_id, version_id, organisation_id,
              anonymous_token_sha256, created_at, updated_at, submitted_at)
            values (?, ?, ?, 'lulea', ?, now(), now(), now())
            """)
        .params(draft, service.id().value(), version.value(), "token-" + draft)
        .update();
    jdbc.sql(
            """
            insert into e_service_submissions (id, draft_id, e_service_id, version_id,
              organisation_id, case_id, case_number, officer_group, status, due_on,
              submitted_at, closed_at, answers)
            values (?, ?, ?, ?, 'lulea', ?, ?, ?, 'Inkommen', current_date - 3,
              now() - interval '20 days', null, '{"plats": ["Storgatan 1"]}'::jsonb)
            """)
        .params(
            submission,
            draft,
            service.id().value(),
            version.value(),
            c.id().value(),
            c.caseNumber(),
            groupName)
        .update();
    String key = java.net.URLEncoder.encode(group.key(), StandardCharsets.UTF_8);
    // In Swedish: the messaging pages before leave the browser in English.
    check(page, "/eservices/inbox?group=" + key + "&filter=OPEN&lang=sv", 200);
    assertThat(page.locator("main").textContent()).contains("Försenad");
    check(page, "/eservices/inbox/" + submission, 200);
    submitWithoutBrowserValidation(page, "form[action$='/assign']");
    assertThat(page.locator("#assignee").getAttribute("aria-invalid")).isEqualTo("true");
    checkCurrent(page, "/eservices/inbox/{id} (refused: no assignee)");
    check(page, "/eservices/statistics", 200);
    check(page, "/eservices/groups", 200);

    // In English, with the e-service's Swedish statuses and answers marked so.
    check(page, "/eservices/inbox?group=" + key + "&filter=OPEN&lang=en", 200);
    assertThat(page.locator("main").textContent()).contains("Overdue");
    check(page, "/eservices/inbox/" + submission, 200);
    check(page, "/eservices/statistics", 200);
    check(page, "/eservices/groups", 200);
    visit(page, "/eservices/inbox?lang=sv", 200);
  }

  /** The budget: the years, a budget with its split table and chart, a line, a refused line. */
  private void budgetPages(Page page, Actor actor) {
    se.kansli.followup.BudgetView budget = null;
    for (int year = 2100; budget == null; year--) {
      try {
        budget = budgets.create("e-namnden", year, actor);
      } catch (se.kansli.shared.Conflict taken) {
        // A budget of that year exists already in the shared test database.
      }
    }
    for (var model :
        List.of(
            se.kansli.followup.AllocationModel.EQUAL,
            se.kansli.followup.AllocationModel.POPULATION)) {
      budget =
          budgets.addLine(
              budget.id(),
              new se.kansli.followup.NewBudgetLine(
                  se.kansli.followup.LineKind.COST,
                  "Rad " + model,
                  new java.math.BigDecimal("1046900.50"),
                  model,
                  null,
                  java.util.Map.of()),
              actor);
    }
    check(page, "/followup/budget", 200);
    check(page, "/followup/budget/" + budget.id(), 200);
    assertThat(page.locator("svg.chart text").count()).isEqualTo(28);
    submitWithoutBrowserValidation(page, "#add-line + form");
    assertThat(page.locator("#name").getAttribute("aria-invalid")).isEqualTo("true");
    checkCurrent(page, "/followup/budget/{id} (refused: a line without name)");
    check(
        page, "/followup/budget/" + budget.id() + "/lines/" + budget.lines().getFirst().id(), 200);
  }

  /** Old minutes: the upload page, a refused upload, and the review beside the source text. */
  private void importPages(Page page, Actor actor) throws Exception {
    byte[] seed;
    try (var in =
        getClass().getResourceAsStream("/minutesimport/ocr-minutes-e-namnden-2022-06-22.txt")) {
      seed = in.readAllBytes();
    }
    var read = minutesImports.read("lulea", "protokoll-2022-06-22.txt", seed, actor);
    check(page, "/minutes-import", 200);
    submitWithoutBrowserValidation(page, "main form.stack");
    assertThat(page.locator("#file").getAttribute("aria-invalid")).isEqualTo("true");
    checkCurrent(page, "/minutes-import (refused: no file)");
    check(page, "/minutes-import/" + read.id(), 200);
    assertThat(page.locator("fieldset").count()).isEqualTo(9);
  }

  /** The secretary's meeting pages, with a body, a noticed meeting and a minuted item. */
  private void meetingPages(Page page, Actor actor, CaseView onAgenda) {
    var body =
        bodies.create(
            new se.kansli.meetings.NewBody(
                "e-namnden",
                "E-nämnden " + UUID.randomUUID(),
                "E-nämnden",
                "Sara Sekreterare",
                null),
            actor);
    for (String town : List.of("lulea", "kiruna", "boden")) {
      body =
          bodies.addSeat(
              body.id(),
              new se.kansli.meetings.NewSeat(
                  "Ledamot " + town,
                  null,
                  se.kansli.meetings.SeatKind.MEMBER,
                  town.equals("lulea") ? se.kansli.meetings.Office.CHAIR : null,
                  town,
                  "S",
                  LocalDate.of(2019, 1, 1),
                  LocalDate.of(2030, 12, 31)),
              actor);
    }
    body =
        bodies.addSeat(
            body.id(),
            new se.kansli.meetings.NewSeat(
                "Ersättare kiruna",
                null,
                se.kansli.meetings.SeatKind.SUBSTITUTE,
                null,
                "kiruna",
                "M",
                LocalDate.of(2019, 1, 1),
                LocalDate.of(2030, 12, 31)),
            actor);
    var meeting =
        planner.plan(
            body.id(),
            new se.kansli.meetings.PlanMeeting(
                LocalDate.now(SwedishTime.ZONE),
                java.time.LocalTime.of(9, 0),
                null,
                "Stadshuset",
                true),
            actor);
    meeting = planner.addCase(meeting.id(), onAgenda.id(), actor);
    var seats = body.seats();
    meeting =
        minutes.recordAttendance(
            meeting.id(),
            new se.kansli.meetings.RecordAttendance(
                List.of(
                    new se.kansli.meetings.RecordAttendance.Entry(
                        seats.get(0).id(), se.kansli.meetings.AttendanceStatus.PRESENT, null),
                    new se.kansli.meetings.RecordAttendance.Entry(
                        seats.get(1).id(), se.kansli.meetings.AttendanceStatus.PRESENT, null)),
                "Sara Sekreterare"),
            actor);
    notices.send(meeting.id(), actor);
    // A circulated draft and a correction after it: the page lists the versions and the change.
    drafts.circulate(meeting.id(), actor);
    minutes.writeItem(
        meeting.id(),
        meeting.items().getFirst().id(),
        new se.kansli.meetings.ItemMinutes(
            null,
            "E-nämnden beslutar att "
                + "uppdra åt förvaltningen att åtgärda bristerna. ".repeat(5).strip(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null),
        actor);
    String item = "/meetings/" + meeting.id() + "/items/" + meeting.items().getFirst().id();

    check(page, "/meetings", 200);
    submitWithoutBrowserValidation(page, "#plan + form");
    assertThat(page.locator("#date").getAttribute("aria-invalid")).isEqualTo("true");
    checkCurrent(page, "/meetings (planning refused: no date)");
    check(page, "/meetings/bodies/" + body.id(), 200);
    check(page, "/meetings/" + meeting.id(), 200);
    assertThat(page.locator("#changes + table").textContent()).contains("Beslut");
    assertThat(page.locator("#changes + table details").count()).isEqualTo(1);
    submitWithoutBrowserValidation(page, "form:has(#caseNumber)");
    checkCurrent(page, "/meetings/{id} (adding a case refused: no case number)");
    check(page, item, 200);
    page.locator("#recipients").fill("Kiruna kommun");
    post(page, () -> page.locator("main form.stack button[type=submit]").click());
    assertThat(page.locator("#recipients").getAttribute("aria-invalid")).isEqualTo("true");
    checkCurrent(page, "/meetings/{id}/items/{item} (refused: recipient without address)");
    check(page, "/public/sammantraden/" + meeting.id(), 200);

    // Numbered: the item page offers immediate attestation.
    minutes.numberItems(meeting.id(), null, actor);
    check(page, item, 200);
    assertThat(page.locator("#immediate").count()).isEqualTo(1);

    // Attested minutes: extracts and the correction form; refused correction keeps the text.
    var attested = attestedMinutes.attest(actor, "e-namnden", java.time.Instant.now());
    check(page, "/meetings/" + attested.meeting(), 200);
    assertThat(page.locator("#extracts").count()).isEqualTo(1);
    submitWithoutBrowserValidation(page, "form:has(#correction)");
    assertThat(page.locator("#correction").getAttribute("aria-invalid")).isEqualTo("true");
    checkCurrent(page, "/meetings/{id} (attested; correction refused: no text)");

    // Minutes imported from an old file: read-only, no check or attestation.
    var imported =
        historical.record(
            new se.kansli.meetings.HistoricalMeeting(
                "e-namnden",
                body.name(),
                LocalDate.of(2019, 6, 22),
                null,
                List.of(
                    new se.kansli.meetings.HistoricalMeeting.Item(
                        8,
                        "Budget 2020",
                        onAgenda.id().value(),
                        null,
                        "E-nämnden beslutar att godkänna budgeten.",
                        null,
                        null,
                        List.of(),
                        List.of()))),
            actor);
    check(page, "/meetings/" + imported.meeting().id(), 200);
    assertThat(page.locator("main").textContent()).contains("Importerat protokoll");
    check(page, "/meetings/" + meeting.id() + "?lang=en", 200);
  }

  @Test
  void theContentSecurityPolicyCausesNoConsoleErrors() {
    StaffUser user = staff.create(Role.ADMINISTRATOR, "e-namnden", "lulea");
    cases.register(openCase(), user.asActor());
    Page page = newPage();
    visit(page, "/login", 200);
    page.locator("#username").fill(user.username());
    page.locator("#password").fill(TestStaff.PASSWORD);
    page.locator("main form button[type=submit]").click();
    page.waitForURL("**/cases");
    console.clear();
    visit(page, "/cases", 200);
    // htmx must have loaded and run: it is what the policy would stop first.
    assertThat(page.evaluate("() => typeof window.htmx")).isEqualTo("object");
    htmxSearch(page);
    assertThat(console).as("console errors on /cases").isEmpty();
  }

  /** Searches on /cases with htmx: the results are swapped in without loading a new page. */
  private void htmxSearch(Page page) {
    visit(page, "/cases", 200);
    page.evaluate(
        "() => { window.kansliNoReload = true;"
            + " document.getElementById('search-status').kansliSame = true; }");
    page.locator("#q").fill(WORD);
    page.waitForResponse(
        r -> r.url().contains("/cases?") && r.url().contains("q="),
        () -> page.locator("form[role=search] button[type=submit]").click());
    page.locator("#results table").waitFor();
    assertThat(page.evaluate("() => window.kansliNoReload === true"))
        .as("the search swapped the results in place instead of loading a new page")
        .isEqualTo(true);
    assertThat(page.evaluate("() => document.getElementById('search-status').kansliSame === true"))
        .as("the status message stays the same live region across the swap")
        .isEqualTo(true);
    assertThat(page.locator("#search-status").textContent())
        .as("the status message tells how many cases the search found")
        .matches(".*\\d+ ärenden? visas\\..*");
    checkCurrent(page, "/cases after the htmx search swap");
  }

  /**
   * Secure messages: the officers' list (all and unread), a thread with the resident's message, an
   * answer with an attachment that the resident has read, an internal note, and a refused reply.
   */
  private void messagingPages(Page page, Actor actor, CaseView open) {
    var resident =
        new se.kansli.messaging.Resident(
            se.kansli.shared.ResidentId.random(), "Anna Andersson", null, null);
    var conversation =
        conversations.open(
            se.kansli.shared.OrganisationId.of(open.organisation()),
            open.id().value(),
            open.caseNumber(),
            "Fråga om granskningen",
            resident,
            actor);
    conversations.postByResident(
        conversation.id(), resident.id(), "När kommer beslutet?\nMvh Anna", List.of());
    conversations.postByOfficer(
        conversation.id(),
        actor,
        "Beslutet kommer i juni.",
        List.of(
            new se.kansli.messaging.Attachment(
                "besked.txt", "Besked".getBytes(StandardCharsets.UTF_8))),
        false);
    conversations.residentView(conversation.id(), resident.id());
    conversations.postByOfficer(conversation.id(), actor, "Ring upp sökanden.", List.of(), true);
    conversations.postByResident(conversation.id(), resident.id(), "Tack!", List.of());

    check(page, "/messages", 200);
    check(page, "/messages?unread=true", 200);
    check(page, "/messages/" + conversation.id(), 200);
    submitWithoutBrowserValidation(page, "main form.stack");
    checkCurrent(page, "/messages/{id} (reply refused: no text)");
    check(page, "/messages/" + conversation.id() + "?lang=en", 200);
  }

  /**
   * The portfolio's agreements: the overview with the agreements' deadlines, a service with the
   * agreement behind it, an agreement with its edit form, the new agreement form refused, and the
   * public page. The data is Luleå's: e-namnden's agreements are counted on fixed days by other
   * tests.
   */
  private void agreementPages(Page page, Actor actor) {
    LocalDate today = LocalDate.now(SwedishTime.ZONE);
    se.kansli.portfolio.ServiceView service =
        sharedServices.create(
            new se.kansli.portfolio.NewService(
                "lulea",
                "E-arkiv " + UUID.randomUUID(),
                "Gemensamt e-arkiv",
                "Luleå kommun",
                se.kansli.portfolio.ServiceStage.IN_OPERATION,
                today.minusYears(2),
                null,
                false),
            actor);
    se.kansli.portfolio.AgreementView agreement =
        agreements.create(
            new se.kansli.portfolio.NewAgreement(
                "lulea",
                se.kansli.portfolio.AgreementKind.FRAMEWORK_AGREEMENT,
                "E-arkiv drift och support",
                "Norrsken Arkivsystem AB",
                "556000-0001",
                "Drift och support av e-arkivet.",
                false,
                java.util.List.of("boden", "kiruna"),
                today.minusYears(2),
                today.plusDays(100),
                java.util.List.of(new se.kansli.portfolio.ExtensionOption(12, null)),
                3,
                java.util.List.of(service.id().value()),
                "LKS 2024/3"),
            actor);
    check(page, "/portfolio", 200);
    assertThat(page.locator("#deadlines ~ table").count()).isPositive();
    check(page, "/portfolio/services/" + service.id(), 200);
    check(page, "/portfolio/agreements/" + agreement.id(), 200);
    check(page, "/portfolio/agreements/new", 200);
    page.locator("#title").fill("Felaktigt avtal");
    page.locator("#supplierName").fill("Leverantör AB");
    page.locator("#scope").fill("Omfattning");
    page.locator("#startsOn").fill("2030-01-01");
    page.locator("#endsOn").fill("2029-12-31");
    submitWithoutBrowserValidation(page, "main form");
    assertThat(page.locator("#endsOn").getAttribute("aria-invalid")).isEqualTo("true");
    checkCurrent(page, "/portfolio/agreements/new (refused: ends before it starts)");
    check(page, "/public/portfolio", 200);
    check(page, "/portfolio/agreements/" + agreement.id() + "?lang=en", 200);
  }

  /** Submits a form as it is, past the browser's own checks, to see the server's error page. */
  private void submitWithoutBrowserValidation(Page page, String form) {
    console.clear();
    page.locator(form).evaluate("f => { f.noValidate = true; }");
    post(page, () -> page.locator(form + " button[type=submit]").first().click());
    assertThat(page.locator(".error-summary").isVisible())
        .as("an error summary after submitting " + form + " on " + page.url())
        .isTrue();
  }

  /** Does what submits a form and waits until the page it answers with has loaded. */
  private static void post(Page page, Runnable submit) {
    page.waitForResponse(
        r -> "POST".equals(r.request().method()) && r.request().isNavigationRequest(), submit);
    page.waitForLoadState();
  }

  private Page newPage() {
    Page page = context.newPage();
    page.onConsoleMessage(m -> {
      if ("error".equals(m.type())) {
        console.add(m.text());
      }
    });
    page.onPageError(e -> console.add("uncaught: " + e));
    return page;
  }

  private void visit(Page page, String path, int expectedStatus) {
    console.clear();
    Response response = page.navigate("http://localhost:" + port + path);
    assertThat(response.status()).as("HTTP status of " + path).isEqualTo(expectedStatus);
  }

  private void check(Page page, String path, int expectedStatus) {
    visit(page, path, expectedStatus);
    checkCurrent(page, path);
  }

  /** Checks the page as it is now in the browser. */
  private void checkCurrent(Page page, String label) {
    List<String> found = new ArrayList<>();

    AxeResults axe = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
    if (axe.isErrored()) {
      found.add("axe-core failed: " + axe.getErrorMessage());
    }
    if (axe.getPasses() == null || axe.getPasses().isEmpty()) {
      found.add("axe-core checked nothing");
    }
    for (Rule rule : axe.getViolations()) {
      found.add(describe(rule));
    }
    for (Rule rule : axe.getIncomplete()) {
      review.add(label + ": " + describe(rule));
    }

    int h1 = page.locator("h1").count();
    if (h1 != 1) {
      found.add("expected exactly one h1, found " + h1);
    }
    String lang = page.locator("html").getAttribute("lang");
    if (lang == null || lang.isBlank()) {
      found.add("the html element has no lang attribute");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> first = (Map<String, Object>) page.evaluate(FIRST_TABBABLE);
    if (!Boolean.TRUE.equals(first.get("skipLink"))) {
      found.add(
          "the first focusable element must be the skip link to #main, but is "
              + first.get("html"));
    }
    if (!Boolean.TRUE.equals(first.get("mainExists"))) {
      found.add("the skip link's target #main is missing or not the main element");
    }
    if (Boolean.TRUE.equals(page.evaluate("() => document.activeElement === document.body"))) {
      page.keyboard().press("Tab");
      @SuppressWarnings("unchecked")
      Map<String, Object> focused = (Map<String, Object>) page.evaluate(FOCUSED);
      if (!Boolean.TRUE.equals(focused.get("skipLink"))) {
        found.add("the first Tab does not focus the skip link but " + focused.get("html"));
      } else if (!Boolean.TRUE.equals(focused.get("onScreen"))) {
        found.add("the skip link stays off screen when it has focus");
      } else {
        page.keyboard().press("Enter");
        page.keyboard().press("Tab");
        if (!Boolean.TRUE.equals(
            page.evaluate(
                "() => document.getElementById('main').contains(document.activeElement)"))) {
          found.add(
              "after following the skip link, Tab does not move into #main but to "
                  + ((Map<?, ?>) page.evaluate(FOCUSED)).get("html"));
        }
      }
    }

    console.stream()
        .filter(m -> m.contains("Content Security Policy") || m.startsWith("uncaught"))
        .collect(Collectors.groupingBy(m -> m, LinkedHashMap::new, Collectors.counting()))
        .forEach((m, n) -> found.add("console" + (n > 1 ? " (" + n + " times)" : "") + ": " + m));

    if (!found.isEmpty()) {
      problems.add(
          label
              + " ("
              + page.url()
              + "):\n"
              + found.stream().map(f -> "  - " + f).collect(Collectors.joining("\n")));
    }
  }

  private static String describe(Rule rule) {
    StringBuilder s =
        new StringBuilder()
            .append(rule.getId())
            .append(" (")
            .append(rule.getImpact())
            .append("): ")
            .append(rule.getHelp())
            .append(" <")
            .append(rule.getHelpUrl())
            .append(">");
    for (CheckedNode node : rule.getNodes()) {
      s.append("\n      at ").append(node.getTarget());
      if (node.getFailureSummary() != null) {
        s.append(" – ").append(node.getFailureSummary().replace("\n", " "));
      }
    }
    return s.toString();
  }

  /** The first element in sequential focus order (positive tabindex first, then DOM order). */
  static final String FIRST_TABBABLE =
      """
      () => {
        const candidates = [...document.querySelectorAll(
          'a[href], area[href], button, input, select, textarea, iframe, summary, [tabindex], [contenteditable=""], [contenteditable="true"]')]
          .filter(e => e.tabIndex >= 0 && !e.disabled && e.type !== 'hidden'
            && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden');
        const positive = candidates.filter(e => e.tabIndex > 0).sort((a, b) => a.tabIndex - b.tabIndex);
        const first = positive.length > 0 ? positive[0] : candidates[0];
        const main = document.getElementById('main');
        return {
          skipLink: !!first && first.tagName === 'A' && first.getAttribute('href') === '#main',
          html: first ? first.outerHTML.substring(0, 200) : 'nothing',
          mainExists: !!main && main.tagName === 'MAIN' && document.querySelectorAll('main').length === 1
        };
      }
      """;

  static final String FOCUSED =
      """
      () => {
        const e = document.activeElement;
        const r = e.getBoundingClientRect();
        return {
          skipLink: e.tagName === 'A' && e.getAttribute('href') === '#main',
          html: e.outerHTML.substring(0, 200),
          onScreen: r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight
        };
      }
      """;

  private static RegisterCase openCase() {
    return new RegisterCase(
        "e-namnden",
        "2.2.0.1",
        WORD + " av e-nämndens webbplats",
        "Granskning av webbplatsen mot WCAG 2.1 AA.",
        null,
        List.of(new Party(Party.Kind.PERSON, "Anna Andersson", null, "sökande")),
        null,
        Set.of(),
        null);
  }

  private static RegisterCase secretCase() {
    return new RegisterCase(
        "lulea",
        "2.2.0.1",
        WORD + " av skyddad personakt",
        "Uppgifter om enskilds hälsa.",
        null,
        List.of(new Party(Party.Kind.PERSON, "Bertil Berg", null, "sökande")),
        "OSL 26 kap. 1 §",
        Set.of(SecretField.TITLE, SecretField.PARTIES),
        WORD + " (sekretess)");
  }

  private static RegisterCase closedCase() {
    return new RegisterCase(
        "lulea",
        "2.2.0.1",
        WORD + " av Luleås e-tjänster",
        "",
        null,
        List.of(),
        null,
        Set.of(),
        null);
  }

  /**
   * The resident's side: the eID login (test eID), a form step refused with its error summary, the
   * summary, the receipt and My pages; for an e-service signed by several, the co-signer rows (one
   * added, refused), the page the application waits on and My pages while it waits, and the summary
   * again after the signatures are withdrawn.
   */
  private void residentPages(Page page, Actor actor) {
    var service =
        eservices.create(
            new se.kansli.eservices.EServiceSettings(
                "lulea",
                "Anmälan " + WORD + " " + java.util.UUID.randomUUID().toString().substring(0, 6),
                "En anmälan för tillgänglighetsgranskningen.",
                "Bygga och bo",
                "3.1.1",
                "Handläggare",
                true,
                se.kansli.eservices.SigningRequirement.NONE,
                null,
                14),
            actor);
    eservices.updateForm(
        service.draft().id(),
        new se.kansli.eservices.Form(
            List.of(
                new se.kansli.eservices.FormPage(
                    "Anmälan",
                    List.of(
                        se.kansli.eservices.FormField.of(
                            "plats", se.kansli.eservices.FieldType.SHORT_TEXT, "Plats", true),
                        se.kansli.eservices.FormField.of(
                            "adress", se.kansli.eservices.FieldType.ADDRESS, "Adress", false))))),
        actor);
    eservices.publish(service.draft().id(), actor);
    String slug = eservices.get(service.id(), actor).slug();

    check(page, "/e-tjanster/logga-in?fortsatt=/mina-sidor", 200);
    page.locator("input[name=method][value=test]").check();
    post(page, () -> page.locator("main form button[type=submit]").first().click());
    checkCurrent(page, "/e-tjanster/logga-in/vanta");
    post(page, () -> page.locator("main form button[type=submit]").first().click());
    assertThat(page.url()).endsWith("/mina-sidor");
    checkCurrent(page, "/mina-sidor");

    visit(page, "/e-tjanster/lulea/" + slug + "/start", 200);
    assertThat(page.url()).contains("/steg/1");
    submitWithoutBrowserValidation(page, "main form");
    checkCurrent(page, "/e-tjanster/utkast/{id}/steg/1 (refused: no answer)");
    page.locator("#f-plats").fill("Storgatan");
    post(page, () -> page.locator("button[value=fortsatt]").click());
    assertThat(page.url()).endsWith("/granska");
    checkCurrent(page, "/e-tjanster/utkast/{id}/granska");
    post(page, () -> page.locator("form[action$='/skicka'] button").click());
    assertThat(page.url()).contains("/mina-sidor/arenden/");
    checkCurrent(page, "/mina-sidor/arenden/{id}");
    check(page, "/mina-sidor", 200);
    check(page, "/mina-sidor/meddelanden", 200);
    page.locator("main table a").first().click();
    assertThat(page.url()).contains("/mina-sidor/meddelanden/");
    checkCurrent(page, "/mina-sidor/meddelanden/{id}");

    coSignerPages(page, actor);
  }

  private void coSignerPages(Page page, Actor actor) {
    var several =
        eservices.create(
            new se.kansli.eservices.EServiceSettings(
                "lulea",
                "Skolskjuts " + WORD + " " + java.util.UUID.randomUUID().toString().substring(0, 6),
                "Båda vårdnadshavarna skriver under.",
                "Skola",
                "3.1.1",
                "Handläggare",
                true,
                se.kansli.eservices.SigningRequirement.SEVERAL,
                null,
                30),
            actor);
    eservices.updateForm(
        several.draft().id(),
        new se.kansli.eservices.Form(
            List.of(
                new se.kansli.eservices.FormPage(
                    "Eleven",
                    List.of(
                        se.kansli.eservices.FormField.of(
                            "plats",
                            se.kansli.eservices.FieldType.SHORT_TEXT,
                            "Elevens namn",
                            true))))),
        actor);
    eservices.publish(several.draft().id(), actor);
    String slug = eservices.get(several.id(), actor).slug();
    visit(page, "/e-tjanster/lulea/" + slug + "/start", 200);
    page.locator("#f-plats").fill("Lilla Tolvan");
    post(page, () -> page.locator("button[value=fortsatt]").click());
    assertThat(page.url()).endsWith("/granska");
    String draft = page.url().substring(page.url().indexOf("/e-tjanster/utkast/"));
    draft = draft.substring(0, draft.length() - "/granska".length());
    checkCurrent(page, "/e-tjanster/utkast/{id}/granska (several signers)");
    post(page, () -> page.locator("button[value=lagg-till-medundertecknare]").click());
    assertThat(page.locator("#f-coSigners-1-name").isVisible()).isTrue();
    checkCurrent(page, "/e-tjanster/utkast/{id}/skriv-under (a co-signer row added)");
    page.locator("#f-email").fill("tolvan@example.se");
    page.locator("#f-coSigners-0-name").fill("Anna Andersson");
    page.locator("#f-coSigners-0-email").fill("inte-en-adress");
    page.locator("#f-coSigners-1-email").fill("bo@example.se");
    post(page, () -> page.locator("button[value=skriv-under]").last().click());
    assertThat(page.locator(".error-summary").isVisible()).isTrue();
    checkCurrent(page, "/e-tjanster/utkast/{id}/skriv-under (co-signers refused)");
    page.locator("#f-coSigners-0-email").fill("anna@example.se");
    page.locator("#f-coSigners-1-name").fill("Bo Berg");
    // The signing link is absolute (kansli.signing.public-url), not this test server's port: the
    // browser is given an empty page there, and the applicant signs with the test eID directly.
    page.route(
        "**/sign/**",
        route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setBody("")));
    post(page, () -> page.locator("button[value=skriv-under]").last().click());
    page.unroute("**/sign/**");
    assertThat(page.url()).contains("/sign/");
    String token = page.url().substring(page.url().indexOf("/sign/") + "/sign/".length());
    eidSigning.start(token, "test", "127.0.0.1", true);
    eidSigning.collect(token);
    check(page, draft + "/underskrifter", 200);
    assertThat(page.locator("main").textContent()).contains("1 av 3 har skrivit under.");
    check(page, "/mina-sidor", 200);
    assertThat(page.locator("main").textContent()).contains("Väntar på underskrifter");
    visit(page, draft + "/underskrifter", 200);
    post(page, () -> page.locator("form[action$='/aterkalla'] button").click());
    assertThat(page.url()).endsWith("/granska");
    checkCurrent(page, "/e-tjanster/utkast/{id}/granska (signatures withdrawn)");
  }
}
