package se.kansli.followup;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.meetings.AgendaItemView;
import se.kansli.meetings.MeetingId;
import se.kansli.meetings.MeetingPlanner;
import se.kansli.meetings.MeetingView;
import se.kansli.organisations.Organisation;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;

/**
 * The member municipalities' audits of the committee: assessments, recommendations and the actions
 * taken on them. A recommendation stays in the follow-up until it is closed with a comment, which
 * is allowed only once all its actions are done.
 */
@Service
public class Audits {

  private static final String NOT_FOUND = "Granskningen finns inte eller så saknar du behörighet.";

  private final AuditTables tables;
  private final OrganisationDirectory organisations;
  private final MeetingPlanner planner;

  Audits(AuditTables tables, OrganisationDirectory organisations, MeetingPlanner planner) {
    this.tables = tables;
    this.organisations = organisations;
    this.planner = planner;
  }

  @Transactional(readOnly = true)
  public List<AuditView> list(Integer year, Actor actor) {
    return views(tables.list(organisations(actor), year));
  }

  @Transactional(readOnly = true)
  public AuditView get(UUID id, Actor actor) {
    return views(List.of(stored(id, actor, false))).getFirst();
  }

  /** Every recommendation not yet closed, with its audit, oldest audit first. */
  @Transactional(readOnly = true)
  public List<AuditView> withOpenRecommendations(Actor actor) {
    return list(null, actor).stream()
        .filter(a -> a.openRecommendations() > 0)
        .sorted(java.util.Comparator.comparingInt(AuditView::year))
        .toList();
  }

  @Transactional
  public AuditView create(NewAudit audit, Actor actor) {
    actor.requireRegistering();
    if (audit.organisation() == null || audit.organisation().isBlank()) {
      throw new InvalidInput("organisation", "Välj organisationen som granskats.");
    }
    actor.requireMemberOf(OrganisationId.of(audit.organisation()));
    Organisation municipality = municipality(audit.municipality());
    if (audit.year() == null) {
      throw new InvalidInput("year", "Ange vilket år granskningen gäller.");
    }
    if (audit.year() < 1990 || audit.year() > 2200) {
      throw new InvalidInput("year", "Året ska vara mellan 1990 och 2200.");
    }
    if (audit.assessment() == null || audit.assessment().isBlank()) {
      throw new InvalidInput("assessment", "Skriv revisorernas bedömning.");
    }
    for (String r : audit.recommendations()) {
      requireText(r, "recommendations", "En rekommendation får inte vara tom.");
    }
    if (tables.exists(audit.organisation(), municipality.id().value(), audit.year())) {
      throw new Conflict(
          "year",
          municipality.name() + " har redan en granskning för " + audit.year() + " registrerad.");
    }
    String title =
        audit.title() == null || audit.title().isBlank()
            ? "Grundläggande granskning " + audit.year() + ", " + municipality.name()
            : audit.title();
    UUID id = UUID.randomUUID();
    tables.insert(
        id,
        new NewAudit(
            audit.organisation(),
            municipality.id().value(),
            audit.year(),
            title,
            audit.assessment(),
            List.of()));
    audit.recommendations().forEach(r -> tables.insertRecommendation(id, r));
    return get(id, actor);
  }

  @Transactional
  public AuditView addRecommendation(UUID audit, String text, Actor actor) {
    actor.requireRegistering();
    stored(audit, actor, true);
    requireText(text, "recommendation", "Skriv rekommendationen.");
    tables.insertRecommendation(audit, text);
    return get(audit, actor);
  }

