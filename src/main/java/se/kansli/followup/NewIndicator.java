package se.kansli.followup;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Command: an indicator of one of the plan's goals.
 *
 * @param body the body whose meetings a computed indicator reads; none for MANUAL
 */
public record NewIndicator(
    UUID goal,
    String name,
    Target.Comparison comparison,
    BigDecimal targetValue,
    Target.TargetUnit unit,
    String unitLabel,
    IndicatorSource source,
    UUID body) {}
