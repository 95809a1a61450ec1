package se.kansli.minutesimport;

/**
 * The file could not be read as minutes. The message is Swedish and meant for the user as is; the
 * reason lets callers (the command line, later the UI) tell the cases apart. No partial result is
 * ever returned beside it.
 */
public class MinutesImportFailure extends RuntimeException {

  /** Why the file was refused. */
  public enum Reason {
    EMPTY,
    TOO_LARGE,
    UNREADABLE,
    BINARY,
    DAMAGED_PDF,
    NEEDS_OCR,
    NOT_MINUTES
  }

  private final Reason reason;

  public MinutesImportFailure(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public MinutesImportFailure(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
