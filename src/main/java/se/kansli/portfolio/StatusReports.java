package se.kansli.portfolio;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.meetings.AgendaItemView;
import se.kansli.meetings.ItemMinutes;
import se.kansli.meetings.MeetingId;
import se.kansli.meetings.MeetingMinutes;
import se.kansli.meetings.MeetingPlanner;
import se.kansli.meetings.MeetingView;
import se.kansli.registry.CaseNumber;
import se.kansli.registry.CaseRegistry;
import se.kansli.registry.CaseStatus;
import se.kansli.registry.CaseView;
import se.kansli.registry.DocumentDirection;
import se.kansli.registry.DocumentRegistry;
import se.kansli.registry.DocumentView;
import se.kansli.registry.RegisterCase;
import se.kansli.registry.RegisterDocument;
import se.kansli.registry.UploadedFile;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;

/**
 * Status per reporting period for the initiatives and shared services, and the committee's status
 * item made of them: rendered as text, filed in a case and put on a planned meeting's agenda.
 */
@Service
public class StatusReports {

  private static final int MAX_STATUS = 4_000;
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private final InitiativeTables tables;
  private final PortfolioTables portfolio;
  private final Initiatives initiatives;
  private final SharedServices services;
  private final CaseRegistry cases;
  private final DocumentRegistry documents;
  private final MeetingPlanner planner;
  private final MeetingMinutes minutes;
  private final Clock clock;

  StatusReports(
      InitiativeTables tables,
      PortfolioTables portfolio,
      Initiatives initiatives,
      SharedServices services,
      CaseRegistry cases,
      DocumentRegistry documents,
      MeetingPlanner planner,
      MeetingMinutes minutes,
      ObjectProvider<Clock> clock) {
    this.tables = tables;
    this.portfolio = portfolio;
    this.initiatives = initiatives;
    this.services = services;
    this.cases = cases;
    this.documents = documents;
    this.planner = planner;
    this.minutes = minutes;
    this.clock = clock.getIfAvailable(() -> Clock.system(SWEDEN));
  }

  /**
   * The initiative's status for the period (a report for the same period again corrects it). A
   * closed initiative takes no more reports: its last one stands.
   */
  @Transactional
  public InitiativeView report(InitiativeId id, String period, String text, Actor actor) {
    InitiativeTables.StoredInitiative stored = initiatives.lockKept(id, actor);
    if (stored.phase().closed()) {
      throw new Conflict(
          "text",
          "Initiativet "
              + stored.name()
              + (stored.phase() == InitiativePhase.FINISHED ? " är avslutat" : " är avbrutet")
              + " och tar inte emot fler statusrapporter; ändra fasen först om arbetet har"
              + " återupptagits.");
    }
    tables.saveStatus(
        id.value(), Initiatives.INITIATIVE, period(period), text(text), actor.displayName());
    return initiatives.get(id);
  }

  /** The shared service's status for the period; a decommissioned service takes no reports. */
  @Transactional
  public List<StatusReportView> report(ServiceId id, String period, String text, Actor actor) {
    PortfolioTables.StoredService stored =
        portfolio.lockService(id.value()).orElseThrow(() -> new NotFound(SharedServices.NOT_FOUND));
    if (!actor.belongsTo(OrganisationId.of(stored.organisation()))) {
      throw new NotFound(SharedServices.NOT_FOUND);
    }
    SharedServices.requireCoordinator(stored.organisation(), actor);
    if (stored.stage() == ServiceStage.DECOMMISSIONED) {
      throw new Conflict(
          "text", "Tjänsten " + stored.name() + " är avvecklad och tar inte emot statusrapporter.");
    }
    tables.saveStatus(
        id.value(), SharedServices.SERVICE, period(period), text(text), actor.displayName());
    return statuses(id.value());
  }

  /** A service's or initiative's statuses, latest period first. */
  @Transactional(readOnly = true)
  public List<StatusReportView> statuses(UUID subject) {
    return tables.statuses(List.of(subject)).getOrDefault(subject, List.of());
  }

