package se.kansli.followup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One line of a budget; the municipalities are ids in Swedish order of their names. */
public record BudgetLineView(
    UUID id,
    int position,
    LineKind kind,
    String name,
    Money amount,
    AllocationModel allocationModel,
    List<String> participatingMunicipalities,
    Map<String, BigDecimal> percentages) {}
