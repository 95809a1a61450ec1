package se.kansli.followup;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.util.MultiValueMap;
import se.kansli.shared.InvalidInput;

/**
 * Reads the budget forms as people type Swedish amounts: "1 127 000", "1 234,50", "3,5". Spaces
 * (also non-breaking and narrow ones, as pasted from a spreadsheet) are ignored, the decimal comma
 * is read as a point.
 */
final class BudgetForms {

  private BudgetForms() {}

  static BigDecimal decimal(String value, String field, String what) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String cleaned =
        value
            .strip()
            .replaceAll("[\\s\\u00a0\\u202f]", "")
            .replace(',', '.')
            .replace('\u2212', '-');
    if (cleaned.endsWith("kr")) {
      cleaned = cleaned.substring(0, cleaned.length() - 2);
    }
    cleaned = cleaned.replace("%", "");
    try {
      return new BigDecimal(cleaned);
    } catch (NumberFormatException e) {
      throw new InvalidInput(field, "Ange " + what + " som ett tal, t.ex. 1 234,50.");
    }
  }

  /** The line form: percentages come as "percent-<municipality>", the funded service as its id. */
  static NewBudgetLine line(MultiValueMap<String, String> form) {
    String kind = form.getFirst("kind");
    String model = form.getFirst("allocationModel");
    Map<String, BigDecimal> percentages = new HashMap<>();
    form.forEach((key, values) -> {
      if (key.startsWith("percent-") && !values.isEmpty()) {
        BigDecimal p = decimal(values.getFirst(), "percentages", "procentsatsen");
        if (p != null) {
          percentages.put(key.substring("percent-".length()), p);
        }
      }
    });
    return new NewBudgetLine(
        kind == null || kind.isBlank() ? null : enumValue(LineKind.class, kind, "kind"),
        form.getFirst("name"),
        decimal(form.getFirst("amount"), "amount", "beloppet"),
        model == null || model.isBlank()
            ? null
            : enumValue(AllocationModel.class, model, "allocationModel"),
        fundedBy(form.getFirst("fundedBy")),
        percentages);
  }

  private static UUID fundedBy(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("fundedBy", "Tjänsten eller initiativet finns inte i portföljen.");
    }
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(field, "Okänt värde: " + value + ".");
    }
  }
}
