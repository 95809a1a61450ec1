package se.kansli.meetings;

public enum AttendanceStatus {
  /** A member who took part. */
  PRESENT,
  ABSENT,
  /** A substitute who served (tjänstgjorde) in place of an absent member. */
  SERVING
}
