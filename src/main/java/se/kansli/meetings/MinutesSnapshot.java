package se.kansli.meetings;

import java.util.List;

/**
 * What the minutes say, kept with each circulated draft so that later corrections can be compared
 * field by field. People are kept by seat, not by name, so that both sides of a comparison name
 * them the same way.
 */
record MinutesSnapshot(
    List<AttendanceView> attendance,
    String othersPresent,
    List<SeatId> attesters,
    List<Item> items) {

  MinutesSnapshot {
    attendance = attendance == null ? List.of() : List.copyOf(attendance);
    othersPresent = othersPresent == null ? "" : othersPresent;
    attesters = attesters == null ? List.of() : List.copyOf(attesters);
    items = items == null ? List.of() : List.copyOf(items);
  }

  /** One item as the minutes print it; the id follows it when it is moved or numbered. */
  record Item(
      AgendaItemId id, int position, Integer paragraph, String caseNumber, ItemMinutes minutes) {

    /** "§ 12", or the agenda position of an item not numbered yet. */
    String where() {
      return paragraph == null ? "Ärende " + position : "§ " + paragraph;
    }
  }

  static MinutesSnapshot of(MeetingView meeting) {
    return new MinutesSnapshot(
        meeting.attendance(),
        meeting.othersPresent(),
        meeting.attesters(),
        meeting.items().stream()
            .map(i -> new Item(i.id(), i.position(), i.paragraph(), i.caseNumber(), i.minutes()))
            .toList());
  }
}
