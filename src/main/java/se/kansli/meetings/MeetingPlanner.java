package se.kansli.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.registry.CaseId;
import se.kansli.registry.CaseNumber;
import se.kansli.registry.CaseRegistry;
import se.kansli.registry.CaseView;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;

/** The meeting plan and each meeting's agenda, with items taken from registry cases. */
@Service
public class MeetingPlanner {

  private final Meetings meetings;
  private final Bodies bodies;
  private final BodyDirectory directory;
  private final CaseRegistry cases;
  private final Supplements supplements;

  MeetingPlanner(
      Meetings meetings,
      Bodies bodies,
      BodyDirectory directory,
      CaseRegistry cases,
      Supplements supplements) {
    this.meetings = meetings;
    this.bodies = bodies;
    this.directory = directory;
    this.cases = cases;
    this.supplements = supplements;
  }

  @Transactional
  public MeetingView plan(BodyId bodyId, PlanMeeting plan, Actor actor) {
    BodyDirectory.requireSecretary(actor);
    Bodies.StoredBody body =
        bodies
            .find(bodyId, BodyDirectory.organisations(actor))
            .orElseThrow(() -> new NotFound("Nämnden finns inte eller så saknar du behörighet."));
    validate(plan);
    MeetingId id = MeetingId.random();
    meetings.insert(id, body, plan);
    return get(id, actor);
  }

  @Transactional
  public MeetingView reschedule(MeetingId id, PlanMeeting plan, Actor actor) {
    Meetings.StoredMeeting meeting = editable(id, actor);
    validate(plan);
    if (plan.date().getYear() != meeting.date().getYear()
        && meetings.items(id).stream().anyMatch(i -> i.paragraph() != null)) {
      throw new InvalidInput(
          "date", "Paragraferna är redan numrerade för " + meeting.date().getYear() + ".");
    }
    meetings.reschedule(id, plan);
    return get(id, actor);
  }

  @Transactional
  public MeetingView cancel(MeetingId id, Actor actor) {
    editable(id, actor);
    meetings.status(id, MeetingStatus.CANCELLED);
    return get(id, actor);
  }

  @Transactional(readOnly = true)
  public List<MeetingView> year(int year, Actor actor) {
    return meetings.ofYear(BodyDirectory.organisations(actor), year).stream()
        .map(this::view)
        .toList();
  }

  @Transactional(readOnly = true)
  public MeetingView get(MeetingId id, Actor actor) {
    return meetings
        .find(id, BodyDirectory.organisations(actor))
        .map(this::view)
        .orElseThrow(MeetingPlanner::notFound);
  }

  /** Puts a registry case on the agenda; its number shows on the item and in the minutes. */
  @Transactional
  public MeetingView addCase(MeetingId id, String caseNumber, Actor actor) {
    Meetings.StoredMeeting meeting = editable(id, actor);
    CaseNumber number =
        CaseNumber.tryParse(Text.required(caseNumber, "caseNumber", "Ange ett diarienummer."))
            .orElseThrow(() ->
                new InvalidInput(
                    "caseNumber", "Ogiltigt diarienummer, skriv till exempel 2022/9."));
    CaseView found =
        cases.findByNumber(number, actor).stream()
            .filter(c -> c.organisation().equals(meeting.organisation()))
            .findFirst()
            .orElseThrow(() ->
                new InvalidInput(
                    "caseNumber", "Ärendet " + caseNumber.strip() + " finns inte i diariet."));
    return addCase(meeting, found, actor);
  }

  @Transactional
  public MeetingView addCase(MeetingId id, CaseId caseId, Actor actor) {
    Meetings.StoredMeeting meeting = editable(id, actor);
    CaseView found = cases.get(caseId, actor);
    if (!found.organisation().equals(meeting.organisation())) {
      throw new InvalidInput("caseNumber", "Ärendet hör till en annan organisation.");
    }
    return addCase(meeting, found, actor);
  }

  private MeetingView addCase(Meetings.StoredMeeting meeting, CaseView found, Actor actor) {
    UUID caseId = found.id().value();
    if (meetings.items(meeting.id()).stream().anyMatch(i -> caseId.equals(i.caseId()))) {
      throw new Conflict(
          "caseNumber", "Ärendet " + found.caseNumber() + " finns redan på dagordningen.");
    }
    meetings.insertItem(
        AgendaItemId.random(),
        meeting,
        caseId,
        found.caseNumber(),
        found.title(),
        found.publicTitle(),
        found.confidential());
    return get(meeting.id(), actor);
  }

