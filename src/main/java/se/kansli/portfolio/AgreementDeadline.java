package se.kansli.portfolio;

import java.time.LocalDate;

/** A day the coordinator must act on by: the notice deadline or the end of an agreement. */
public record AgreementDeadline(AgreementView agreement, Kind kind, LocalDate day) {

  public enum Kind {
    /** The last day notice can be given (or an option's use decided). */
    NOTICE,
    /** The agreement ends, with the options used. */
    EXPIRY
  }
}
