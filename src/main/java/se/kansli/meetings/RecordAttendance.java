package se.kansli.meetings;

import java.util.List;

/** Command: who took part in the meeting. */
public record RecordAttendance(List<Entry> entries, String othersPresent) {

  public RecordAttendance {
    entries = entries == null ? List.of() : List.copyOf(entries);
  }

  /** A seat's attendance; a serving substitute names the member they replace. */
  public record Entry(SeatId seat, AttendanceStatus status, SeatId servingFor) {}
}
