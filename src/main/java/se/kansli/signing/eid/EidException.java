package se.kansli.signing.eid;

/**
 * An eID service refused or could not be reached. The message is the Swedish text to show the user;
 * {@code code} is the provider's own error code (e.g. BankID's {@code alreadyInProgress}) for logs
 * and for callers that react to a particular error. Whether to try again is the caller's choice:
 * {@link #retryable()} says whether it can help.
 */
public class EidException extends RuntimeException {

  private final String code;
  private final boolean retryable;

  public EidException(String code, String userMessage, boolean retryable, Throwable cause) {
    super(userMessage, cause);
    this.code = code;
    this.retryable = retryable;
  }

  public EidException(String code, String userMessage, boolean retryable) {
    this(code, userMessage, retryable, null);
  }

  public String code() {
    return code;
  }

  public boolean retryable() {
    return retryable;
  }
}
