package se.kansli.minutesimport;

/** Ja, nej or avstår. */
public enum VoteChoice {
  YES,
  NO,
  ABSTAIN
}