  @Transactional
  public AuditView addAction(UUID recommendation, NewAction action, Actor actor) {
    actor.requireRegistering();
    UUID audit = auditOfRecommendation(recommendation, actor);
    RecommendationView current = recommendation(audit, recommendation, actor);
    if (!current.open()) {
      throw new Conflict("description", "Rekommendationen är redan avslutad.");
    }
    requireText(action.description(), "description", "Beskriv åtgärden.");
    requireText(action.owner(), "owner", "Ange vem som ansvarar för åtgärden.");
    if (action.due() == null) {
      throw new InvalidInput("due", "Ange när åtgärden ska vara klar.");
    }
    tables.insertAction(
        recommendation,
        new NewAction(
            action.description(),
            action.owner(),
            action.due(),
            action.status() == null ? ActionStatus.OPEN : action.status(),
            action.comment()));
    return get(audit, actor);
  }

  @Transactional
  public AuditView updateAction(UUID action, ActionStatus status, String comment, Actor actor) {
    actor.requireRegistering();
    UUID recommendation =
        tables.recommendationOfAction(action).orElseThrow(() -> new NotFound(NOT_FOUND));
    UUID audit = auditOfRecommendation(recommendation, actor);
    if (!recommendation(audit, recommendation, actor).open()) {
      throw new Conflict("status", "Rekommendationen är avslutad; åtgärderna kan inte ändras.");
    }
    if (status == null) {
      throw new InvalidInput("status", "Välj status.");
    }
    tables.updateAction(action, status, comment);
    return get(audit, actor);
  }

  /** Closes a recommendation: refused while any of its actions is not done, or without comment. */
  @Transactional
  public AuditView close(UUID recommendation, String comment, Actor actor) {
    actor.requireRegistering();
    UUID audit = auditOfRecommendation(recommendation, actor);
    RecommendationView current = recommendation(audit, recommendation, actor);
    if (!current.open()) {
      throw new Conflict("closingComment", "Rekommendationen är redan avslutad.");
    }
    requireText(
        comment, "closingComment", "Skriv en kommentar om hur rekommendationen har hanterats.");
    long unfinished = current.actions().stream().filter(a -> !a.done()).count();
    if (unfinished > 0) {
      throw new Conflict(
          "closingComment",
          "Rekommendationen har "
              + unfinished
              + (unfinished == 1 ? " åtgärd" : " åtgärder")
              + " som inte är klar; avsluta dem först.");
    }
    tables.close(recommendation, comment);
    return get(audit, actor);
  }

  /**
   * Links the committee's decision on the audit: the minutes item found by case number, or by
   * meeting and § number. Only meetings the actor may see are searched.
   */
  @Transactional
  public AuditView linkDecision(UUID audit, DecisionChoice choice, Actor actor) {
    actor.requireRegistering();
    stored(audit, actor, true);
    DecisionLink link = find(choice, actor);
    tables.link(audit, link);
    return get(audit, actor);
  }

  private DecisionLink find(DecisionChoice choice, Actor actor) {
    if (choice.meetingId() != null && !choice.meetingId().isBlank()) {
      if (choice.paragraph() == null) {
        throw new InvalidInput("paragraph", "Ange paragrafen (§) i protokollet.");
      }
      MeetingId meetingId;
      try {
        meetingId = MeetingId.of(choice.meetingId().strip());
      } catch (IllegalArgumentException e) {
        throw new InvalidInput("meetingId", "Sammanträdet finns inte.");
      }
      MeetingView meeting = planner.get(meetingId, actor);
      return meeting.items().stream()
          .filter(i -> choice.paragraph().equals(i.paragraph()))
          .findFirst()
          .map(i -> link(meeting, i))
          .orElseThrow(() ->
              new InvalidInput(
                  "paragraph", "Sammanträdet har ingen § " + choice.paragraph() + "."));
    }
    String number = choice.caseNumber() == null ? "" : choice.caseNumber().strip();
    if (number.isEmpty()) {
      throw new InvalidInput(
          "caseNumber", "Ange ärendets diarienummer eller välj sammanträde och paragraf.");
    }
    int year;
    try {
      year = Integer.parseInt(number.substring(0, number.indexOf('/')));
    } catch (RuntimeException e) {
      throw new InvalidInput("caseNumber", "Diarienumret ska se ut som 2022/9.");
    }
    // A case is decided the year it was registered or, late in the year, the next one.
    for (int y = year; y <= year + 1; y++) {
      for (MeetingView meeting : planner.year(y, actor)) {
        Optional<AgendaItemView> item =
            meeting.items().stream()
                .filter(i -> i.paragraph() != null && sameCase(i.caseNumber(), number))
                .findFirst();
        if (item.isPresent()) {
          return link(meeting, item.get());
        }
      }
    }
    throw new InvalidInput(
        "caseNumber", "Inget protokollfört beslut i ärende " + number + " hittades.");
  }

