package se.kansli.meetings;

import java.time.LocalDate;

/**
 * The dates of one notice on the board.
 *
 * @param attestedOn the day the last attester signed
 * @param postingDeadline Kommunallagen 8 kap. 12 §: the attestation is announced on the board no
 *     later than the second day after it; a deadline on a holiday moves to the next working day
 *     (lagen (1930:173) om beräkning av lagstadgad tid)
 * @param postedOn the day the notice went up; the appeal period runs from it
 * @param appealEndsOn Kommunallagen 13 kap. 5 §: an appeal must arrive within three weeks from the
 *     day the notice was posted, moved by 1930:173 when that day is not a working day
 * @param takeDownOn the notice stays until the appeal period has run out (8 kap. 12 §), so it comes
 *     down the day after its last day
 */
public record NoticeDates(
    LocalDate attestedOn,
    LocalDate postingDeadline,
    LocalDate postedOn,
    LocalDate appealEndsOn,
    LocalDate takeDownOn) {

  static final int DAYS_TO_POST = 2;
  static final int APPEAL_WEEKS = 3;

  static NoticeDates of(LocalDate attestedOn, LocalDate postedOn, SwedishCalendar calendar) {
    LocalDate appealEnds = calendar.deadline(postedOn.plusWeeks(APPEAL_WEEKS));
    return new NoticeDates(
        attestedOn,
        calendar.deadline(attestedOn.plusDays(DAYS_TO_POST)),
        postedOn,
        appealEnds,
        appealEnds.plusDays(1));
  }

  /** Posted after the law's deadline, for example because the platform was down. */
  public boolean postedLate() {
    return postedOn.isAfter(postingDeadline);
  }
}
