package se.kansli.followup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One line of a budget. For a line split among participants, {@code fundedBy} names what it pays
 * for and {@code participatingMunicipalities} who took part in it in the budget's year (lines from
 * before the portfolio kept their own list and have no {@code fundedBy}). Municipalities are ids in
 * Swedish order of their names.
 */
public record BudgetLineView(
    UUID id,
    int position,
    LineKind kind,
    String name,
    Money amount,
    AllocationModel allocationModel,
    UUID fundedBy,
    String fundedByName,
    List<String> participatingMunicipalities,
    Map<String, BigDecimal> percentages) {}
