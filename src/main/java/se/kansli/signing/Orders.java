package se.kansli.signing;

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

/** The signing_orders and signing_signers tables. */
@Repository
class Orders {

  private final JdbcClient jdbc;

  Orders(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(StoredOrder o, byte[] document, java.util.UUID createdBy) {
    jdbc.sql(
            """
            insert into signing_orders (id, organisation_id, title, document, document_sha256, mode,
                                        status, reference, created_at, created_by, expires_at)
            values (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?)
            """)
        .params(
            o.id(),
            o.organisation(),
            o.title(),
            document,
            o.documentSha256(),
            o.mode().name(),
            o.reference(),
            time(o.createdAt()),
            createdBy,
            time(o.expiresAt()))
        .update();
  }

  void insertSigner(StoredSigner s) {
    jdbc.sql(
            """
            insert into signing_signers (order_id, position, name, email, personal_identity_number,
                                         role, status, token)
            values (?, ?, ?, ?, ?, ?, 'WAITING', ?)
            """)
        .params(
            s.orderId(),
            s.position(),
            s.name(),
            s.email(),
            s.personalIdentityNumber(),
            s.role(),
            s.token())
        .update();
  }

  Optional<StoredOrder> find(UUID id, String[] organisations) {
    return jdbc.sql("select * from signing_orders where id = ? and organisation_id = any(?)")
        .params(id, organisations)
        .query((rs, i) -> order(rs))
        .optional();
  }

  StoredOrder lock(UUID id) {
    return jdbc.sql("select * from signing_orders where id = ? for update")
        .param(id)
        .query((rs, i) -> order(rs))
        .single();
  }

  List<StoredOrder> ofOrganisations(String[] organisations, int limit) {
    return jdbc.sql(
            "select * from signing_orders where organisation_id = any(?) order by created_at desc limit ?")
        .params(organisations, limit)
        .query((rs, i) -> order(rs))
        .list();
  }

  List<StoredOrder> openOrders() {
    return jdbc.sql("select * from signing_orders where status = 'OPEN'")
        .query((rs, i) -> order(rs))
        .list();
  }

  List<StoredOrder> expiredOpen(Instant now) {
    return jdbc.sql("select * from signing_orders where status = 'OPEN' and expires_at <= ?")
        .param(time(now))
        .query((rs, i) -> order(rs))
        .list();
  }

  List<StoredOrder> findBySha256(String sha256) {
    return jdbc.sql(
            "select * from signing_orders where document_sha256 = ? or sealed_sha256 = ? order by created_at")
        .params(sha256, sha256)
        .query((rs, i) -> order(rs))
        .list();
  }

  Optional<StoredSigner> signerByToken(String token) {
    return jdbc.sql("select * from signing_signers where token = ?")
        .param(token)
        .query((rs, i) -> signer(rs))
        .optional();
  }

  List<StoredSigner> signers(UUID orderId) {
    return jdbc.sql("select * from signing_signers where order_id = ? order by position")
        .param(orderId)
        .query((rs, i) -> signer(rs))
        .list();
  }

  byte[] document(UUID orderId) {
    return jdbc.sql("select document from signing_orders where id = ?")
        .param(orderId)
        .query(byte[].class)
        .single();
  }

  Optional<byte[]> sealedDocument(UUID orderId) {
    return Optional.ofNullable(
        jdbc.sql("select sealed_document from signing_orders where id = ?")
            .param(orderId)
            .query((rs, i) -> rs.getBytes(1))
            .single());
  }

  void markNotified(UUID orderId, int position, Instant at) {
    jdbc.sql(
            """
            update signing_signers set status = 'NOTIFIED', notified_at = ?
            where order_id = ? and position = ? and status = 'WAITING'
            """)
        .params(time(at), orderId, position)
        .update();
  }

  void markReminded(UUID orderId, int position, Instant at) {
    jdbc.sql("update signing_signers set reminded_at = ? where order_id = ? and position = ?")
        .params(time(at), orderId, position)
        .update();
  }

  void startEid(UUID orderId, int position, String provider, String orderRef) {
    jdbc.sql(
            "update signing_signers set provider = ?, eid_order_ref = ? where order_id = ? and position = ?")
        .params(provider, orderRef, orderId, position)
        .update();
  }

  void markSigned(UUID orderId, int position, Instant at, String signedName, String evidence) {
    jdbc.sql(
            """
            update signing_signers set status = 'SIGNED', signed_at = ?, signed_name = ?, evidence = ?
            where order_id = ? and position = ?
            """)
        .params(time(at), signedName, evidence, orderId, position)
        .update();
  }

  void markDeclined(UUID orderId, int position, Instant at, String comment) {
    jdbc.sql(
            """
            update signing_signers set status = 'DECLINED', declined_at = ?, decline_comment = ?
            where order_id = ? and position = ?
            """)
        .params(time(at), comment, orderId, position)
        .update();
  }

  void close(UUID orderId, OrderStatus status, Instant at) {
    jdbc.sql("update signing_orders set status = ?, closed_at = ? where id = ?")
        .params(status.name(), time(at), orderId)
        .update();
  }

  void storeSealed(UUID orderId, byte[] sealed, String sha256) {
    jdbc.sql("update signing_orders set sealed_document = ?, sealed_sha256 = ? where id = ?")
        .params(sealed, sha256, orderId)
        .update();
  }

  private static OffsetDateTime time(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  private static StoredOrder order(ResultSet rs) throws SQLException {
    return new StoredOrder(
        rs.getObject("id", UUID.class),
        rs.getString("organisation_id"),
        rs.getString("title"),
        rs.getString("document_sha256"),
        SigningMode.valueOf(rs.getString("mode")),
        OrderStatus.valueOf(rs.getString("status")),
        rs.getString("reference"),
        instant(rs, "created_at"),
        instant(rs, "expires_at"),
        instant(rs, "closed_at"),
        rs.getString("sealed_sha256"));
  }

  private static StoredSigner signer(ResultSet rs) throws SQLException {
    return new StoredSigner(
        rs.getObject("order_id", UUID.class),
        rs.getInt("position"),
        rs.getString("name"),
        rs.getString("email"),
        rs.getString("personal_identity_number"),
        rs.getString("role"),
        SignerStatus.valueOf(rs.getString("status")),
        instant(rs, "notified_at"),
        instant(rs, "reminded_at"),
        rs.getString("provider"),
        rs.getString("eid_order_ref"),
        instant(rs, "signed_at"),
        rs.getString("decline_comment"),
        rs.getString("token"));
  }
}
