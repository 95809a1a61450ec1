package se.kansli.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kansli.shared.InvalidInput;

/** The agreements' date rules, without a database. */
class AgreementTermsTest {

  private static LocalDate d(String day) {
    return LocalDate.parse(day);
  }

  @Test
  void theEndIsExtendedByTheOptionsUsedAndTheNoticeDeadlineFollowsFromIt() {
    AgreementTerms terms =
        new AgreementTerms(
            d("2020-01-01"),
            d("2021-12-31"),
            List.of(new ExtensionOption(12, d("2021-06-01")), new ExtensionOption(12, null)),
            6);
    assertThat(terms.end()).isEqualTo(d("2022-12-31"));
    assertThat(terms.finalEnd()).isEqualTo(d("2023-12-31"));
    assertThat(terms.noticeDeadline()).contains(d("2022-06-30"));
    terms.check();

    AgreementTerms noNotice = new AgreementTerms(d("2020-01-01"), d("2021-12-31"), null, null);
    assertThat(noNotice.noticeDeadline()).isEmpty();
    assertThat(noNotice.end()).isEqualTo(noNotice.finalEnd()).isEqualTo(d("2021-12-31"));
  }

  @Test
  void theNoticeDeadlineOfAnEndOnTheLastOfAMonthIsTheLastOfTheEarlierMonth() {
    AgreementTerms terms = new AgreementTerms(d("2021-03-01"), d("2023-02-28"), List.of(), 3);
    assertThat(terms.noticeDeadline()).contains(d("2022-11-30"));
    AgreementTerms august = new AgreementTerms(d("2021-09-01"), d("2022-08-31"), List.of(), 6);
    assertThat(august.noticeDeadline()).contains(d("2022-02-28"));
    AgreementTerms midMonth = new AgreementTerms(d("2021-09-01"), d("2022-08-15"), List.of(), 6);
    assertThat(midMonth.noticeDeadline()).contains(d("2022-02-15"));
  }

  @Test
  void inForceFromTheFirstDayToTheLastBothIncluded() {
    AgreementTerms terms =
        new AgreementTerms(
            d("2020-01-01"),
            d("2021-12-31"),
            List.of(new ExtensionOption(6, d("2021-10-01"))),
            null);
    assertThat(terms.inForceOn(d("2019-12-31"))).isFalse();
    assertThat(terms.inForceOn(d("2020-01-01"))).isTrue();
    assertThat(terms.inForceOn(d("2022-06-30"))).as("extended by the option").isTrue();
    assertThat(terms.inForceOn(d("2022-07-01"))).isFalse();
  }

  @Test
  void theNearestReminderWhoseWindowHasBegunIsDue() {
    LocalDate deadline = d("2030-06-30");
    List<Integer> days = List.of(90, 30);
    assertThat(AgreementTerms.reminderDue(deadline, d("2030-03-31"), days)).isEmpty();
    assertThat(AgreementTerms.reminderDue(deadline, d("2030-04-01"), days)).contains(90);
    assertThat(AgreementTerms.reminderDue(deadline, deadline.minusDays(90), days)).contains(90);
    assertThat(AgreementTerms.reminderDue(deadline, deadline.minusDays(31), days)).contains(90);
    assertThat(AgreementTerms.reminderDue(deadline, deadline.minusDays(30), days)).contains(30);
    assertThat(AgreementTerms.reminderDue(deadline, deadline, days)).contains(30);
    assertThat(AgreementTerms.reminderDue(deadline, deadline.plusDays(1), days)).isEmpty();
  }

  @Test
  void anAgreementEndingBeforeItStartsIsRefused() {
    assertThatThrownBy(
            () -> new AgreementTerms(d("2022-01-01"), d("2021-12-31"), List.of(), null).check())
        .isInstanceOf(InvalidInput.class)
        .hasFieldOrPropertyWithValue("field", "endsOn")
        .hasMessage(
            "Avtalet kan inte löpa ut (2021-12-31) före den dag det börjar gälla (2022-01-01).");
  }

  @Test
  void inconsistentOptionsAreRefused() {
    LocalDate start = d("2020-01-01");
    LocalDate end = d("2021-12-31");
    assertThatThrownBy(() ->
            new AgreementTerms(start, end, List.of(new ExtensionOption(12, d("2022-01-15"))), null)
                .check())
        .hasFieldOrPropertyWithValue("field", "options")
        .hasMessageContaining("avtalet hade då redan löpt ut (2021-12-31)");
    assertThatThrownBy(() ->
            new AgreementTerms(
                    start,
                    end,
                    List.of(
                        new ExtensionOption(12, d("2021-06-01")),
                        new ExtensionOption(12, d("2024-01-01"))),
                    null)
                .check())
        .as("the second option used past the end the first gave")
        .hasMessageContaining("avtalet hade då redan löpt ut (2022-12-31)");
    assertThatThrownBy(() ->
            new AgreementTerms(
                    start,
                    end,
                    List.of(
                        new ExtensionOption(12, null), new ExtensionOption(12, d("2021-06-01"))),
                    null)
                .check())
        .hasMessageContaining("i tur och ordning");
    assertThatThrownBy(() ->
            new AgreementTerms(start, end, List.of(new ExtensionOption(0, null)), null).check())
        .hasMessageContaining("hela månader");
    assertThatThrownBy(() ->
            new AgreementTerms(start, end, List.of(new ExtensionOption(12, d("2019-06-01"))), null)
                .check())
        .hasMessageContaining("innan avtalet börjar gälla");
    assertThatThrownBy(() -> new AgreementTerms(start, end, List.of(), 36).check())
        .hasFieldOrPropertyWithValue("field", "noticeMonths");
  }
}
