package se.kansli.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.meetings.MeetingId;
import se.kansli.meetings.MeetingPlanner;
import se.kansli.meetings.MeetingView;
import se.kansli.organisations.Organisation;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.registry.CaseId;
import se.kansli.registry.CaseNumber;
import se.kansli.registry.CaseRegistry;
import se.kansli.registry.CaseStatus;
import se.kansli.registry.CaseView;
import se.kansli.registry.DocumentDirection;
import se.kansli.registry.DocumentId;
import se.kansli.registry.DocumentRegistry;
import se.kansli.registry.DocumentView;
import se.kansli.registry.RegisterCase;
import se.kansli.registry.RegisterDocument;
import se.kansli.registry.UploadedFile;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.Forbidden;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Sha256;

/**
 * The interim and annual reports: the operational plan's follow-up and the financial statement to
 * the period's end, read from the platform's own data, with the committee's text around them.
 * Filing one generates its PDF/A and registers it in a case, which can then go on a meeting's
 * agenda; from then on the filed document is the report and its text no longer changes.
 */
@Service
public class FollowUpReports {

  private static final int MAX_TEXT = 20_000;
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private final Reports reports;
  private final OperationalPlans plans;
  private final Budgets budgets;
  private final Actuals actuals;
  private final ReportDocument document;
  private final CaseRegistry cases;
  private final DocumentRegistry documents;
  private final MeetingPlanner planner;
  private final OrganisationDirectory organisations;
  private final Clock clock;

  FollowUpReports(
      Reports reports,
      OperationalPlans plans,
      Budgets budgets,
      Actuals actuals,
      ReportDocument document,
      CaseRegistry cases,
      DocumentRegistry documents,
      MeetingPlanner planner,
      OrganisationDirectory organisations,
      ObjectProvider<Clock> clock) {
    this.reports = reports;
    this.plans = plans;
    this.budgets = budgets;
    this.actuals = actuals;
    this.document = document;
    this.cases = cases;
    this.documents = documents;
    this.planner = planner;
    this.organisations = organisations;
    this.clock = clock.getIfAvailable(() -> Clock.system(SWEDEN));
  }

  @Transactional
  public ReportView create(NewReport command, Actor actor) {
    requireEditor(actor);
    OrganisationId org = organisation(command.organisation(), actor);
    if (command.year() == null || command.year() < 2000 || command.year() > 2100) {
      throw new InvalidInput("year", "Ange ett år mellan 2000 och 2100.");
    }
    if (command.kind() == null) {
      throw new InvalidInput("kind", "Välj delårsrapport eller årsrapport.");
    }
    int through = throughMonth(command);
    String title =
        command.title() == null || command.title().isBlank()
            ? command.kind().title() + " " + command.year()
            : text(command.title(), "title", 200);
    if (reports.exists(org.value(), command.year(), command.kind(), through)) {
      throw new Conflict(
          "throughMonth",
          "Det finns redan en "
              + command.kind().title().toLowerCase(java.util.Locale.ROOT)
              + " för samma period.");
    }
    ReportId id = ReportId.random();
    reports.insert(
        new Reports.StoredReport(
            id, org.value(), command.year(), command.kind(), through, title, null, null));
    return get(id, actor);
  }

  @Transactional(readOnly = true)
  public List<ReportView> list(Actor actor) {
    return reports.of(organisations(actor)).stream().map(this::view).toList();
  }

  @Transactional(readOnly = true)
  public ReportView get(ReportId id, Actor actor) {
    return view(stored(id, actor));
  }

