package se.kansli.followup;

/**
 * Where an indicator's outcome comes from: entered by hand, computed from the meetings, or counted
 * in the portfolio's agreements.
 */
public enum IndicatorSource {
  /** Outcomes entered by hand per period (e-service statistics, trainings held, …). */
  MANUAL,
  /** Members present as a share of all members, over the body's meetings of the year. */
  BODY_ATTENDANCE,
  /** Meetings the body has held this year: attested, or with attendance recorded. */
  MEETINGS_HELD,
  /** Municipalities represented at each meeting as a share of those with a seat. */
  MUNICIPALITY_ATTENDANCE,
  /**
   * The organisation's framework agreements in force (started, not past the end with the options
   * used) at the end of each tertial: the seed's "11 ramavtal tillgängliga för alla".
   */
  AGREEMENTS_IN_FORCE;

  public boolean computed() {
    return this != MANUAL;
  }

  /** Computed from a body's meetings, so the indicator names the body it reads. */
  public boolean fromMeetings() {
    return computed() && this != AGREEMENTS_IN_FORCE;
  }
}
