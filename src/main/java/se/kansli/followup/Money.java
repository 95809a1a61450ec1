package se.kansli.followup;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact amount of Swedish money in öre. Budgets are split and summed in whole öre, never in
 * floating point, so that every split adds up to its line to the öre.
 */
public record Money(long ore) implements Comparable<Money> {

  public static final Money ZERO = new Money(0);

  // Swedish typography (and the JDK's sv-SE locale) groups thousands with a non-breaking space, so
  // "7 618 100 kr" never breaks across lines in a table cell.
  private static final char GROUP = '\u00a0';

  /** Refuses fractions of an öre: an amount with more than two decimals is a typing mistake. */
  public static Money of(BigDecimal kronor) {
    try {
      return new Money(
          kronor.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("Beloppet kan ha högst två decimaler: " + kronor, e);
    }
  }

  public static Money kronor(long kronor) {
    return new Money(Math.multiplyExact(kronor, 100));
  }

  /** In JSON an amount is a number of kronor with two decimals, e.g. 1234.50. */
  @JsonValue
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(ore, 2);
  }

  public Money plus(Money other) {
    return new Money(Math.addExact(ore, other.ore));
  }

  public Money minus(Money other) {
    return new Money(Math.subtractExact(ore, other.ore));
  }

  public Money times(long count) {
    return new Money(Math.multiplyExact(ore, count));
  }

  public boolean isWholeKronor() {
    return ore % 100 == 0;
  }

  /** "7 618 100 kr", or "1 234,50 kr" when there are öre; a minus sign (U+2212) when negative. */
  public String format() {
    return number() + GROUP + "kr";
  }

  /** The number alone, as in {@link #format()}, for tables whose header says "kr". */
  public String number() {
    long abs = Math.abs(ore);
    String kronor = group(Long.toString(abs / 100));
    String sign = ore < 0 ? "\u2212" : "";
    if (abs % 100 == 0) {
      return sign + kronor;
    }
    return sign + kronor + "," + String.format("%02d", abs % 100);
  }

  /** For CSV read by Swedish spreadsheets: decimal comma, no grouping. */
  public String plain() {
    return toBigDecimal().toPlainString().replace('.', ',');
  }

  private static String group(String digits) {
    StringBuilder out = new StringBuilder();
    int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    out.append(digits, 0, first);
    for (int i = first; i < digits.length(); i += 3) {
      out.append(GROUP).append(digits, i, i + 3);
    }
    return out.toString();
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(ore, other.ore);
  }

  @Override
  public String toString() {
    return format();
  }
}