  /** The report with its figures as they stood at the period's end. */
  @Transactional(readOnly = true)
  public ReportContent content(ReportId id, Actor actor) {
    ReportView report = get(id, actor);
    List<String> gaps = new ArrayList<>();
    PlanView plan =
        plans.list(actor).stream()
            .filter(p -> p.organisation().equals(report.organisation()))
            .filter(p -> p.year() == report.year())
            .findFirst()
            .map(p -> plans.asOf(p.id(), report.periodEnd(), actor))
            .orElse(null);
    if (plan == null) {
      gaps.add(
          "Det finns ingen verksamhetsplan för " + report.year() + "; måluppföljningen saknas.");
    }
    BudgetOutcome finances =
        budgets.list(actor).stream()
            .filter(b -> b.organisation().equals(report.organisation()))
            .filter(b -> b.year() == report.year())
            .findFirst()
            .map(b -> actuals.outcome(b.id(), report.throughMonth(), actor))
            .orElse(null);
    if (finances == null) {
      gaps.add(
          "Det finns ingen budget för " + report.year() + "; den ekonomiska redovisningen saknas.");
    } else if (finances.lastMonth() < report.throughMonth()) {
      gaps.add(
          finances.lastMonth() == 0
              ? "Inget utfall är inläst ur huvudboken för perioden."
              : "Utfall är inläst bara till och med månad "
                  + finances.lastMonth()
                  + "; rapporten gäller till och med månad "
                  + report.throughMonth()
                  + ".");
    }
    return new ReportContent(report, plan, finances, List.copyOf(gaps));
  }

  @Transactional
  public ReportView updateTexts(ReportId id, String title, ReportTexts texts, Actor actor) {
    requireEditor(actor);
    Reports.StoredReport report = locked(id, actor);
    requireDraft(report);
    ReportTexts t = texts == null ? ReportTexts.EMPTY : texts;
    reports.texts(
        id,
        title == null || title.isBlank() ? report.title() : text(title, "title", 200),
        new ReportTexts(
            optional(t.summary(), "summary"),
            optional(t.events(), "events"),
            optional(t.financialComment(), "financialComment"),
            optional(t.proposal(), "proposal")));
    return get(id, actor);
  }

  /**
   * The report as PDF/A: the filed document once registered (the archived report, unchanged), a
   * draft marked as such before that.
   */
  @Transactional(readOnly = true)
  public ReportFile pdf(ReportId id, Actor actor) {
    ReportView report = get(id, actor);
    if (report.registered()) {
      byte[] filed =
          documents
              .content(new DocumentId(report.registration().documentId()), null, actor)
              .bytes();
      return new ReportFile(fileName(report), filed);
    }
    return new ReportFile(fileName(report), document.render(content(id, actor), true));
  }

  /**
   * Files the report: the final PDF/A is registered as a document drawn up in the case. Filing a
   * filed report again returns where it went, so a retry does not file it twice.
   */
  @Transactional
  public ReportView register(ReportId id, RegisterReport command, Actor actor) {
    requireEditor(actor);
    actor.requireRegistering();
    Reports.StoredReport report = locked(id, actor);
    if (report.registration() != null) {
      return view(report);
    }
    CaseView target = targetCase(view(report), command, actor);
    byte[] pdf = document.render(content(id, actor), false);
    ReportView current = view(report);
    DocumentView filed =
        documents.register(
            target.id(),
            new RegisterDocument(
                DocumentDirection.INTERNAL,
                LocalDate.now(clock.withZone(SWEDEN)),
                null,
                current.title() + ", " + current.periodText(),
                true,
                null,
                true),
            new UploadedFile(fileName(current), pdf),
            actor);
    reports.registered(
        id,
        new ReportView.Registration(
            target.id().value(),
            target.caseNumber(),
            filed.id().value(),
            Sha256.of(pdf),
            Instant.now(clock).truncatedTo(ChronoUnit.MICROS),
            actor.displayName()));
    return get(id, actor);
  }

  /** Puts the filed report's case on a meeting's agenda. */
  @Transactional
  public MeetingView addToAgenda(ReportId id, MeetingId meeting, Actor actor) {
    ReportView report = get(id, actor);
    if (!report.registered()) {
      throw new Conflict("meeting", "Diarieför rapporten innan den läggs på en dagordning.");
    }
    if (meeting == null) {
      throw new InvalidInput("meeting", "Välj sammanträde.");
    }
    return planner.addCase(meeting, new CaseId(report.registration().caseId()), actor);
  }

  /** Meetings of the report's organisation that can still take items, for choosing one. */
  @Transactional(readOnly = true)
  public List<MeetingView> meetingsFor(ReportId id, Actor actor) {
    ReportView report = get(id, actor);
    List<MeetingView> open = new ArrayList<>();
    for (int year = report.year(); year <= report.year() + 1; year++) {
      planner.year(year, actor).stream()
          .filter(m -> m.body().organisation().equals(report.organisation()))
          .filter(m -> m.status().minutesEditable())
          .forEach(open::add);
    }
    return open;
  }

