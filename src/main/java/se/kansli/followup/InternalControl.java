package se.kansli.followup;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.shared.Actor;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;

/**
 * The internal control plan: control points with frequency, owner and method, and their recorded
 * follow-ups. A point is overdue when its last follow-up is older than its frequency allows, which
 * is what the audits asked to be watched: every control point followed up.
 */
@Service
public class InternalControl {

  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  private static final String NOT_FOUND =
      "Kontrollmomentet finns inte eller så saknar du behörighet.";

  private final ControlTables tables;

  InternalControl(ControlTables tables) {
    this.tables = tables;
  }

  @Transactional(readOnly = true)
  public List<ControlPointView> plan(Actor actor) {
    return plan(actor, LocalDate.now(STOCKHOLM));
  }

  /** The plan as it stands on {@code today}: overdue points first. */
  @Transactional(readOnly = true)
  public List<ControlPointView> plan(Actor actor, LocalDate today) {
    return views(tables.of(Audits.organisations(actor)), today).stream()
        .sorted(java.util.Comparator.comparing((ControlPointView p) -> !p.overdue()))
        .toList();
  }

  @Transactional(readOnly = true)
  public ControlPointView get(UUID id, Actor actor) {
    return views(
            List.of(
                tables
                    .find(id, Audits.organisations(actor), false)
                    .orElseThrow(() -> new NotFound(NOT_FOUND))),
            LocalDate.now(STOCKHOLM))
        .getFirst();
  }

  @Transactional
  public ControlPointView add(NewControlPoint point, Actor actor) {
    actor.requireRegistering();
    if (point.organisation() == null || point.organisation().isBlank()) {
      throw new InvalidInput("organisation", "Välj organisation.");
    }
    actor.requireMemberOf(OrganisationId.of(point.organisation()));
    Audits.requireText(point.title(), "title", "Ange kontrollmomentet.");
    Audits.requireText(point.method(), "method", "Beskriv hur kontrollen görs.");
    Audits.requireText(point.owner(), "owner", "Ange vem som ansvarar.");
    if (point.frequency() == null) {
      throw new InvalidInput("frequency", "Välj hur ofta kontrollen görs.");
    }
    UUID id = UUID.randomUUID();
    tables.insert(
        id,
        new NewControlPoint(
            point.organisation(),
            point.title(),
            point.method(),
            point.owner(),
            point.frequency(),
            point.startsOn() == null ? LocalDate.now(STOCKHOLM) : point.startsOn()));
    return get(id, actor);
  }

  @Transactional
  public ControlPointView followUp(UUID point, NewFollowUp followUp, Actor actor) {
    actor.requireRegistering();
    tables
        .find(point, Audits.organisations(actor), true)
        .orElseThrow(() -> new NotFound(NOT_FOUND));
    if (followUp.date() == null) {
      throw new InvalidInput("date", "Ange när uppföljningen gjordes.");
    }
    if (followUp.date().isAfter(LocalDate.now(STOCKHOLM))) {
      throw new InvalidInput("date", "En uppföljning kan inte göras i framtiden.");
    }
    Audits.requireText(followUp.result(), "result", "Skriv resultatet av uppföljningen.");
    tables.insertFollowUp(point, followUp);
    return get(point, actor);
  }

  private List<ControlPointView> views(List<ControlTables.StoredPoint> points, LocalDate today) {
    Map<UUID, List<FollowUpView>> followUps =
        tables.followUps(points.stream().map(ControlTables.StoredPoint::id).toList());
    return points.stream()
        .map(p -> {
          List<FollowUpView> done = followUps.getOrDefault(p.id(), List.of());
          LocalDate from = done.isEmpty() ? p.startsOn() : done.getFirst().date();
          LocalDate next = from.plusMonths(p.frequency().months());
          return new ControlPointView(
              p.id(),
              p.organisation(),
              p.title(),
              p.method(),
              p.owner(),
              p.frequency(),
              p.startsOn(),
              done,
              next,
              today.isAfter(next));
        })
        .toList();
  }
}
