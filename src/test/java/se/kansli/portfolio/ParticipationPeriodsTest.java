package se.kansli.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;

class ParticipationPeriodsTest {

  private static final LocalDate JAN_1 = LocalDate.of(2022, 1, 1);

  @Test
  void aMunicipalityCannotLeaveBeforeItJoined() {
    assertThatThrownBy(() -> ParticipationPeriods.check(JAN_1, JAN_1.minusDays(1), List.of()))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("Kommunen kan inte lämna före den dag den gick med (2022-01-01).");
    assertThat(ParticipationPeriods.check(JAN_1, JAN_1, List.of()))
        .isEqualTo(new Period(JAN_1, JAN_1));
  }

  @Test
  void periodsOfOneMunicipalityNeverOverlapButMayFollowEachOther() {
    List<ParticipationView> boden =
        List.of(taking("2021-03-01", "2021-12-31"), taking("2023-01-01", null));

    assertThatThrownBy(() -> ParticipationPeriods.check(LocalDate.parse("2021-12-31"), null, boden))
        .isInstanceOf(Conflict.class)
        .hasMessage(
            "Boden deltar redan 2021-03-01–2021-12-31; en kommuns perioder får inte överlappa.");
    assertThatThrownBy(() -> ParticipationPeriods.check(LocalDate.parse("2030-01-01"), null, boden))
        .hasMessageContaining("Boden deltar redan från 2023-01-01");
    assertThatThrownBy(() ->
            ParticipationPeriods.check(
                LocalDate.parse("2020-01-01"), LocalDate.parse("2021-03-01"), boden))
        .isInstanceOf(Conflict.class);

    assertThat(
            ParticipationPeriods.check(
                LocalDate.parse("2022-01-01"), LocalDate.parse("2022-12-31"), boden))
        .isEqualTo(new Period(LocalDate.parse("2022-01-01"), LocalDate.parse("2022-12-31")));
  }

  @Test
  void theJoiningDayIsRequired() {
    assertThatThrownBy(() -> ParticipationPeriods.check(null, null, List.of()))
        .isInstanceOf(InvalidInput.class)
        .extracting("field")
        .isEqualTo("joinedOn");
  }

  @Test
  void daysInAYearCountBothEndsAndOpenEndsRunToTheYearsEnd() {
    assertThat(new Period(LocalDate.parse("2021-06-01"), null).daysIn(2022)).isEqualTo(365);
    assertThat(new Period(LocalDate.parse("2024-03-01"), null).daysIn(2024)).isEqualTo(306);
    assertThat(
            new Period(LocalDate.parse("2022-05-01"), LocalDate.parse("2022-05-31")).daysIn(2022))
        .isEqualTo(31);
    assertThat(new Period(LocalDate.parse("2023-01-01"), null).daysIn(2022)).isZero();
    assertThat(
            new Period(LocalDate.parse("2020-01-01"), LocalDate.parse("2021-12-31")).daysIn(2022))
        .isZero();
  }

  private static ParticipationView taking(String from, String to) {
    return new ParticipationView(
        UUID.randomUUID(),
        "boden",
        "Boden",
        LocalDate.parse(from),
        to == null ? null : LocalDate.parse(to),
        true);
  }
}