  public record ReportFile(String fileName, byte[] bytes) {}

  private CaseView targetCase(ReportView report, RegisterReport command, Actor actor) {
    String number = command == null ? null : command.caseNumber();
    if (number != null && !number.isBlank()) {
      CaseNumber parsed = CaseNumber.parse(number);
      CaseView found =
          cases.findByNumber(parsed, actor).stream()
              .filter(c -> c.organisation().equals(report.organisation()))
              .findFirst()
              .orElseThrow(() ->
                  new InvalidInput(
                      "caseNumber", "Ärendet " + number.strip() + " finns inte i diariet."));
      if (found.status() == CaseStatus.CLOSED) {
        throw new InvalidInput(
            "caseNumber", "Ärendet " + found.caseNumber() + " är avslutat; välj ett öppet ärende.");
      }
      return found;
    }
    String code = command == null ? null : command.classificationCode();
    if (code == null || code.isBlank()) {
      throw new InvalidInput(
          "caseNumber",
          "Ange diarienumret för ett öppet ärende, eller en klassificering för ett nytt.");
    }
    return cases.register(
        new RegisterCase(
            report.organisation(),
            code.strip(),
            report.title(),
            report.title() + " för perioden " + report.periodText() + ".",
            null,
            List.of(),
            null,
            null,
            null),
        actor);
  }

  private ReportView view(Reports.StoredReport r) {
    return new ReportView(
        r.id(),
        r.organisation(),
        organisations
            .find(OrganisationId.of(r.organisation()))
            .map(Organisation::name)
            .orElse(r.organisation()),
        r.year(),
        r.kind(),
        r.throughMonth(),
        r.title(),
        r.texts(),
        r.registration());
  }

  private static int throughMonth(NewReport command) {
    if (command.kind() == ReportKind.ANNUAL) {
      return 12;
    }
    if (command.throughMonth() == null
        || command.throughMonth() < 1
        || command.throughMonth() > 11) {
      throw new InvalidInput(
          "throughMonth", "Ange vilken månad delårsrapporten gäller till och med (1–11).");
    }
    return command.throughMonth();
  }

  private static String fileName(ReportView report) {
    return report.title().replaceAll("[^\\p{L}\\p{N}]+", "-") + ".pdf";
  }

  private static void requireDraft(Reports.StoredReport report) {
    if (report.registration() != null) {
      throw new Conflict(
          "summary",
          "Rapporten är diarieförd i ärende "
              + report.registration().caseNumber()
              + " och ändras inte längre.");
    }
  }

  private Reports.StoredReport stored(ReportId id, Actor actor) {
    return reports.find(id, organisations(actor)).orElseThrow(FollowUpReports::notFound);
  }

  private Reports.StoredReport locked(ReportId id, Actor actor) {
    return reports.lock(id, organisations(actor)).orElseThrow(FollowUpReports::notFound);
  }

  private static NotFound notFound() {
    return new NotFound("Rapporten finns inte eller så saknar du behörighet.");
  }

  private static void requireEditor(Actor actor) {
    if (!OperationalPlans.mayEdit(actor)) {
      throw new Forbidden("Endast nämndsekreterare och administratörer får ändra rapporter.");
    }
  }

  private static String[] organisations(Actor actor) {
    return actor.organisations().stream().map(OrganisationId::value).toArray(String[]::new);
  }

  private static OrganisationId organisation(String value, Actor actor) {
    if (value == null || value.isBlank()) {
      if (actor.organisations().size() == 1) {
        return actor.organisations().iterator().next();
      }
      throw new InvalidInput("organisation", "Välj organisation.");
    }
    OrganisationId org = OrganisationId.of(value.strip());
    actor.requireMemberOf(org);
    return org;
  }

  private static String text(String value, String field, int max) {
    if (value.length() > max) {
      throw new InvalidInput(field, "Texten får vara högst " + max + " tecken.");
    }
    return value.strip();
  }

  private static String optional(String value, String field) {
    return value == null || value.isBlank() ? null : text(value, field, MAX_TEXT);
  }
}
