package se.kansli.meetings;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Working days for legal deadlines. Lagen (1930:173) om beräkning av lagstadgad tid, 2 §: when the
 * last day of a deadline falls on a Saturday, Sunday or other public holiday, midsummer eve,
 * Christmas eve or New Year's eve, the deadline moves to the next working day. The holidays are
 * those of lagen (1989:253) om allmänna helgdagar, taken from Jollyday's Swedish calendar.
 */
@Component
public class SwedishCalendar {

  /** Dates of the notice board are days in Sweden, whatever the server's time zone. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  // Jollyday caches the manager per calendar; reading its XML once is enough for the JVM.
  private final HolidayManager holidays =
      HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));

  /** A day on which a deadline can end: not a weekend, holiday or one of the three eves. */
  public boolean workingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.isHoliday(day);
  }

  /** The deadline's last day as 1930:173 counts it: the day itself or the next working day. */
  public LocalDate deadline(LocalDate lastDay) {
    LocalDate day = lastDay;
    while (!workingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** Every day of the year that 1930:173 treats as a holiday, weekends aside. */
  public SortedSet<LocalDate> holidays(int year) {
    SortedSet<LocalDate> days = new TreeSet<>();
    for (Holiday holiday : holidays.getHolidays(Year.of(year))) {
      days.add(holiday.getDate());
    }
    return days;
  }
}