  /**
   * The status item for the period: the organisation's running services and open initiatives, and
   * an initiative closed but reported for the period (the seed's prestudy "genomförd").
   */
  @Transactional(readOnly = true)
  public StatusItem item(String organisation, String period, Actor actor) {
    OrganisationId org = organisation(organisation, actor);
    String p = period(period);
    List<StatusItem.Entry> entries = new ArrayList<>();
    List<ServiceView> running =
        services.list(actor).stream()
            .filter(s -> s.organisation().equals(org.value()))
            .filter(s -> s.stage().running())
            .toList();
    Map<UUID, List<StatusReportView>> serviceStatuses =
        tables.statuses(running.stream().map(s -> s.id().value()).toList());
    LocalDate day = lastDay(p);
    for (ServiceView s : running) {
      List<String> lines = new ArrayList<>(lines(serviceStatuses.get(s.id().value()), p));
      lines.add(participation(s, day));
      entries.add(new StatusItem.Entry(s.name(), lines));
    }
    for (InitiativeView i : initiatives.list(actor)) {
      if (i.organisation().equals(org.value()) && (i.open() || i.status(p).isPresent())) {
        entries.add(
            new StatusItem.Entry(
                i.name(), i.status(p).map(StatusReportView::lines).orElse(List.of())));
      }
    }
    return StatusItem.of(org.value(), p, entries);
  }

  /**
   * Files the period's status item as a document drawn up in a case and puts the case on the
   * meeting's agenda, the text as the item's summary. Filing the same period for the same meeting
   * again returns the first filing, so that a client may retry.
   */
  @Transactional
  public StatusFiling file(FileStatusItem command, Actor actor) {
    actor.requireRegistering();
    OrganisationId org = organisation(command.organisation(), actor);
    SharedServices.requireCoordinator(org.value(), actor);
    String period = period(command.period());
    MeetingView meeting = meeting(command.meetingId(), actor);
    if (!meeting.organisation().equals(org.value())) {
      throw new InvalidInput("meetingId", "Sammanträdet hör till en annan organisation.");
    }
    var earlier = tables.filing(org.value(), period, meeting.id().value());
    if (earlier.isPresent()) {
      return earlier.get();
    }
    StatusItem item = item(org.value(), period, actor);
    CaseView target = targetCase(org.value(), period, command, actor);
    DocumentView filed =
        documents.register(
            target.id(),
            new RegisterDocument(
                DocumentDirection.INTERNAL,
                LocalDate.now(clock.withZone(SWEDEN)),
                null,
                StatusItem.TITLE + ", " + period,
                true,
                null,
                true),
            new UploadedFile(
                "Status-" + period.replaceAll("[^\\p{L}\\p{N}]+", "-") + ".txt",
                item.text().getBytes(StandardCharsets.UTF_8)),
            actor);
    MeetingView planned = planner.addCase(meeting.id(), target.id(), actor);
    AgendaItemView agendaItem =
        planned.items().stream()
            .filter(i -> target.id().value().equals(i.caseId()))
            .findFirst()
            .orElseThrow();
    // The text goes in as the item's summary ("Sammanfattning av ärendet") with the filed document
    // as its basis; the secretary writes the decision at the meeting.
    minutes.writeItem(
        meeting.id(),
        agendaItem.id(),
        new ItemMinutes(
            agendaItem.title(),
            null,
            item.text(),
            null,
            List.of(),
            null,
            null,
            List.of(),
            List.of(),
            List.of(new ItemMinutes.BasisDocument(filed.id().value(), StatusItem.TITLE)),
            List.of()),
        actor);
    StatusFiling filing =
        new StatusFiling(
            period,
            meeting.id().value(),
            target.id().value(),
            target.caseNumber(),
            filed.id().value(),
            agendaItem.id().value());
    tables.insertFiling(org.value(), filing, clock.instant());
    return filing;
  }

