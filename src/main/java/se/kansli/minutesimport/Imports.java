package se.kansli.minutesimport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The minutes_imports table. */
@Repository
class Imports {

  record StoredImport(
      UUID id,
      String organisation,
      String fileName,
      byte[] content,
      String sha256,
      boolean committed,
      Instant createdAt,
      String createdBy,
      ImportResult result) {}

  private final JdbcClient jdbc;
  private final JsonMapper json;

  Imports(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(
      UUID id, String organisation, String fileName, byte[] content, String sha256, String by) {
    jdbc.sql(
            """
            insert into minutes_imports (id, organisation_id, file_name, content, sha256, status,
                                         created_at, created_by)
            values (?, ?, ?, ?, ?, 'READ', ?, ?)
            """)
        .params(id, organisation, fileName, content, sha256, now(), by)
        .update();
  }

  Optional<StoredImport> find(UUID id, String[] organisations) {
    return jdbc.sql("select * from minutes_imports where id = ? and organisation_id = any(?)")
        .params(id, organisations)
        .query(this::stored)
        .optional();
  }

  StoredImport lock(UUID id) {
    return jdbc.sql("select * from minutes_imports where id = ? for update")
        .param(id)
        .query(this::stored)
        .single();
  }

  List<StoredImport> recent(String[] organisations) {
    return jdbc.sql(
            """
            select id, organisation_id, file_name, ''::bytea as content, sha256, status,
                   created_at, created_by, result
            from minutes_imports where organisation_id = any(?) order by created_at desc limit 50
            """)
        .params((Object) organisations)
        .query(this::stored)
        .list();
  }

  void committed(UUID id, ImportResult result) {
    jdbc.sql(
            """
            update minutes_imports set status = 'COMMITTED', committed_at = ?, meeting_id = ?,
                   result = ?::jsonb
            where id = ?
            """)
        .params(now(), result.meetingId(), json.writeValueAsString(result), id)
        .update();
  }

  private StoredImport stored(ResultSet rs, int i) throws SQLException {
    String result = rs.getString("result");
    return new StoredImport(
        rs.getObject("id", UUID.class),
        rs.getString("organisation_id"),
        rs.getString("file_name"),
        rs.getBytes("content"),
        rs.getString("sha256"),
        "COMMITTED".equals(rs.getString("status")),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getString("created_by"),
        result == null ? null : json.readValue(result, ImportResult.class));
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
  }
}
