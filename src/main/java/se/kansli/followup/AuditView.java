package se.kansli.followup;

import java.util.List;
import java.util.UUID;

public record AuditView(
    UUID id,
    String organisation,
    String municipality,
    String municipalityName,
    int year,
    String title,
    String assessment,
    DecisionLink decision,
    List<RecommendationView> recommendations) {

  public long openRecommendations() {
    return recommendations.stream().filter(RecommendationView::open).count();
  }
}
