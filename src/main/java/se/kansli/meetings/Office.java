package se.kansli.meetings;

/** Ordförande and vice ordförande are elected among the members. */
public enum Office {
  CHAIR,
  VICE_CHAIR
}
