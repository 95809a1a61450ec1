package se.kansli.eservices;

import java.math.BigDecimal;

/**
 * Limits on an answer beyond its type. Lengths apply to texts, min and max to numbers; the pattern
 * (a Java regular expression over the whole answer) comes with the Swedish message shown when it
 * does not match. Every part is optional.
 */
public record FieldValidation(
    Integer minLength,
    Integer maxLength,
    BigDecimal min,
    BigDecimal max,
    String pattern,
    String patternMessage) {

  public static final FieldValidation NONE =
      new FieldValidation(null, null, null, null, null, null);

  public FieldValidation {
    pattern = pattern == null || pattern.isBlank() ? null : pattern;
    patternMessage = patternMessage == null || patternMessage.isBlank() ? null : patternMessage;
  }
}
