package se.kansli.registry;

/** Incoming (inkommen), outgoing (utgående) or drawn up internally (upprättad). */
public enum DocumentDirection {
  INCOMING,
  OUTGOING,
  INTERNAL
}
