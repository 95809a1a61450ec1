package se.kansli.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.kansli.shared.InvalidInput;

class TargetTest {

  static Target atLeast(String value, Target.TargetUnit unit, String label) {
    return new Target(Target.Comparison.AT_LEAST, new BigDecimal(value), unit, label);
  }

  @Test
  void anAtLeastTargetIsMetAtAndAboveItsValue() {
    Target attendance = atLeast("75", Target.TargetUnit.PERCENT, null);
    assertThat(attendance.metBy(new BigDecimal("64"))).isFalse();
    assertThat(attendance.metBy(new BigDecimal("75"))).isTrue();
    assertThat(attendance.metBy(new BigDecimal("93"))).isTrue();
    assertThat(attendance.metBy(null)).as("nothing known yet").isFalse();
    assertThat(attendance.text()).isEqualTo("≥ 75 %");
    assertThat(attendance.format(new BigDecimal("64.00"), true)).isEqualTo("64 %");
  }

  @Test
  void anAtMostTargetIsMetAtAndBelowItsValue() {
    Target t = new Target(Target.Comparison.AT_MOST, BigDecimal.TEN, Target.TargetUnit.COUNT, "");
    assertThat(t.metBy(BigDecimal.TEN)).isTrue();
    assertThat(t.metBy(new BigDecimal("10.5"))).isFalse();
    assertThat(t.text()).isEqualTo("≤ 10");
  }

  @Test
  void aCountIsWrittenWithWhatItCounts() {
    Target meetings = atLeast("10", Target.TargetUnit.COUNT, " möten ");
    assertThat(meetings.text()).isEqualTo("≥ 10 möten");
    assertThat(meetings.format(new BigDecimal("6"), true)).isEqualTo("6 möten");
    assertThat(atLeast("1.5", Target.TargetUnit.COUNT, null).text()).isEqualTo("≥ 1,5");
  }

  @Test
  void impossibleTargetsAreRefusedWithTheField() {
    assertThatThrownBy(() -> atLeast("-1", Target.TargetUnit.COUNT, null))
        .isInstanceOf(InvalidInput.class)
        .hasFieldOrPropertyWithValue("field", "targetValue");
    assertThatThrownBy(() -> atLeast("101", Target.TargetUnit.PERCENT, null))
        .hasMessage("En andel kan vara högst 100 %.");
    assertThatThrownBy(() -> atLeast("100000", Target.TargetUnit.COUNT, null))
        .hasMessageContaining("orimligt");
    assertThatThrownBy(() -> new Target(null, BigDecimal.ONE, Target.TargetUnit.COUNT, null))
        .hasFieldOrPropertyWithValue("field", "comparison");
  }

  @Test
  void periodsOfThePlansYearAreRead() {
    assertThat(Period.parse("2022", 2022).end()).isEqualTo(LocalDate.of(2022, 12, 31));
    assertThat(Period.parse("2022-t1", 2022).end()).isEqualTo(LocalDate.of(2022, 4, 30));
    assertThat(Period.parse("2022-Q2", 2022).end()).isEqualTo(LocalDate.of(2022, 6, 30));
    assertThat(Period.parse("2022-02", 2022).end()).isEqualTo(LocalDate.of(2022, 2, 28));
    assertThat(Period.parse(" 2022-03-16 ", 2022).code()).isEqualTo("2022-03-16");
    assertThat(Period.parse("2022-T1", 2022)).isLessThan(Period.parse("2022-05", 2022));
  }

  @Test
  void unknownPeriodsAndOtherYearsAreRefused() {
    for (String bad : new String[] {"", "våren", "2022-T4", "2022-13", "2022-02-30", "22"}) {
      assertThatThrownBy(() -> Period.parse(bad, 2022))
          .as(bad)
          .isInstanceOf(InvalidInput.class)
          .hasFieldOrPropertyWithValue("field", "period")
          .hasMessageStartingWith("Okänd period");
    }
    assertThatThrownBy(() -> Period.parse("2023-05", 2022))
        .hasMessage("Perioden måste ligga inom planens år 2022.");
  }

  @Test
  void theOutcomeSoFarSuggestsAForecast() {
    Plans.StoredIndicator attendance =
        indicator(IndicatorSource.BODY_ATTENDANCE, atLeast("75", Target.TargetUnit.PERCENT, null));
    assertThat(OperationalPlans.suggest(attendance, null, 3)).isNull();
    assertThat(OperationalPlans.suggest(attendance, new BigDecimal("64"), 3))
        .isEqualTo(Forecast.AT_RISK);
    assertThat(OperationalPlans.suggest(attendance, new BigDecimal("80"), 3))
        .isEqualTo(Forecast.WILL_BE_MET);
    Plans.StoredIndicator held =
        indicator(IndicatorSource.MEETINGS_HELD, atLeast("4", Target.TargetUnit.COUNT, null));
    assertThat(OperationalPlans.suggest(held, BigDecimal.ONE, 3)).isEqualTo(Forecast.AT_RISK);
    assertThat(OperationalPlans.suggest(held, BigDecimal.ONE, 2))
        .as("the meetings still planned cannot reach four")
        .isEqualTo(Forecast.WILL_NOT_BE_MET);
  }

  private static Plans.StoredIndicator indicator(IndicatorSource source, Target target) {
    return new Plans.StoredIndicator(null, null, "x", target, source, null, null, null);
  }
}
