package se.kansli.followup;

import java.math.BigDecimal;

/** Command: a MANUAL indicator's outcome for a period, e.g. 11 framework agreements in 2022-T2. */
public record NewOutcome(String period, BigDecimal value, String comment) {}
