package se.kansli.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A row of the documents table. */
record StoredDocument(
    UUID id,
    UUID caseId,
    String organisation,
    int serial,
    DocumentDirection direction,
    LocalDate documentDate,
    String counterpart,
    String description,
    boolean finalVersion,
    boolean publicAccess,
    String secrecyReference,
    Instant registeredAt,
    UUID registeredBy) {

  Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("serial", serial);
    m.put("direction", direction);
    m.put("documentDate", documentDate.toString());
    m.put("counterpart", counterpart);
    m.put("description", description);
    m.put("final", finalVersion);
    m.put("publicAccess", publicAccess);
    m.put("secrecyReference", secrecyReference);
    return m;
  }
}
