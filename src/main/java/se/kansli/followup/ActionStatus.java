package se.kansli.followup;

/** Where an action taken on an audit recommendation stands. */
public enum ActionStatus {
  OPEN,
  IN_PROGRESS,
  DONE
}
