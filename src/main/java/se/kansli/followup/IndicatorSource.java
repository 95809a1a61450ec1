package se.kansli.followup;

/** Where an indicator's outcome comes from: entered by hand, or computed from the meetings. */
public enum IndicatorSource {
  /** Outcomes entered by hand per period (framework agreements, e-service statistics, …). */
  MANUAL,
  /** Members present as a share of all members, over the body's meetings of the year. */
  BODY_ATTENDANCE,
  /** Meetings the body has held this year: attested, or with attendance recorded. */
  MEETINGS_HELD,
  /** Municipalities represented at each meeting as a share of those with a seat. */
  MUNICIPALITY_ATTENDANCE;

  public boolean computed() {
    return this != MANUAL;
  }
}
