package se.kansli.meetings;

import java.time.LocalDate;

/**
 * A notice as staff see it, with the law's posting deadline and, when it went up after that, the
 * warning to act on (the appeal period still runs from the day it was posted).
 */
public record StaffNotice(NoticeView notice, LocalDate postingDeadline, String lateWarning) {

  public boolean late() {
    return lateWarning != null;
  }
}
