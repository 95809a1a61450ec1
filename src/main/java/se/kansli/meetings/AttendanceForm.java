package se.kansli.meetings;

import java.util.ArrayList;
import java.util.List;
import org.springframework.util.MultiValueMap;

/** Reads the attendance table: one status select per seat, and whom a substitute serves for. */
final class AttendanceForm {

  private AttendanceForm() {}

  static RecordAttendance read(MultiValueMap<String, String> form) {
    List<RecordAttendance.Entry> entries = new ArrayList<>();
    form.forEach((key, values) -> {
      if (key.startsWith("status_") && !values.getFirst().isBlank()) {
        String seat = key.substring("status_".length());
        String servingFor = form.getFirst("servingFor_" + seat);
        entries.add(
            new RecordAttendance.Entry(
                SeatId.of(seat),
                AttendanceStatus.valueOf(values.getFirst()),
                servingFor == null || servingFor.isBlank() ? null : SeatId.of(servingFor)));
      }
    });
    return new RecordAttendance(entries, form.getFirst("othersPresent"));
  }
}
