package se.kansli.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A row of the cases table: the case aggregate's own state, without its parties. */
record StoredCase(
    UUID id,
    String organisation,
    int year,
    int serial,
    String classificationCode,
    String caseNumber,
    String title,
    String description,
    UUID caseOfficerId,
    CaseStatus status,
    Instant registeredAt,
    UUID registeredBy,
    LocalDate closedOn,
    String outcome,
    String secrecyReference,
    Set<SecretField> secretFields,
    String publicTitle,
    int version) {

  /** What the journal records as the state before and after a change. */
  Map<String, Object> snapshot(java.util.List<Party> parties) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("caseNumber", caseNumber);
    m.put("title", title);
    m.put("description", description);
    m.put("classificationCode", classificationCode);
    m.put("caseOfficerId", caseOfficerId);
    m.put("status", status);
    m.put("closedOn", closedOn == null ? null : closedOn.toString());
    m.put("outcome", outcome);
    m.put("secrecyReference", secrecyReference);
    m.put("secretFields", secretFields.stream().map(Enum::name).sorted().toList());
    m.put("publicTitle", publicTitle);
    m.put("parties", parties);
    return m;
  }
}
