package se.kansli.eservices;

import java.time.Instant;

/** A version in an e-service's list of versions. */
public record VersionSummary(
    EServiceVersionId id,
    int number,
    VersionStatus status,
    Instant createdAt,
    String createdBy,
    Instant publishedAt,
    Instant retiredAt) {}
