package se.kansli.meetings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.kansli.meetings.ItemMinutes.Ballot;
import se.kansli.meetings.ItemMinutes.BasisDocument;
import se.kansli.meetings.ItemMinutes.Dissent;
import se.kansli.meetings.ItemMinutes.Motion;
import se.kansli.meetings.ItemMinutes.Recipient;

/**
 * Compares two snapshots of the minutes field by field, in the order the minutes print them:
 * attendance, attesters, then each item (and the items added or removed). Every field is turned
 * into the text a reader sees, with names resolved through the meeting's body, so that a change is
 * shown the way the attesters would notice it.
 */
final class MinutesComparison {

  private static final String ATTENDANCE = "Närvaro";

  private final MeetingView meeting;
  private final List<MinutesChange> changes = new ArrayList<>();

  private MinutesComparison(MeetingView meeting) {
    this.meeting = meeting;
  }

  static List<MinutesChange> between(
      MinutesSnapshot before, MinutesSnapshot after, MeetingView meeting) {
    MinutesComparison comparison = new MinutesComparison(meeting);
    comparison.attendance(before.attendance(), after.attendance());
    comparison.compare(
        ATTENDANCE, "Övriga närvarande", before.othersPresent(), after.othersPresent());
    comparison.compare(
        "Justering",
        "Justerare",
        comparison.names(before.attesters()),
        comparison.names(after.attesters()));
    comparison.items(before.items(), after.items());
    return List.copyOf(comparison.changes);
  }

  private void attendance(List<AttendanceView> before, List<AttendanceView> after) {
    Map<SeatId, AttendanceView> was = bySeat(before);
    Map<SeatId, AttendanceView> now = bySeat(after);
    // The body's seat order, as the attendance form lists them.
    Set<SeatId> seats = new LinkedHashSet<>();
    meeting.body().seats().stream()
        .map(SeatView::id)
        .filter(s -> was.containsKey(s) || now.containsKey(s))
        .forEach(seats::add);
    seats.addAll(was.keySet());
    seats.addAll(now.keySet());
    for (SeatId seat : seats) {
      compare(ATTENDANCE, meeting.personName(seat), status(was.get(seat)), status(now.get(seat)));
    }
  }

  private String status(AttendanceView attendance) {
    if (attendance == null) {
      return "";
    }
    return switch (attendance.status()) {
      case PRESENT -> "Närvarande";
      case ABSENT -> "Frånvarande";
      case SERVING ->
          attendance.servingFor() == null
              ? "Tjänstgör"
              : "Tjänstgör för " + meeting.personName(attendance.servingFor());
    };
  }

  private void items(List<MinutesSnapshot.Item> before, List<MinutesSnapshot.Item> after) {
    Map<AgendaItemId, MinutesSnapshot.Item> was = byId(before);
    Map<AgendaItemId, MinutesSnapshot.Item> now = byId(after);
    for (MinutesSnapshot.Item item : after) {
      MinutesSnapshot.Item old = was.get(item.id());
      if (old == null) {
        changes.add(new MinutesChange(item.where(), "Ärendet tillagt", "", title(item)));
      } else {
        item(old, item);
      }
    }
    for (MinutesSnapshot.Item old : before) {
      if (!now.containsKey(old.id())) {
        changes.add(new MinutesChange(old.where(), "Ärendet borttaget", title(old), ""));
      }
    }
  }

  private void item(MinutesSnapshot.Item before, MinutesSnapshot.Item after) {
    String where = after.where();
    ItemMinutes was = before.minutes();
    ItemMinutes now = after.minutes();
    compare(where, "Paragraf", paragraph(before), paragraph(after));
    compare(where, "Rubrik", was.title(), now.title());
    compare(where, "Diarienummer", before.caseNumber(), after.caseNumber());
    compare(where, "Beslut", was.decision(), now.decision());
    compare(where, "Sammanfattning", was.summary(), now.summary());
    compare(where, "Beskrivning", was.description(), now.description());
    compare(where, "Yrkanden och anteckningar", proceedings(was), proceedings(now));
    compare(where, "Beslutsgång", was.decisionProcedure(), now.decisionProcedure());
    compare(where, "Omröstning", vote(was.vote()), vote(now.vote()));
    compare(where, "Reservationer", dissents(was), dissents(now));
    compare(where, "Jäv", names(was.conflicts()), names(now.conflicts()));
    compare(where, "Ej närvarande", names(was.absent()), names(now.absent()));
    compare(where, "Beslutsunderlag", basis(was), basis(now));
    compare(where, "Beslutet skickas till", recipients(was), recipients(now));
  }

  private void compare(String where, String field, String before, String after) {
    String was = text(before);
    String now = text(after);
    if (!was.equals(now)) {
      changes.add(new MinutesChange(where, field, was, now));
    }
  }

  private static String paragraph(MinutesSnapshot.Item item) {
    return item.paragraph() == null ? "" : "§ " + item.paragraph();
  }

  private static String title(MinutesSnapshot.Item item) {
    String title = text(item.minutes().title());
    return item.caseNumber() == null ? title : title + " (" + item.caseNumber() + ")";
  }

  private String proceedings(ItemMinutes minutes) {
    return lines(
        minutes.proceedings(),
        (Motion m) -> meeting.personName(m.member()) + ": " + text(m.text()));
  }

  private String vote(ItemMinutes.Vote vote) {
    if (vote == null) {
      return "";
    }
    String ballots =
        lines(vote.ballots(), (Ballot b) -> meeting.personName(b.member()) + ": " + choice(b));
    return text(vote.proposition()) + "\n" + ballots + "\nResultat: " + vote.result();
  }

  private static String choice(Ballot ballot) {
    if (ballot.choice() == null) {
      return "";
    }
    return switch (ballot.choice()) {
      case YES -> "Ja";
      case NO -> "Nej";
      case ABSTAIN -> "Avstår";
    };
  }

  private String dissents(ItemMinutes minutes) {
    return lines(
        minutes.dissents(),
        (Dissent d) ->
            meeting.personName(d.member())
                + (text(d.reason()).isEmpty() ? "" : ": " + d.reason().strip()));
  }

  private static String basis(ItemMinutes minutes) {
    return lines(
        minutes.decisionBasis(),
        (BasisDocument b) -> b.title() == null ? String.valueOf(b.documentId()) : b.title());
  }

  private static String recipients(ItemMinutes minutes) {
    return lines(minutes.recipients(), (Recipient r) -> r.name() + " <" + r.email() + ">");
  }

  private String names(List<SeatId> seats) {
    return seats.stream().map(meeting::personName).collect(Collectors.joining(", "));
  }

  private static <T> String lines(List<T> values, Function<T, String> line) {
    return values.stream().map(line).collect(Collectors.joining("\n"));
  }

  private static Map<SeatId, AttendanceView> bySeat(List<AttendanceView> attendance) {
    Map<SeatId, AttendanceView> bySeat = new LinkedHashMap<>();
    attendance.forEach(a -> bySeat.put(a.seat(), a));
    return bySeat;
  }

  private static Map<AgendaItemId, MinutesSnapshot.Item> byId(List<MinutesSnapshot.Item> items) {
    Map<AgendaItemId, MinutesSnapshot.Item> byId = new LinkedHashMap<>();
    items.forEach(i -> byId.put(i.id(), i));
    return byId;
  }

  private static String text(String value) {
    return Objects.requireNonNullElse(value, "").strip();
  }
}
