package se.kansli.meetings;

import java.sql.Date;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The bodies and seats tables. */
@Repository
class Bodies {

  record StoredBody(
      BodyId id,
      String organisation,
      String name,
      String shortName,
      String secretaryName,
      String secretaryEmail) {}

  private final JdbcClient jdbc;

  Bodies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(StoredBody body) {
    jdbc.sql(
            """
            insert into bodies (id, organisation_id, name, short_name, secretary_name,
                                secretary_email, created_at)
            values (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            body.id().value(),
            body.organisation(),
            body.name(),
            body.shortName(),
            body.secretaryName(),
            body.secretaryEmail(),
            OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
        .update();
  }

  boolean nameTaken(String organisation, String name) {
    return jdbc.sql(
                "select count(*) from bodies where organisation_id = ? and lower(name) = lower(?)")
            .params(organisation, name)
            .query(Integer.class)
            .single()
        > 0;
  }

  Optional<StoredBody> named(String organisation, String name) {
    return jdbc.sql("select * from bodies where organisation_id = ? and lower(name) = lower(?)")
        .params(organisation, name.strip())
        .query(Bodies::body)
        .optional();
  }

  Optional<StoredBody> find(BodyId id, String[] organisations) {
    return jdbc.sql("select * from bodies where id = ? and organisation_id = any(?)")
        .params(id.value(), organisations)
        .query(Bodies::body)
        .optional();
  }

  List<StoredBody> of(String[] organisations) {
    return jdbc.sql("select * from bodies where organisation_id = any(?) order by name")
        .params((Object) organisations)
        .query(Bodies::body)
        .list();
  }

  List<StoredBody> all() {
    return jdbc.sql("select * from bodies order by name").query(Bodies::body).list();
  }

  void insertSeat(BodyId body, SeatId id, NewSeat seat) {
    jdbc.sql(
            """
            insert into seats (id, body_id, person_name, email, kind, office, represents, party,
                               term_from, term_to, personal_identity_number)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id.value(),
            body.value(),
            seat.personName().strip(),
            seat.email(),
            seat.kind().name(),
            seat.office() == null ? null : seat.office().name(),
            seat.represents(),
            seat.party(),
            Date.valueOf(seat.termFrom()),
            Date.valueOf(seat.termTo()),
            seat.personalIdentityNumber())
        .update();
  }

  record StoredSeat(
      SeatId id,
      String personName,
      String email,
      SeatKind kind,
      Office office,
      String represents,
      String party,
      java.time.LocalDate termFrom,
      java.time.LocalDate termTo) {}

  List<StoredSeat> seats(BodyId body) {
    return jdbc.sql(
            "select * from seats where body_id = ? order by kind, represents nulls last, person_name")
        .param(body.value())
        .query((rs, i) ->
            new StoredSeat(
                new SeatId(rs.getObject("id", UUID.class)),
                rs.getString("person_name"),
                rs.getString("email"),
                SeatKind.valueOf(rs.getString("kind")),
                rs.getString("office") == null ? null : Office.valueOf(rs.getString("office")),
                rs.getString("represents"),
                rs.getString("party"),
                rs.getDate("term_from").toLocalDate(),
                rs.getDate("term_to").toLocalDate()))
        .list();
  }

  /** Kept out of every view: only the signing order needs it. */
  Optional<String> personalIdentityNumber(SeatId seat) {
    return jdbc.sql("select personal_identity_number from seats where id = ?")
        .param(seat.value())
        .query(String.class)
        .optional();
  }

  void endSeat(SeatId seat, java.time.LocalDate lastDay) {
    jdbc.sql("update seats set term_to = greatest(term_from, ?) where id = ?")
        .params(Date.valueOf(lastDay), seat.value())
        .update();
  }

  private static StoredBody body(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    return new StoredBody(
        new BodyId(rs.getObject("id", UUID.class)),
        rs.getString("organisation_id"),
        rs.getString("name"),
        rs.getString("short_name"),
        rs.getString("secretary_name"),
        rs.getString("secretary_email"));
  }
}
