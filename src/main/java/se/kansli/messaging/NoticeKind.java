package se.kansli.messaging;

/** What a notice to a resident tells them. */
public enum NoticeKind {
  /** Their submission has been received and registered as a case. */
  RECEIPT,
  /** Their case has a new status in its e-service's case flow. */
  STATUS_CHANGED,
  /** An officer has written to them in the case's conversation. */
  MESSAGE_WAITING
}
