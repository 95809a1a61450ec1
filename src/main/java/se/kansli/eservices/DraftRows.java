package se.kansli.eservices;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The tables {@code e_service_drafts} and {@code e_service_draft_files}. */
@Repository
class DraftRows {

  private static final TypeReference<LinkedHashMap<String, List<String>>> ANSWERS =
      new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  DraftRows(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  record StoredDraft(
      UUID id,
      EServiceId eService,
      EServiceVersionId version,
      String organisation,
      UUID resident,
      String tokenSha256,
      Map<String, List<String>> answers,
      int page,
      Instant updatedAt,
      Instant submittedAt,
      UUID signingOrder) {

    boolean ownedBy(DraftOwner owner) {
      if (resident != null) {
        return owner.resident() != null && owner.resident().value().equals(resident);
      }
      String sha = owner.tokenSha256();
      return sha != null
          && java.security.MessageDigest.isEqual(sha.getBytes(), tokenSha256.getBytes());
    }
  }

  void insert(
      UUID id,
      EServiceVersionView version,
      String organisation,
      UUID resident,
      String tokenSha256,
      Map<String, List<String>> answers,
      Instant now) {
    jdbc.sql(
            """
            insert into e_service_drafts (id, e_service_id, version_id, organisation_id,
                                          resident_id, anonymous_token_sha256, answers, page,
                                          created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?::jsonb, 0, ?, ?)
            """)
        .params(
            id,
            version.eService().value(),
            version.id().value(),
            organisation,
            resident,
            tokenSha256,
            json.writeValueAsString(answers),
            time(now),
            time(now))
        .update();
  }

  Optional<StoredDraft> find(UUID id) {
    return jdbc.sql("select * from e_service_drafts where id = ?")
        .param(id)
        .query((rs, i) -> draft(rs))
        .optional();
  }

  /** The draft, locked until the transaction ends: one submission at a time per draft. */
  Optional<StoredDraft> lock(UUID id) {
    return jdbc.sql("select * from e_service_drafts where id = ? for update")
        .param(id)
        .query((rs, i) -> draft(rs))
        .optional();
  }

  List<StoredDraft> unsubmitted(UUID resident) {
    return jdbc.sql(
            """
            select * from e_service_drafts
            where resident_id = ? and submitted_at is null
            order by updated_at desc
            """)
        .param(resident)
        .query((rs, i) -> draft(rs))
        .list();
  }

  /** The signing order of the draft that a submission was made from, if it was signed. */
  Optional<UUID> signingOrderOfSubmission(UUID submission) {
    return jdbc.sql(
            """
            select d.signing_order_id from e_service_submissions s
            join e_service_drafts d on d.id = s.draft_id
            where s.id = ? and d.signing_order_id is not null
            """)
        .param(submission)
        .query(UUID.class)
        .optional();
  }

  /** The draft is editable again: its signing order was withdrawn, declined or expired. */
  void clearSigningOrder(UUID id, Instant now) {
    jdbc.sql("update e_service_drafts set signing_order_id = null, updated_at = ? where id = ?")
        .params(time(now), id)
        .update();
  }

  void saveAnswers(UUID id, Map<String, List<String>> answers, int page, Instant now) {
    jdbc.sql(
            "update e_service_drafts set answers = ?::jsonb, page = ?, updated_at = ? where id = ?")
        .params(json.writeValueAsString(answers), page, time(now), id)
        .update();
  }

  void markSubmitted(UUID id, Instant now) {
    jdbc.sql("update e_service_drafts set submitted_at = ?, updated_at = ? where id = ?")
        .params(time(now), time(now), id)
        .update();
  }

  void signingOrder(UUID id, UUID order, Instant now) {
    jdbc.sql("update e_service_drafts set signing_order_id = ?, updated_at = ? where id = ?")
        .params(order, time(now), id)
        .update();
  }

  void delete(UUID id) {
    jdbc.sql("delete from e_service_drafts where id = ? and submitted_at is null")
        .param(id)
        .update();
  }

  // ---- files ---------------------------------------------------------------------------------

  void insertFile(
      UUID id,
      UUID draft,
      String fieldKey,
      String fileName,
      String contentType,
      byte[] content,
      String sha256,
      Instant now) {
    jdbc.sql(
            """
            insert into e_service_draft_files (id, draft_id, field_key, file_name, content_type,
                                               size_bytes, sha256, content, uploaded_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            draft,
            fieldKey,
            fileName,
            contentType,
            (long) content.length,
            sha256,
            content,
            time(now))
        .update();
  }

  List<DraftFileView> files(UUID draft) {
    return jdbc.sql(
            """
            select id, field_key, file_name, content_type, size_bytes, sha256
            from e_service_draft_files where draft_id = ? order by uploaded_at, file_name
            """)
        .param(draft)
        .query((rs, i) ->
            new DraftFileView(
                rs.getObject("id", UUID.class),
                rs.getString("field_key"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256")))
        .list();
  }

  byte[] fileContent(UUID file) {
    return jdbc.sql("select content from e_service_draft_files where id = ?")
        .param(file)
        .query(byte[].class)
        .single();
  }

  void deleteFile(UUID draft, UUID file) {
    jdbc.sql("delete from e_service_draft_files where draft_id = ? and id = ?")
        .params(draft, file)
        .update();
  }

  private StoredDraft draft(ResultSet rs) throws SQLException {
    OffsetDateTime submitted = rs.getObject("submitted_at", OffsetDateTime.class);
    return new StoredDraft(
        rs.getObject("id", UUID.class),
        new EServiceId(rs.getObject("e_service_id", UUID.class)),
        new EServiceVersionId(rs.getObject("version_id", UUID.class)),
        rs.getString("organisation_id"),
        rs.getObject("resident_id", UUID.class),
        rs.getString("anonymous_token_sha256"),
        json.readValue(rs.getString("answers"), ANSWERS),
        rs.getInt("page"),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
        submitted == null ? null : submitted.toInstant(),
        rs.getObject("signing_order_id", UUID.class));
  }

  private static OffsetDateTime time(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
