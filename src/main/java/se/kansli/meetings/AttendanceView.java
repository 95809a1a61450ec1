package se.kansli.meetings;

public record AttendanceView(SeatId seat, AttendanceStatus status, SeatId servingFor) {

  public boolean serving() {
    return status == AttendanceStatus.PRESENT || status == AttendanceStatus.SERVING;
  }
}
