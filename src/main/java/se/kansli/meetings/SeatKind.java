package se.kansli.meetings;

/** Ordinarie ledamot or ersättare. */
public enum SeatKind {
  MEMBER,
  SUBSTITUTE
}
