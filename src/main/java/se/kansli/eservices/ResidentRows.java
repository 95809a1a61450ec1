package se.kansli.eservices;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.kansli.shared.ResidentId;

/** The {@code residents} table. */
@Repository
class ResidentRows {

  private final JdbcClient jdbc;

  ResidentRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The resident with this personal identity number, created on the first login; the name is the
   * eID's, as people change names. One statement, so two first logins at once make one row.
   */
  ResidentView upsert(String personalIdentityNumber, String name, Instant now) {
    return jdbc.sql(
            """
            insert into residents (id, personal_identity_number, name, created_at, last_login_at)
            values (?, ?, ?, ?, ?)
            on conflict (personal_identity_number)
            do update set name = excluded.name, last_login_at = excluded.last_login_at
            returning *
            """)
        .params(
            UUID.randomUUID(),
            personalIdentityNumber,
            name,
            now.atOffset(ZoneOffset.UTC),
            now.atOffset(ZoneOffset.UTC))
        .query((rs, i) -> view(rs))
        .single();
  }

  Optional<ResidentView> find(ResidentId id) {
    return jdbc.sql("select * from residents where id = ?")
        .param(id.value())
        .query((rs, i) -> view(rs))
        .optional();
  }

  void updateSettings(ResidentId id, String email, String phone, ResidentNotification notifyBy) {
    jdbc.sql("update residents set email = ?, phone = ?, notify_by = ? where id = ?")
        .params(email, phone, notifyBy.name(), id.value())
        .update();
  }

  private static ResidentView view(ResultSet rs) throws SQLException {
    return new ResidentView(
        new ResidentId(rs.getObject("id", UUID.class)),
        rs.getString("personal_identity_number"),
        rs.getString("name"),
        rs.getString("email"),
        rs.getString("phone"),
        ResidentNotification.valueOf(rs.getString("notify_by")));
  }
}