  /** "2022/9" matches the item's "2022/9-2.2.0.1": the classification suffix is optional. */
  static boolean sameCase(String itemNumber, String wanted) {
    if (itemNumber == null) {
      return false;
    }
    return itemNumber.equalsIgnoreCase(wanted) || itemNumber.startsWith(wanted + "-");
  }

  private static DecisionLink link(MeetingView meeting, AgendaItemView item) {
    return new DecisionLink(
        meeting.id().value(),
        item.id().value(),
        meeting.body().name() + " " + meeting.date() + " § " + item.paragraph());
  }

  private Organisation municipality(String id) {
    if (id == null || id.isBlank()) {
      throw new InvalidInput("municipality", "Välj den granskande kommunen.");
    }
    return organisations.all().stream()
        .filter(o -> o.id().value().equals(id.strip()))
        .filter(o -> o.kind() == Organisation.Kind.MUNICIPALITY)
        .findFirst()
        .orElseThrow(() -> new InvalidInput("municipality", "Okänd kommun: " + id + "."));
  }

  private UUID auditOfRecommendation(UUID recommendation, Actor actor) {
    UUID audit =
        tables.auditOfRecommendation(recommendation).orElseThrow(() -> new NotFound(NOT_FOUND));
    stored(audit, actor, true);
    return audit;
  }

  private RecommendationView recommendation(UUID audit, UUID recommendation, Actor actor) {
    return get(audit, actor).recommendations().stream()
        .filter(r -> r.id().equals(recommendation))
        .findFirst()
        .orElseThrow(() -> new NotFound(NOT_FOUND));
  }

  private AuditTables.StoredAudit stored(UUID id, Actor actor, boolean lock) {
    return tables.find(id, organisations(actor), lock).orElseThrow(() -> new NotFound(NOT_FOUND));
  }

  private List<AuditView> views(List<AuditTables.StoredAudit> audits) {
    Map<UUID, List<AuditTables.StoredRecommendation>> recs =
        tables.recommendations(audits.stream().map(AuditTables.StoredAudit::id).toList()).stream()
            .collect(Collectors.groupingBy(AuditTables.StoredRecommendation::audit));
    Map<UUID, List<ActionView>> actions =
        tables.actions(
            recs.values().stream()
                .flatMap(List::stream)
                .map(AuditTables.StoredRecommendation::id)
                .toList());
    Map<String, String> names =
        organisations.all().stream()
            .collect(Collectors.toMap(o -> o.id().value(), Organisation::name));
    return audits.stream()
        .map(a ->
            new AuditView(
                a.id(),
                a.organisation(),
                a.municipality(),
                names.getOrDefault(a.municipality(), a.municipality()),
                a.year(),
                a.title(),
                a.assessment(),
                a.decisionMeeting() == null
                    ? null
                    : new DecisionLink(a.decisionMeeting(), a.decisionItem(), a.decisionLabel()),
                recs.getOrDefault(a.id(), List.of()).stream()
                    .map(r ->
                        new RecommendationView(
                            r.id(),
                            r.position(),
                            r.text(),
                            r.closedAt(),
                            r.closingComment(),
                            actions.getOrDefault(r.id(), List.of())))
                    .toList()))
        .toList();
  }

  static void requireText(String value, String field, String message) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput(field, message);
    }
  }

  static List<String> organisations(Actor actor) {
    return actor.organisations().stream().map(OrganisationId::value).toList();
  }
}
