package se.kansli.followup;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * A budget line as entered. {@code participatingMunicipalities} is read only for {@link
 * AllocationModel#PARTICIPANTS} and {@code percentages} (municipality id → percent) only for {@link
 * AllocationModel#FIXED_PERCENTAGES}.
 */
public record NewBudgetLine(
    LineKind kind,
    String name,
    BigDecimal amount,
    AllocationModel allocationModel,
    Set<String> participatingMunicipalities,
    Map<String, BigDecimal> percentages) {

  public NewBudgetLine {
    participatingMunicipalities =
        participatingMunicipalities == null ? Set.of() : Set.copyOf(participatingMunicipalities);
    percentages = percentages == null ? Map.of() : Map.copyOf(percentages);
  }
}
