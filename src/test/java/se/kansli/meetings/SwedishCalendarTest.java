package se.kansli.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The holidays lagen (1930:173) counts, 2022–2027, written out by hand from the almanac. */
class SwedishCalendarTest {

  final SwedishCalendar calendar = new SwedishCalendar();

  @ParameterizedTest(name = "{0}: Easter {1}, midsummer eve {2}, All Saints'' Day {3}")
  @CsvSource({
    "2022, 2022-04-17, 2022-06-24, 2022-11-05",
    "2023, 2023-04-09, 2023-06-23, 2023-11-04",
    "2024, 2024-03-31, 2024-06-21, 2024-11-02",
    "2025, 2025-04-20, 2025-06-20, 2025-11-01",
    "2026, 2026-04-05, 2026-06-19, 2026-10-31",
    "2027, 2027-03-28, 2027-06-25, 2027-11-06"
  })
  void theHolidaysOfTheYear(
      int year, LocalDate easter, LocalDate midsummerEve, LocalDate allSaints) {
    List<LocalDate> expected =
        List.of(
            LocalDate.of(year, 1, 1),
            LocalDate.of(year, 1, 6),
            easter.minusDays(2), // Good Friday
            easter,
            easter.plusDays(1), // Easter Monday
            LocalDate.of(year, 5, 1),
            easter.plusDays(39), // Ascension Day
            easter.plusDays(49), // Whit Sunday
            LocalDate.of(year, 6, 6),
            midsummerEve,
            midsummerEve.plusDays(1),
            allSaints,
            LocalDate.of(year, 12, 24),
            LocalDate.of(year, 12, 25),
            LocalDate.of(year, 12, 26),
            LocalDate.of(year, 12, 31));

    assertThat(calendar.holidays(year)).containsExactlyElementsOf(new TreeSet<>(expected));
    assertThat(midsummerEve.getDayOfWeek()).hasToString("FRIDAY");
    assertThat(allSaints.getDayOfWeek()).hasToString("SATURDAY");
    expected.forEach(day -> assertThat(calendar.workingDay(day)).as(day.toString()).isFalse());
  }

  @Test
  void theEasterDaysAndAscensionOf2022() {
    assertThat(calendar.holidays(2022))
        .contains(
            LocalDate.of(2022, 4, 15),
            LocalDate.of(2022, 4, 18),
            LocalDate.of(2022, 5, 26),
            LocalDate.of(2022, 6, 6));
  }

  @ParameterizedTest(name = "a deadline ending {0} ends {1}")
  @CsvSource({
    // A working day stays.
    "2022-07-21, 2022-07-21",
    // Saturday and Sunday move to Monday.
    "2022-07-02, 2022-07-04",
    "2022-07-03, 2022-07-04",
    // Midsummer eve (Friday) and midsummer day move past the weekend.
    "2022-06-24, 2022-06-27",
    // Good Friday to Tuesday after Easter Monday.
    "2025-04-18, 2025-04-22",
    // Ascension Day (a Thursday) to Friday.
    "2026-05-14, 2026-05-15",
    // National Day on a Monday.
    "2022-06-06, 2022-06-07",
    // Christmas eve (Thursday) to Monday 28th.
    "2026-12-24, 2026-12-28",
    // New Year's eve (Wednesday) to 2 January.
    "2025-12-31, 2026-01-02",
    // Epiphany on a Tuesday.
    "2026-01-06, 2026-01-07"
  })
  void aDeadlineOnAHolidayMovesToTheNextWorkingDay(LocalDate lastDay, LocalDate moved) {
    assertThat(calendar.deadline(lastDay)).isEqualTo(moved);
  }
}
