package se.kansli.eservices;

import java.util.List;

/** An e-service with its settings, its versions (newest first) and where it is switched on. */
public record EServiceView(
    EServiceId id,
    String organisation,
    String organisationName,
    boolean committee,
    String slug,
    String title,
    String description,
    String category,
    String classificationCode,
    String officerGroup,
    boolean loginRequired,
    SigningRequirement signing,
    List<String> statuses,
    int handlingDays,
    List<VersionSummary> versions,
    List<String> activatedFor) {

  /** The version residents use now, if any. */
  public VersionSummary published() {
    return versions.stream()
        .filter(v -> v.status() == VersionStatus.PUBLISHED)
        .findFirst()
        .orElse(null);
  }

  /** The draft being edited, if any. */
  public VersionSummary draft() {
    return versions.stream()
        .filter(v -> v.status() == VersionStatus.DRAFT)
        .findFirst()
        .orElse(null);
  }
}
