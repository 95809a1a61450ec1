package se.kansli.meetings;

import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.registry.CaseId;
import se.kansli.registry.CaseRegistry;
import se.kansli.registry.CaseView;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

/**
 * Minutes of meetings held before Kansli, brought in by the minutes import. They are stored as
 * attested and read-only: they were attested on paper, and Kansli keeps them as the record says. A
 * meeting the body already has on that day is linked, not duplicated.
 */
@Service
public class HistoricalMinutes {

  private final Bodies bodies;
  private final Meetings meetings;
  private final MeetingPlanner planner;
  private final CaseRegistry cases;

  HistoricalMinutes(Bodies bodies, Meetings meetings, MeetingPlanner planner, CaseRegistry cases) {
    this.bodies = bodies;
    this.meetings = meetings;
    this.planner = planner;
    this.cases = cases;
  }

  /** What happened: the meeting, and whether it was created now or already there. */
  public record Recorded(MeetingView meeting, boolean created) {}

  @Transactional
  public Recorded record(HistoricalMeeting command, Actor actor) {
    if (!actor.has(Role.REGISTRAR)) {
      BodyDirectory.requireSecretary(actor);
    }
    OrganisationId org = OrganisationId.of(command.organisation());
    actor.requireMemberOf(org);
    String name = Text.required(command.bodyName(), "body", "Ange nämndens namn.");
    if (command.date() == null) {
      throw new InvalidInput("date", "Ange sammanträdets datum.");
    }
    Bodies.StoredBody body = bodies.named(org.value(), name).orElseGet(() -> createBody(org, name));
    var existing = meetings.onDay(body.id(), command.date());
    if (existing.isPresent()) {
      return new Recorded(planner.view(existing.get()), false);
    }
    MeetingId id = MeetingId.random();
    meetings.insertHistorical(id, body, command.date(), command.sourceSha256());
    Meetings.StoredMeeting stored = meetings.lock(id);
    try {
      for (HistoricalMeeting.Item item : command.items()) {
        add(stored, item, actor);
      }
    } catch (DuplicateKeyException e) {
      throw new Conflict(
          "items",
          "Nämnden har redan paragrafer med dessa nummer "
              + command.date().getYear()
              + "; kontrollera datum och nämnd.");
    }
    return new Recorded(planner.get(id, actor), true);
  }

  private void add(Meetings.StoredMeeting meeting, HistoricalMeeting.Item item, Actor actor) {
    CaseView found = item.caseId() == null ? null : cases.get(new CaseId(item.caseId()), actor);
    AgendaItemId id = AgendaItemId.random();
    meetings.insertItem(
        id,
        meeting,
        found == null ? null : found.id().value(),
        found == null ? item.caseNumber() : found.caseNumber(),
        Text.required(item.title(), "title", "Paragraf " + item.number() + " saknar rubrik."),
        found == null ? null : found.publicTitle(),
        found != null && found.confidential());
    meetings.paragraph(id, item.number());
    meetings.minutes(
        id,
        new ItemMinutes(
            item.title(),
            item.decision(),
            item.summary(),
            // What was said, as one text: an old file names members only in prose.
            item.proceedings(),
            List.of(),
            null,
            null,
            List.of(),
            List.of(),
            item.decisionBasis() == null
                ? List.of()
                : item.decisionBasis().stream()
                    .map(t -> new ItemMinutes.BasisDocument(null, t))
                    .toList(),
            List.of(),
            false));
  }

  private Bodies.StoredBody createBody(OrganisationId org, String name) {
    Bodies.StoredBody body =
        new Bodies.StoredBody(BodyId.random(), org.value(), name, name, null, null);
    bodies.insert(body);
    return body;
  }
}
