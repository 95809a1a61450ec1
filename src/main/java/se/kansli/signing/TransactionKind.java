package se.kansli.signing;

/** What an eID transaction was, as the providers bill them. */
public enum TransactionKind {
  AUTHENTICATION,
  SIGNATURE,
  SMS
}
