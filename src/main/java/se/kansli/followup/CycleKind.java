package se.kansli.followup;

/** What an item of the annual cycle is about. */
public enum CycleKind {
  INTERIM_REPORT,
  BUDGET,
  AUDIT,
  INTERNAL_CONTROL,
  MEETING_PLAN,
  OTHER
}
