package se.kansli.meetings;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.meetings.ItemMinutes.Ballot;
import se.kansli.meetings.ItemMinutes.Dissent;
import se.kansli.meetings.ItemMinutes.Motion;
import se.kansli.meetings.ItemMinutes.Recipient;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;

/** Writing the minutes: attendance, each item's decision and § number, and the attesters. */
@Service
public class MeetingMinutes {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private final Meetings meetings;
  private final MeetingPlanner planner;
  private final Supplements supplements;

  MeetingMinutes(Meetings meetings, MeetingPlanner planner, Supplements supplements) {
    this.meetings = meetings;
    this.planner = planner;
    this.supplements = supplements;
  }

  @Transactional
  public MeetingView recordAttendance(MeetingId id, RecordAttendance command, Actor actor) {
    planner.editable(id, actor);
    MeetingView meeting = planner.get(id, actor);
    Set<SeatId> seen = new HashSet<>();
    for (RecordAttendance.Entry e : command.entries()) {
      SeatView seat =
          meeting
              .body()
              .seat(e.seat())
              .filter(s -> s.servesOn(meeting.date()))
              .orElseThrow(
                  () -> new InvalidInput("attendance", "Personen har ingen plats i nämnden."));
      if (!seen.add(e.seat())) {
        throw new InvalidInput("attendance", seat.personName() + " finns två gånger.");
      }
      attendanceEntry(meeting, seat, e, command.entries());
    }
    long replaced =
        command.entries().stream()
            .filter(e -> e.servingFor() != null)
            .map(e -> e.servingFor())
            .distinct()
            .count();
    if (replaced != command.entries().stream().filter(e -> e.servingFor() != null).count()) {
      throw new InvalidInput("attendance", "Två ersättare tjänstgör för samma ledamot.");
    }
    meetings.replaceAttendance(id, command.entries());
    meetings.othersPresent(id, command.othersPresent());
    return planner.get(id, actor);
  }

  private static void attendanceEntry(
      MeetingView meeting,
      SeatView seat,
      RecordAttendance.Entry e,
      List<RecordAttendance.Entry> entries) {
    if (e.status() == null) {
      throw new InvalidInput("attendance", "Ange närvaro för " + seat.personName() + ".");
    }
    boolean substitute = seat.kind() == SeatKind.SUBSTITUTE;
    if (e.status() == AttendanceStatus.SERVING) {
      if (!substitute) {
        throw new InvalidInput(
            "attendance", seat.personName() + " är ledamot; endast ersättare tjänstgör för någon.");
      }
      SeatView replaced =
          meeting
              .body()
              .seat(
                  e.servingFor() == null ? new SeatId(java.util.UUID.randomUUID()) : e.servingFor())
              .filter(SeatView::member)
              .orElseThrow(() ->
                  new InvalidInput(
                      "attendance",
                      "Ange vilken ledamot ersättaren " + seat.personName() + " ersätter."));
      boolean memberPresent =
          entries.stream()
              .anyMatch(
                  a -> a.seat().equals(replaced.id()) && a.status() == AttendanceStatus.PRESENT);
      if (memberPresent) {
        throw new InvalidInput(
            "attendance", replaced.personName() + " är närvarande och kan inte ersättas.");
      }
    } else if (e.status() == AttendanceStatus.PRESENT && substitute) {
      // A substitute who attends without serving is recorded as present but does not vote; we
      // keep that as ABSENT from the decisions and list them among "others present" instead.
      throw new InvalidInput(
          "attendance",
          "Ersättaren "
              + seat.personName()
              + " tjänstgör antingen för en ledamot eller står bland övriga närvarande.");
    }
  }

  /** Writes one item's minutes; a vote or dissent by someone who did not take part is refused. */
  @Transactional
  public MeetingView writeItem(
      MeetingId id, AgendaItemId itemId, ItemMinutes minutes, Actor actor) {
    planner.editable(id, actor);
    MeetingView meeting = planner.get(id, actor);
    AgendaItemView item =
        meeting.item(itemId).orElseThrow(() -> new InvalidInput("item", "Okänt ärende."));
    if (supplements.immediateAttestation(itemId)) {
      throw new Conflict(
          "item", item.paragraphLabel() + " är omedelbart justerad och kan inte ändras.");
    }
    ItemMinutes clean = clean(minutes, item);
    AgendaItemView changed =
        new AgendaItemView(
            item.id(),
            item.position(),
            item.paragraph(),
            item.caseId(),
            item.caseNumber(),
            clean.title(),
            item.publicTitle(),
            item.confidential(),
            clean,
            item.attestedImmediately());
    Set<SeatId> deciding = meeting.decidingOn(changed);
    for (SeatId away : clean.absent()) {
      if (!meeting.serving().contains(away)) {
        throw new InvalidInput(
            "absent", meeting.personName(away) + " tjänstgör inte vid sammanträdet.");
      }
    }
    for (SeatId conflicted : clean.conflicts()) {
      if (!meeting.serving().contains(conflicted)) {
        throw new InvalidInput(
            "conflicts", meeting.personName(conflicted) + " tjänstgör inte vid sammanträdet.");
      }
    }
    for (Motion motion : clean.proceedings()) {
      if (meeting.body().seat(motion.member()).isEmpty()) {
        throw new InvalidInput("proceedings", "Yrkandet måste ha en namngiven ledamot.");
      }
    }
    if (clean.vote() != null) {
      for (Ballot ballot : clean.vote().ballots()) {
        if (!deciding.contains(ballot.member())) {
          throw new InvalidInput(
              "vote",
              meeting.personName(ballot.member())
                  + " tjänstgör inte i ärendet och kan inte rösta.");
        }
      }
    }
    for (Dissent dissent : clean.dissents()) {
      if (!deciding.contains(dissent.member())) {
        throw new InvalidInput(
            "dissents",
            meeting.personName(dissent.member())
                + " deltog inte i beslutet och kan inte reservera sig.");
      }
    }
    meetings.minutes(itemId, clean);
    return planner.get(id, actor);
  }

