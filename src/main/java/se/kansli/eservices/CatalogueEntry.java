package se.kansli.eservices;

/**
 * A published e-service as the public catalogue shows it. {@code owner} is the organisation that
 * runs it: the municipality itself, or the joint committee for an e-service switched on for it.
 */
public record CatalogueEntry(
    String organisation,
    String owner,
    String ownerName,
    String slug,
    String title,
    String description,
    String category,
    boolean loginRequired,
    SigningRequirement signing,
    int handlingDays,
    EServiceVersionId version) {}
