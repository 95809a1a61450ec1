package se.kansli.meetings;

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

/** The minutes_supplements table. */
@Repository
class Supplements {

  private final JdbcClient jdbc;

  Supplements(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(
      UUID id,
      MeetingId meeting,
      AgendaItemId item,
      SupplementView.Kind kind,
      String correction,
      UUID signingOrder,
      String createdBy) {
    jdbc.sql(
            """
            insert into minutes_supplements (id, meeting_id, item_id, kind, correction, status,
                                             signing_order_id, created_at, created_by)
            values (?, ?, ?, ?, ?, 'IN_ATTESTATION', ?, ?, ?)
            """)
        .params(
            id,
            meeting.value(),
            item.value(),
            kind.name(),
            correction,
            signingOrder,
            OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC),
            createdBy)
        .update();
  }

  /** True when the item's immediate attestation is under way or done: its text is then fixed. */
  boolean immediateAttestation(AgendaItemId item) {
    return jdbc.sql(
                """
                select count(*) from minutes_supplements
                where item_id = ? and kind = 'IMMEDIATE' and status <> 'DECLINED'
                """)
            .param(item.value())
            .query(Integer.class)
            .single()
        > 0;
  }

  Optional<SupplementView> lock(UUID id) {
    return jdbc.sql("select * from minutes_supplements where id = ? for update")
        .param(id)
        .query(Supplements::view)
        .optional();
  }

  void attested(UUID id, byte[] sealed, String sha256) {
    jdbc.sql(
            """
            update minutes_supplements set status = 'ATTESTED', attested_at = ?, sealed_pdf = ?,
                   sealed_sha256 = ?
            where id = ?
            """)
        .params(OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC), sealed, sha256, id)
        .update();
  }

  void declined(UUID id) {
    jdbc.sql("update minutes_supplements set status = 'DECLINED' where id = ? and status = ?")
        .params(id, "IN_ATTESTATION")
        .update();
  }

  List<SupplementView> of(MeetingId meeting) {
    return jdbc.sql("select * from minutes_supplements where meeting_id = ? order by created_at")
        .param(meeting.value())
        .query(Supplements::view)
        .list();
  }

  List<SupplementView> waiting() {
    return jdbc.sql("select * from minutes_supplements where status = 'IN_ATTESTATION'")
        .query(Supplements::view)
        .list();
  }

  Optional<byte[]> sealedPdf(UUID id, MeetingId meeting) {
    return jdbc.sql(
            """
            select sealed_pdf from minutes_supplements
            where id = ? and meeting_id = ? and sealed_pdf is not null
            """)
        .params(id, meeting.value())
        .query(byte[].class)
        .optional();
  }

  private static SupplementView view(ResultSet rs, int i) throws SQLException {
    OffsetDateTime attested = rs.getObject("attested_at", OffsetDateTime.class);
    return new SupplementView(
        rs.getObject("id", UUID.class),
        new MeetingId(rs.getObject("meeting_id", UUID.class)),
        new AgendaItemId(rs.getObject("item_id", UUID.class)),
        SupplementView.Kind.valueOf(rs.getString("kind")),
        rs.getString("correction"),
        SupplementView.Status.valueOf(rs.getString("status")),
        rs.getObject("signing_order_id", UUID.class),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getString("created_by"),
        attested == null ? null : attested.toInstant(),
        rs.getString("sealed_sha256"));
  }
}
