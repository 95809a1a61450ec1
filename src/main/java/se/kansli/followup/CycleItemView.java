package se.kansli.followup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/** A recurring item of the annual cycle: due every year on the same month and day. */
public record CycleItemView(
    UUID id,
    String organisation,
    CycleKind kind,
    String title,
    String directive,
    String owner,
    String ownerEmail,
    int dueMonth,
    int dueDay) {

  /**
   * The due date in a given year; the 29th–31st fall on the month's last day when it is shorter.
   */
  public LocalDate dueIn(int year) {
    YearMonth month = YearMonth.of(year, dueMonth);
    return month.atDay(Math.min(dueDay, month.lengthOfMonth()));
  }
}
