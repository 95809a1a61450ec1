package se.kansli.followup;

import java.math.BigDecimal;
import se.kansli.shared.InvalidInput;

/**
 * An indicator's target: "≥ 75 %", "minst 10 beredningsgruppsmöten", "minst 1 insats".
 *
 * @param unitLabel what a COUNT counts, shown after the number; ignored for PERCENT
 */
public record Target(Comparison comparison, BigDecimal value, TargetUnit unit, String unitLabel) {

  /**
   * Above this a count is a typing mistake rather than a target (a year has no 10 000 meetings).
   */
  static final BigDecimal MAX_COUNT = new BigDecimal("10000");

  public enum Comparison {
    AT_LEAST,
    AT_MOST
  }

  public enum TargetUnit {
    PERCENT,
    COUNT
  }

  public Target {
    if (comparison == null) {
      throw new InvalidInput("comparison", "Välj jämförelse för målvärdet.");
    }
    if (unit == null) {
      throw new InvalidInput("unit", "Välj om målvärdet är ett antal eller en procentsats.");
    }
    requireInRange(value, unit, "targetValue", "Ange ett målvärde.");
    unitLabel = unitLabel == null || unitLabel.isBlank() ? null : unitLabel.strip();
  }

  /** Whether an outcome reaches the target; an outcome not yet known reaches nothing. */
  public boolean metBy(BigDecimal outcome) {
    if (outcome == null) {
      return false;
    }
    int c = outcome.compareTo(value);
    return comparison == Comparison.AT_LEAST ? c >= 0 : c <= 0;
  }

  /** The target as the plan writes it: "≥ 75 %", "≥ 10 sammanträden". */
  public String text() {
    String sign = comparison == Comparison.AT_LEAST ? "≥ " : "≤ ";
    return sign + format(value) + suffix();
  }

  /** A value in the target's unit: "64 %", "11 ramavtal". */
  public String format(BigDecimal amount, boolean withUnit) {
    return format(amount) + (withUnit ? suffix() : "");
  }

  private String suffix() {
    if (unit == TargetUnit.PERCENT) {
      return " %";
    }
    return unitLabel == null ? "" : " " + unitLabel;
  }

  static String format(BigDecimal amount) {
    BigDecimal plain = amount.stripTrailingZeros();
    return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString().replace('.', ',');
  }

  /**
   * Refuses a value that cannot be a measure of this unit: negative, a share above 100 %, or a
   * count so large that it must be a typing mistake.
   */
  static BigDecimal requireInRange(
      BigDecimal value, TargetUnit unit, String field, String missing) {
    if (value == null) {
      throw new InvalidInput(field, missing);
    }
    if (value.signum() < 0) {
      throw new InvalidInput(field, "Värdet kan inte vara negativt.");
    }
    if (unit == TargetUnit.PERCENT && value.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new InvalidInput(field, "En andel kan vara högst 100 %.");
    }
    if (unit == TargetUnit.COUNT && value.compareTo(MAX_COUNT) > 0) {
      throw new InvalidInput(field, "Värdet är orimligt stort, högst " + MAX_COUNT + ".");
    }
    if (value.scale() > 2) {
      throw new InvalidInput(field, "Ange högst två decimaler.");
    }
    return value;
  }
}
