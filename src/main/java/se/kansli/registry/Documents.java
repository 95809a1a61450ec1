package se.kansli.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.kansli.shared.OrganisationId;

/** The documents and document_versions tables. */
@Repository
class Documents {

  private final JdbcClient jdbc;

  Documents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  int nextSerial(UUID caseId) {
    return jdbc.sql("select coalesce(max(serial), 0) + 1 from documents where case_id = ?")
        .param(caseId)
        .query(Integer.class)
        .single();
  }

  void insert(StoredDocument d) {
    jdbc.sql(
            """
            insert into documents (id, case_id, organisation_id, serial, direction, document_date,
                                   counterpart, description, status, public_access,
                                   secrecy_reference, registered_at, registered_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            d.id(),
            d.caseId(),
            d.organisation(),
            d.serial(),
            d.direction().name(),
            d.documentDate(),
            d.counterpart(),
            d.description(),
            d.finalVersion() ? "FINAL" : "DRAFT",
            d.publicAccess(),
            d.secrecyReference(),
            OffsetDateTime.ofInstant(d.registeredAt(), CaseRegistry.SWEDEN),
            d.registeredBy())
        .update();
  }

  void markFinal(UUID id) {
    jdbc.sql("update documents set status = 'FINAL' where id = ?").param(id).update();
  }

  void setSearchText(UUID id, String text) {
    jdbc.sql("update documents set file_text = ? where id = ?").params(text, id).update();
  }

  int addVersion(
      UUID documentId, String fileName, String contentType, byte[] bytes, String sha256, UUID by) {
    int version =
        jdbc.sql(
                "select coalesce(max(version), 0) + 1 from document_versions where document_id = ?")
            .param(documentId)
            .query(Integer.class)
            .single();
    jdbc.sql(
            """
            insert into document_versions (document_id, version, file_name, content_type,
                                           size_bytes, sha256, content, uploaded_at, uploaded_by)
            values (?, ?, ?, ?, ?, ?, ?, now(), ?)
            """)
        .params(documentId, version, fileName, contentType, (long) bytes.length, sha256, bytes, by)
        .update();
    return version;
  }

  Optional<StoredDocument> find(UUID id, Set<OrganisationId> visibleTo) {
    return jdbc.sql("select * from documents where id = ? and organisation_id = any(?)")
        .params(id, Cases.ids(visibleTo))
        .query((rs, i) -> map(rs))
        .optional();
  }

  List<StoredDocument> ofCase(UUID caseId) {
    return jdbc.sql("select * from documents where case_id = ? order by serial")
        .param(caseId)
        .query((rs, i) -> map(rs))
        .list();
  }

  List<DocumentView.FileVersion> versions(UUID documentId) {
    return jdbc.sql(
            """
            select version, file_name, content_type, size_bytes, sha256, uploaded_at
            from document_versions where document_id = ? order by version
            """)
        .param(documentId)
        .query((rs, i) -> version(rs))
        .list();
  }

  /** The file versions of all of a case's documents in one query, by document. */
  Map<UUID, List<DocumentView.FileVersion>> versionsOfCase(UUID caseId) {
    Map<UUID, List<DocumentView.FileVersion>> byDocument = new HashMap<>();
    jdbc.sql(
            """
            select v.document_id, v.version, v.file_name, v.content_type, v.size_bytes, v.sha256,
                   v.uploaded_at
            from document_versions v join documents d on d.id = v.document_id
            where d.case_id = ? order by v.document_id, v.version
            """)
        .param(caseId)
        .query(rs -> {
          byDocument
              .computeIfAbsent(rs.getObject("document_id", UUID.class), k -> new ArrayList<>())
              .add(version(rs));
        });
    return byDocument;
  }

  private static DocumentView.FileVersion version(ResultSet rs) throws SQLException {
    return new DocumentView.FileVersion(
        rs.getInt("version"),
        rs.getString("file_name"),
        rs.getString("content_type"),
        rs.getLong("size_bytes"),
        rs.getString("sha256"),
        rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
  }

  Optional<FileContent> content(UUID documentId, int version) {
    return jdbc.sql(
            """
            select file_name, content_type, sha256, content from document_versions
            where document_id = ? and version = ?
            """)
        .params(documentId, version)
        .query((rs, i) ->
            new FileContent(
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getString("sha256"),
                rs.getBytes("content")))
        .optional();
  }

  int latestVersion(UUID documentId) {
    return jdbc.sql("select coalesce(max(version), 0) from document_versions where document_id = ?")
        .param(documentId)
        .query(Integer.class)
        .single();
  }

  static StoredDocument map(ResultSet rs) throws SQLException {
    return new StoredDocument(
        rs.getObject("id", UUID.class),
        rs.getObject("case_id", UUID.class),
        rs.getString("organisation_id"),
        rs.getInt("serial"),
        DocumentDirection.valueOf(rs.getString("direction")),
        rs.getObject("document_date", LocalDate.class),
        rs.getString("counterpart"),
        rs.getString("description"),
        "FINAL".equals(rs.getString("status")),
        rs.getBoolean("public_access"),
        rs.getString("secrecy_reference"),
        rs.getObject("registered_at", OffsetDateTime.class).toInstant(),
        rs.getObject("registered_by", UUID.class));
  }
}
