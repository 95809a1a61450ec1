package se.kansli.portfolio;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Days from {@code from} to {@code to}, both included; without {@code to}, open-ended. A
 * municipality's participation is one or more such periods that never overlap.
 */
public record Period(LocalDate from, LocalDate to) {

  public boolean overlaps(Period other) {
    return !endsBefore(other.from) && !other.endsBefore(from);
  }

  /** The number of days of this period within the calendar year. */
  public long daysIn(int year) {
    LocalDate first = later(from, LocalDate.of(year, 1, 1));
    LocalDate last = earlier(to, LocalDate.of(year, 12, 31));
    return last.isBefore(first) ? 0 : ChronoUnit.DAYS.between(first, last) + 1;
  }

  private boolean endsBefore(LocalDate day) {
    return to != null && to.isBefore(day);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a == null || a.isAfter(b) ? b : a;
  }
}