  private static ItemMinutes clean(ItemMinutes m, AgendaItemView item) {
    for (Recipient r : m.recipients()) {
      if (r.name() == null || r.name().isBlank()) {
        throw new InvalidInput("recipients", "Ange mottagarens namn.");
      }
      if (r.email() == null || !EMAIL.matcher(r.email().strip()).matches()) {
        throw new InvalidInput(
            "recipients", "Mottagaren " + r.name().strip() + " saknar giltig e-postadress.");
      }
    }
    String title = Text.blankToNull(m.title()) == null ? item.title() : m.title().strip();
    return new ItemMinutes(
        title,
        Text.blankToNull(m.decision()),
        Text.blankToNull(m.summary()),
        Text.blankToNull(m.description()),
        m.proceedings().stream().filter(p -> p.text() != null && !p.text().isBlank()).toList(),
        Text.blankToNull(m.decisionProcedure()),
        m.vote() == null || m.vote().ballots().isEmpty() ? null : m.vote(),
        m.dissents(),
        m.conflicts().stream().distinct().toList(),
        m.decisionBasis().stream()
            .filter(b -> b.documentId() != null || (b.title() != null && !b.title().isBlank()))
            .toList(),
        m.recipients().stream()
            .map(r -> new Recipient(r.name().strip(), r.email().strip()))
            .toList(),
        m.closesCase(),
        m.absent().stream().distinct().toList());
  }

  /**
   * Gives the meeting's unnumbered items the next § numbers of the body's year, in agenda order.
   * The numbering runs on from the body's earlier meetings of the year; {@code first} starts at a
   * given number instead (the first meeting after items decided elsewhere), but never reuses one.
   */
  @Transactional
  public MeetingView numberItems(MeetingId id, Integer first, Actor actor) {
    Meetings.StoredMeeting meeting = planner.editable(id, actor);
    int last = meetings.lastParagraph(meeting.body(), meeting.date());
    List<Meetings.StoredItem> unnumbered =
        meetings.items(id).stream().filter(i -> i.paragraph() == null).toList();
    int next = first == null ? last + 1 : first;
    if (first != null && first <= last) {
      throw new InvalidInput(
          "first",
          "§ " + first + " är redan använd i år; nästa lediga nummer är § " + (last + 1) + ".");
    }
    if (first != null && first < 1) {
      throw new InvalidInput("first", "Paragrafnummer börjar på 1.");
    }
    int later = meetings.firstParagraphAfter(meeting.body(), meeting.date(), meeting.id());
    if (later > 0 && next + unnumbered.size() - 1 >= later) {
      throw new Conflict(
          "first", "Ett senare sammanträde har redan § " + later + "; numreringen skulle krocka.");
    }
    try {
      for (Meetings.StoredItem item : unnumbered) {
        meetings.paragraph(item.id(), next++);
      }
    } catch (DuplicateKeyException e) {
      throw new Conflict("first", "Paragrafnumret är redan använt av nämnden i år.");
    }
    return planner.get(id, actor);
  }

  /** Chooses the attesters (justerare) and when and where the minutes will be attested. */
  @Transactional
  public MeetingView attestation(
      MeetingId id, List<SeatId> attesters, String place, LocalDate date, Actor actor) {
    planner.editable(id, actor);
    MeetingView meeting = planner.get(id, actor);
    List<SeatId> chosen = attesters == null ? List.of() : attesters.stream().distinct().toList();
    for (SeatId attester : chosen) {
      if (!meeting.serving().contains(attester)) {
        throw new InvalidInput(
            "attesters", "Justeraren " + meeting.personName(attester) + " tjänstgör inte.");
      }
      if (meeting.body().seat(attester).map(SeatView::office).orElse(null) == Office.CHAIR) {
        throw new InvalidInput("attesters", "Ordföranden justerar redan; välj en annan ledamot.");
      }
    }
    // Kommunallagen 5 kap. 69 § (6 kap. 35 §): the minutes are attested within 14 days.
    if (date != null
        && (date.isBefore(meeting.date()) || date.isAfter(meeting.date().plusDays(14)))) {
      throw new InvalidInput(
          "attestationDate", "Protokollet ska justeras senast 14 dagar efter sammanträdet.");
    }
    meetings.attestation(id, chosen, Text.blankToNull(place), date);
    return planner.get(id, actor);
  }

  /** What still stands in the way of attestation; empty when the minutes may be sent. */
  @Transactional(readOnly = true)
  public List<MinutesCheck.Problem> check(MeetingId id, Actor actor) {
    return MinutesCheck.problems(planner.get(id, actor));
  }
}
