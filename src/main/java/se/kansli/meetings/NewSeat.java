package se.kansli.meetings;

import java.time.LocalDate;

/**
 * Command: a member or substitute of a body for a term of office.
 *
 * @param personalIdentityNumber optional; when given, only this person's eID can attest minutes in
 *     this seat
 */
public record NewSeat(
    String personName,
    String email,
    SeatKind kind,
    Office office,
    String represents,
    String party,
    LocalDate termFrom,
    LocalDate termTo,
    String personalIdentityNumber) {

  /** A seat whose signatures are bound to the e-mailed link only. */
  public NewSeat(
      String personName,
      String email,
      SeatKind kind,
      Office office,
      String represents,
      String party,
      LocalDate termFrom,
      LocalDate termTo) {
    this(personName, email, kind, office, represents, party, termFrom, termTo, null);
  }
}
