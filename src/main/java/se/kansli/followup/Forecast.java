package se.kansli.followup;

/** The committee's judgement of whether an indicator's target will be reached this year. */
public enum Forecast {
  WILL_BE_MET,
  AT_RISK,
  WILL_NOT_BE_MET
}
