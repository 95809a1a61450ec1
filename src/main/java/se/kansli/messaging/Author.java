package se.kansli.messaging;

/** Who wrote a message: the resident, or one of the organisation's officers. */
public enum Author {
  RESIDENT,
  OFFICER
}
