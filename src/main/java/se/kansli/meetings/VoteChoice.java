package se.kansli.meetings;

public enum VoteChoice {
  YES,
  NO,
  ABSTAIN
}
