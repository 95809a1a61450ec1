package se.kansli.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void formatsAsSwedishKronorWithNonBreakingSpaces() {
    assertThat(Money.kronor(7_618_100).format()).isEqualTo("7\u00a0618\u00a0100\u00a0kr");
    assertThat(Money.of(new BigDecimal("1234.50")).format()).isEqualTo("1\u00a0234,50\u00a0kr");
    assertThat(Money.of(new BigDecimal("0.05")).format()).isEqualTo("0,05\u00a0kr");
    assertThat(Money.kronor(999).format()).isEqualTo("999\u00a0kr");
    assertThat(new Money(-123456).format()).isEqualTo("\u22121\u00a0234,56\u00a0kr");
    assertThat(Money.of(new BigDecimal("1234.5")).plain()).isEqualTo("1234,50");
  }

  @Test
  void refusesFractionsOfAnOre() {
    assertThatThrownBy(() -> Money.of(new BigDecimal("1.005")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void indexesToWholeKronorRoundingHalfUp() {
    BigDecimal aki = new BigDecimal("3.5");
    assertThat(Budgets.indexed(Money.kronor(1_127_000), aki)).isEqualTo(Money.kronor(1_166_445));
    // 991 800 × 1,035 = 1 026 513
    assertThat(Budgets.indexed(Money.kronor(991_800), aki)).isEqualTo(Money.kronor(1_026_513));
    // 10,00 × 1,035 = 10,35 → 10 kr; 15,00 × 1,035 = 15,525 → 16 kr
    assertThat(Budgets.indexed(Money.kronor(10), aki)).isEqualTo(Money.kronor(10));
    assertThat(Budgets.indexed(Money.kronor(15), aki)).isEqualTo(Money.kronor(16));
  }
}