  /** Moves an item one step up (-1) or down (+1); numbered items keep their numbers in order. */
  @Transactional
  public MeetingView move(MeetingId id, AgendaItemId item, int step, Actor actor) {
    editable(id, actor);
    List<Meetings.StoredItem> items = meetings.items(id);
    if (items.stream().anyMatch(i -> supplements.immediateAttestation(i.id()))) {
      throw new Conflict(
          "item", "En paragraf är omedelbart justerad; ordningen och numren ligger fast.");
    }
    int from = indexOf(items, item);
    int to = Math.max(0, Math.min(items.size() - 1, from + Integer.signum(step)));
    List<Meetings.StoredItem> reordered = new ArrayList<>(items);
    reordered.add(to, reordered.remove(from));
    meetings.positions(reordered.stream().map(Meetings.StoredItem::id).toList());
    renumber(items, reordered);
    return get(id, actor);
  }

  @Transactional
  public MeetingView remove(MeetingId id, AgendaItemId item, Actor actor) {
    editable(id, actor);
    Meetings.StoredItem stored = meetings.items(id).get(indexOf(meetings.items(id), item));
    if (stored.paragraph() != null) {
      throw new Conflict(
          "item",
          "§ "
              + stored.paragraph()
              + " är numrerad och kan inte tas bort; skriv ett beslut "
              + "om att ärendet utgår.");
    }
    meetings.deleteItem(item);
    meetings.positions(meetings.items(id).stream().map(Meetings.StoredItem::id).toList());
    return get(id, actor);
  }

  /** The numbers the items had, in their old order, follow the items' new order. */
  private void renumber(List<Meetings.StoredItem> before, List<Meetings.StoredItem> after) {
    List<Integer> numbers =
        before.stream().map(Meetings.StoredItem::paragraph).filter(p -> p != null).toList();
    if (numbers.isEmpty()) {
      return;
    }
    after.forEach(i -> meetings.paragraph(i.id(), null));
    int n = 0;
    for (Meetings.StoredItem i : after) {
      if (i.paragraph() != null) {
        meetings.paragraph(i.id(), numbers.get(n++));
      }
    }
  }

  Meetings.StoredMeeting editable(MeetingId id, Actor actor) {
    BodyDirectory.requireSecretary(actor);
    meetings.find(id, BodyDirectory.organisations(actor)).orElseThrow(MeetingPlanner::notFound);
    Meetings.StoredMeeting meeting = meetings.lock(id);
    if (!meeting.status().minutesEditable()) {
      throw new Conflict(
          "status",
          switch (meeting.status()) {
            case CANCELLED -> "Sammanträdet är inställt.";
            case IN_ATTESTATION -> "Protokollet är skickat för justering och kan inte ändras.";
            default -> "Protokollet är justerat och ändras aldrig; skriv en rättelse.";
          });
    }
    return meeting;
  }

  MeetingView view(Meetings.StoredMeeting m) {
    BodyView body = directory.view(bodies.find(m.body(), new String[] {m.organisation()}).get());
    List<AgendaItemView> items =
        meetings.items(m.id()).stream()
            .map(i ->
                new AgendaItemView(
                    i.id(),
                    i.position(),
                    i.paragraph(),
                    i.caseId(),
                    i.caseNumber(),
                    i.title(),
                    i.publicTitle(),
                    i.confidential(),
                    i.minutes(),
                    i.attestedImmediately()))
            .toList();
    return new MeetingView(
        m.id(),
        body,
        m.date(),
        m.startsAt(),
        m.endsAt(),
        m.place(),
        m.remote(),
        m.status(),
        m.noticeSentAt(),
        m.othersPresent(),
        m.attesters(),
        m.attestationPlace(),
        m.attestationDate(),
        m.attestedAt(),
        m.sealedSha256(),
        items,
        meetings.attendance(m.id()),
        m.version(),
        m.historical());
  }

  private static int indexOf(List<Meetings.StoredItem> items, AgendaItemId id) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new NotFound("Ärendet finns inte på dagordningen.");
  }

  private static void validate(PlanMeeting plan) {
    if (plan.date() == null) {
      throw new InvalidInput("date", "Ange datum för sammanträdet.");
    }
    if (plan.startsAt() == null) {
      throw new InvalidInput("startsAt", "Ange starttid.");
    }
    if (plan.endsAt() != null && !plan.endsAt().isAfter(plan.startsAt())) {
      throw new InvalidInput("endsAt", "Sluttiden måste vara efter starttiden.");
    }
    Text.required(plan.place(), "place", "Ange plats för sammanträdet.");
  }

  static NotFound notFound() {
    return new NotFound("Sammanträdet finns inte eller så saknar du behörighet.");
  }
}
