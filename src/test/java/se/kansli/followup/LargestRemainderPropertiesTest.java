package se.kansli.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Every split sums exactly to its line, to the öre, whatever the amounts and weights. */
class LargestRemainderPropertiesTest {

  @Property
  void sharesSumExactlyToTheTotalAndAreNeverNegative(
      @ForAll @LongRange(min = 0, max = 99_999_999_999_99L) long total,
      @ForAll("weights") Map<String, BigDecimal> weights) {
    Map<String, Long> shares = LargestRemainder.split(total, weights);

    assertThat(shares.keySet()).containsExactlyElementsOf(weights.keySet());
    assertThat(shares.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
    assertThat(shares.values()).allMatch(s -> s >= 0);
  }

  @Property
  void noShareIsFurtherThanOneOreFromItsExactQuotient(
      @ForAll @LongRange(min = 0, max = 99_999_999_999_99L) long total,
      @ForAll("weights") Map<String, BigDecimal> weights) {
    Map<String, Long> shares = LargestRemainder.split(total, weights);
    BigDecimal sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.signum() == 0) {
      return;
    }
    for (var e : weights.entrySet()) {
      BigDecimal exact =
          BigDecimal.valueOf(total)
              .multiply(e.getValue())
              .divide(sum, 10, java.math.RoundingMode.DOWN);
      BigDecimal diff = BigDecimal.valueOf(shares.get(e.getKey())).subtract(exact).abs();
      assertThat(diff).isLessThan(BigDecimal.ONE);
    }
  }

  @Property
  void anEqualSplitDiffersByAtMostOneOre(
      @ForAll @LongRange(min = 0, max = 99_999_999_999_99L) long total,
      @ForAll @IntRange(min = 1, max = 14) int participants) {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    for (int i = 0; i < participants; i++) {
      weights.put("m" + i, BigDecimal.ONE);
    }
    Map<String, Long> shares = LargestRemainder.split(total, weights);

    long min = shares.values().stream().mapToLong(Long::longValue).min().orElseThrow();
    long max = shares.values().stream().mapToLong(Long::longValue).max().orElseThrow();
    assertThat(max - min).isLessThanOrEqualTo(1);
    assertThat(shares.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
  }

  @Property
  void aParticipantSubsetGetsEverythingAndOthersNothing(
      @ForAll @LongRange(min = 0, max = 1_000_000_00L) long total,
      @ForAll @Size(min = 1, max = 14) List<@IntRange(min = 0, max = 13) Integer> members) {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    for (int i = 0; i < 14; i++) {
      weights.put("m" + i, members.contains(i) ? BigDecimal.ONE : BigDecimal.ZERO);
    }
    Map<String, Long> shares = LargestRemainder.split(total, weights);

    assertThat(shares.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
    for (int i = 0; i < 14; i++) {
      if (!members.contains(i)) {
        assertThat(shares.get("m" + i)).isZero();
      }
    }
  }

  @Provide
  Arbitrary<Map<String, BigDecimal>> weights() {
    Arbitrary<BigDecimal> weight =
        Arbitraries.oneOf(
            Arbitraries.longs().between(0, 200_000).map(BigDecimal::valueOf),
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(4));
    return Combinators.combine(Arbitraries.integers().between(1, 14), weight.list().ofSize(14))
        .as((n, ws) -> {
          Map<String, BigDecimal> m = new LinkedHashMap<>();
          for (int i = 0; i < n; i++) {
            m.put("m" + i, ws.get(i));
          }
          return m;
        });
  }
}
