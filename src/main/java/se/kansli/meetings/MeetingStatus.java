package se.kansli.meetings;

public enum MeetingStatus {
  PLANNED,
  NOTICE_SENT,
  IN_ATTESTATION,
  ATTESTED,
  CANCELLED;

  /** Minutes can be written until they are sent for attestation; after that they never change. */
  public boolean minutesEditable() {
    return this == PLANNED || this == NOTICE_SENT;
  }
}
