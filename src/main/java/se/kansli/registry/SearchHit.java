package se.kansli.registry;

import java.time.Instant;
import java.util.UUID;

/** One case in a search result. */
public record SearchHit(
    CaseId id,
    String organisation,
    String caseNumber,
    int year,
    int serial,
    String title,
    String classificationCode,
    CaseStatus status,
    Instant registeredAt,
    UUID caseOfficerId,
    boolean confidential) {}
