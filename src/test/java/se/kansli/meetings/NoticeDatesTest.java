package se.kansli.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The posting deadline, appeal period and take-down day of a notice. */
class NoticeDatesTest {

  final SwedishCalendar calendar = new SwedishCalendar();

  @Test
  void attestedAndPostedOnThursday30June2022TheAppealEnds21July() {
    LocalDate thursday = LocalDate.of(2022, 6, 30);

    NoticeDates dates = NoticeDates.of(thursday, thursday, calendar);

    assertThat(dates.postedOn()).isEqualTo(thursday);
    assertThat(dates.appealEndsOn()).isEqualTo(LocalDate.of(2022, 7, 21));
    assertThat(dates.takeDownOn()).isEqualTo(LocalDate.of(2022, 7, 22));
    assertThat(dates.postedLate()).isFalse();
  }

  @Test
  void threeWeeksEndingOnASaturdayMoveToMonday() {
    LocalDate saturday = LocalDate.of(2022, 7, 2);

    NoticeDates dates = NoticeDates.of(LocalDate.of(2022, 7, 1), saturday, calendar);

    assertThat(saturday.plusWeeks(3)).isEqualTo(LocalDate.of(2022, 7, 23));
    assertThat(dates.appealEndsOn()).isEqualTo(LocalDate.of(2022, 7, 25));
    assertThat(dates.takeDownOn()).isEqualTo(LocalDate.of(2022, 7, 26));
  }

  @Test
  void threeWeeksEndingOnMidsummerEveMoveToTheMondayAfter() {
    LocalDate posted = LocalDate.of(2022, 6, 3);

    NoticeDates dates = NoticeDates.of(posted, posted, calendar);

    assertThat(posted.plusWeeks(3)).isEqualTo(LocalDate.of(2022, 6, 24));
    assertThat(dates.appealEndsOn()).isEqualTo(LocalDate.of(2022, 6, 27));
  }

  @Test
  void threeWeeksEndingOnChristmasEveMoveBeyondChristmas() {
    LocalDate posted = LocalDate.of(2026, 12, 3);

    NoticeDates dates = NoticeDates.of(posted, posted, calendar);

    assertThat(dates.appealEndsOn()).isEqualTo(LocalDate.of(2026, 12, 28));
  }

  @Test
  void attestedOnAFridayTheNoticeMayGoUpOnMonday() {
    LocalDate friday = LocalDate.of(2022, 7, 1);
    LocalDate monday = LocalDate.of(2022, 7, 4);

    NoticeDates onMonday = NoticeDates.of(friday, monday, calendar);
    NoticeDates onTuesday = NoticeDates.of(friday, monday.plusDays(1), calendar);

    // Friday + 2 days is a Sunday; lagen (1930:173) moves the deadline to Monday.
    assertThat(onMonday.postingDeadline()).isEqualTo(monday);
    assertThat(onMonday.postedLate()).isFalse();
    assertThat(onTuesday.postedLate()).isTrue();
  }

  @Test
  void postedThreeDaysAfterAMondayAttestationIsLate() {
    LocalDate monday = LocalDate.of(2022, 6, 27);

    NoticeDates dates = NoticeDates.of(monday, LocalDate.of(2022, 6, 30), calendar);

    assertThat(dates.postingDeadline()).isEqualTo(LocalDate.of(2022, 6, 29));
    assertThat(dates.postedLate()).isTrue();
    // The appeal period runs from the day it actually went up.
    assertThat(dates.appealEndsOn()).isEqualTo(LocalDate.of(2022, 7, 21));
  }
}