  /** Planned meetings of the organisation that can still take items, for choosing one. */
  @Transactional(readOnly = true)
  public List<MeetingView> plannedMeetings(String organisation, Actor actor) {
    OrganisationId org = organisation(organisation, actor);
    int year = LocalDate.now(clock.withZone(SWEDEN)).getYear();
    List<MeetingView> open = new ArrayList<>();
    for (int y = year - 1; y <= year + 1; y++) {
      planner.year(y, actor).stream()
          .filter(m -> m.organisation().equals(org.value()))
          .filter(m -> m.status().minutesEditable())
          .forEach(open::add);
    }
    return open;
  }

  private MeetingView meeting(String id, Actor actor) {
    if (id == null || id.isBlank()) {
      throw new InvalidInput("meetingId", "Välj sammanträde.");
    }
    MeetingId meeting;
    try {
      meeting = MeetingId.of(id.strip());
    } catch (RuntimeException e) {
      throw new InvalidInput("meetingId", "Sammanträdet finns inte.");
    }
    return planner.get(meeting, actor);
  }

  private CaseView targetCase(
      String organisation, String period, FileStatusItem command, Actor actor) {
    String number = command.caseNumber();
    if (number != null && !number.isBlank()) {
      CaseNumber parsed =
          CaseNumber.tryParse(number.strip())
              .orElseThrow(() ->
                  new InvalidInput(
                      "caseNumber", "Ogiltigt diarienummer, skriv till exempel 2022/15."));
      CaseView found =
          cases.findByNumber(parsed, actor).stream()
              .filter(c -> c.organisation().equals(organisation))
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
    String code = command.classificationCode();
    if (code == null || code.isBlank()) {
      throw new InvalidInput(
          "caseNumber",
          "Ange diarienumret för ett öppet ärende, eller en klassificering för ett nytt.");
    }
    return cases.register(
        new RegisterCase(
            organisation,
            code.strip(),
            StatusItem.TITLE,
            "Status för nämndens gemensamma tjänster och initiativ, period " + period + ".",
            null,
            List.of(),
            null,
            null,
            null),
        actor);
  }

  /**
   * Who takes part, from the portfolio's participation on the period's last day: for a service each
   * municipality activates itself, who has activated it.
   */
  static String participation(ServiceView service, LocalDate day) {
    List<String> names =
        service.participantsOn(day).stream().map(ParticipationView::municipalityName).toList();
    String who = names.isEmpty() ? null : joined(names);
    if (service.selfActivated()) {
      return "Varje kommun beslutar och aktiverar själv för nyttjande; "
          + (who == null ? "ingen kommun har aktiverat den än." : "aktiverad av " + who + ".");
    }
    return who == null ? "Ingen kommun deltar." : "Deltar: " + who + ".";
  }

  private static String joined(List<String> names) {
    return names.size() == 1
        ? names.getFirst()
        : String.join(", ", names.subList(0, names.size() - 1)) + " och " + names.getLast();
  }

  /** The last day of a period written as a month (2022-06); today for any other period. */
  private LocalDate lastDay(String period) {
    try {
      return java.time.YearMonth.parse(period).atEndOfMonth();
    } catch (java.time.format.DateTimeParseException notAMonth) {
      return LocalDate.now(se.kansli.platform.SwedishTime.ZONE);
    }
  }

  private static List<String> lines(List<StatusReportView> statuses, String period) {
    return statuses == null
        ? List.of()
        : statuses.stream()
            .filter(s -> s.period().equals(period))
            .findFirst()
            .map(StatusReportView::lines)
            .orElse(List.of());
  }

  static String period(String period) {
    if (period == null || period.isBlank()) {
      throw new InvalidInput("period", "Ange perioden, till exempel 2022-06.");
    }
    if (period.strip().length() > 40) {
      throw new InvalidInput("period", "Perioden får vara högst 40 tecken.");
    }
    return period.strip();
  }

  private static String text(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInput("text", "Skriv statusen, en punkt per rad.");
    }
    if (text.length() > MAX_STATUS) {
      throw new InvalidInput("text", "Statusen får vara högst " + MAX_STATUS + " tecken.");
    }
    return text.strip();
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
}
