package se.kansli.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A case as staff of its organisation see it. */
public record CaseView(
    CaseId id,
    String organisation,
    String organisationName,
    String caseNumber,
    int year,
    int serial,
    String classificationCode,
    String classificationTitle,
    String title,
    String description,
    UUID caseOfficerId,
    String caseOfficerName,
    CaseStatus status,
    Instant registeredAt,
    String registeredByName,
    LocalDate closedOn,
    String outcome,
    String secrecyReference,
    Set<SecretField> secretFields,
    String publicTitle,
    List<Party> parties,
    int version) {

  public boolean confidential() {
    return secrecyReference != null && !secrecyReference.isBlank();
  }

  public boolean open() {
    return status == CaseStatus.OPEN;
  }
}
