package se.kansli.followup;

import java.util.List;

/**
 * An audit of {@code organisation} (usually the committee) by {@code municipality} for {@code
 * year}; each recommendation is one text.
 */
public record NewAudit(
    String organisation,
    String municipality,
    Integer year,
    String title,
    String assessment,
    List<String> recommendations) {

  public NewAudit {
    recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
  }
}
