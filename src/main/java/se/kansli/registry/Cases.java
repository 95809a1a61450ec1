package se.kansli.registry;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.kansli.shared.OrganisationId;

/** The cases table. Every read takes the organisations the reader may see. */
@Repository
class Cases {

  private final JdbcClient jdbc;

  Cases(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Takes the next number in the organisation's series for the year. The series row stays locked
   * until the registering transaction ends, so numbers are gapless: a rolled-back registration
   * gives its number back.
   */
  int allocateSerial(OrganisationId org, int year) {
    jdbc.sql("insert into case_series (organisation_id, year) values (?, ?) on conflict do nothing")
        .params(org.value(), year)
        .update();
    return jdbc.sql(
            """
            update case_series set last_serial = last_serial + 1
            where organisation_id = ? and year = ? returning last_serial
            """)
        .params(org.value(), year)
        .query(Integer.class)
        .single();
  }

  /** Moves the series past an imported number; the row was locked by {@link #allocateSerial}. */
  void raiseSeries(OrganisationId org, int year, int serial) {
    jdbc.sql(
            """
            update case_series set last_serial = greatest(last_serial - 1, ?)
            where organisation_id = ? and year = ?
            """)
        .params(serial, org.value(), year)
        .update();
  }

  void insert(StoredCase c) {
    jdbc.sql(
            """
            insert into cases (id, organisation_id, year, serial, classification_code, case_number,
                               title, description, case_officer_id, status, registered_at,
                               registered_by, secrecy_reference, secret_fields, public_title)
            values (:id, :org, :year, :serial, :code, :number, :title, :description, :officer,
                    'OPEN', :registeredAt, :registeredBy, :secrecy, :secretFields, :publicTitle)
            """)
        .param("id", c.id())
        .param("org", c.organisation())
        .param("year", c.year())
        .param("serial", c.serial())
        .param("code", c.classificationCode())
        .param("number", c.caseNumber())
        .param("title", c.title())
        .param("description", c.description())
        .param("officer", c.caseOfficerId())
        .param(
            "registeredAt",
            java.time.OffsetDateTime.ofInstant(c.registeredAt(), CaseRegistry.SWEDEN))
        .param("registeredBy", c.registeredBy())
        .param("secrecy", c.secrecyReference())
        .param("secretFields", names(c.secretFields()))
        .param("publicTitle", c.publicTitle())
        .update();
  }

  void update(StoredCase c) {
    jdbc.sql(
            """
            update cases set classification_code = :code, case_number = :number, title = :title,
                   description = :description, case_officer_id = :officer, status = :status,
                   closed_on = :closedOn, outcome = :outcome, secrecy_reference = :secrecy,
                   secret_fields = :secretFields, public_title = :publicTitle,
                   version = version + 1
            where id = :id
            """)
        .param("id", c.id())
        .param("code", c.classificationCode())
        .param("number", c.caseNumber())
        .param("title", c.title())
        .param("description", c.description())
        .param("officer", c.caseOfficerId())
        .param("status", c.status().name())
        .param("closedOn", c.closedOn())
        .param("outcome", c.outcome())
        .param("secrecy", c.secrecyReference())
        .param("secretFields", names(c.secretFields()))
        .param("publicTitle", c.publicTitle())
        .update();
  }

  void replaceParties(UUID caseId, List<Party> parties) {
    jdbc.sql("delete from case_parties where case_id = ?").param(caseId).update();
    insertParties(caseId, parties);
  }

  /** The parties of a case that has none yet. */
  void insertParties(UUID caseId, List<Party> parties) {
    int position = 0;
    for (Party p : parties) {
      jdbc.sql(
              """
              insert into case_parties (id, case_id, position, kind, name, identity_number, role)
              values (?, ?, ?, ?, ?, ?, ?)
              """)
          .params(
              UUID.randomUUID(),
              caseId,
              position++,
              p.kind().name(),
              p.name(),
              p.identityNumber(),
              p.role())
          .update();
    }
  }

  List<Party> parties(UUID caseId) {
    return jdbc.sql("select * from case_parties where case_id = ? order by position")
        .param(caseId)
        .query((rs, i) ->
            new Party(
                Party.Kind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("identity_number"),
                rs.getString("role")))
        .list();
  }

  Optional<StoredCase> find(UUID id, Set<OrganisationId> visibleTo) {
    return jdbc.sql("select * from cases where id = ? and organisation_id = any(?)")
        .params(id, ids(visibleTo))
        .query((rs, i) -> map(rs))
        .optional();
  }

  /** Locks the case row for the rest of the transaction: one change at a time per case. */
  Optional<StoredCase> lock(UUID id, Set<OrganisationId> visibleTo) {
    return jdbc.sql("select * from cases where id = ? and organisation_id = any(?) for update")
        .params(id, ids(visibleTo))
        .query((rs, i) -> map(rs))
        .optional();
  }

  Optional<StoredCase> findByNumber(OrganisationId org, int year, int serial) {
    return jdbc.sql("select * from cases where organisation_id = ? and year = ? and serial = ?")
        .params(org.value(), year, serial)
        .query((rs, i) -> map(rs))
        .optional();
  }

  List<StoredCase> findByNumber(Set<OrganisationId> orgs, int year, int serial) {
    return jdbc.sql(
            "select * from cases where organisation_id = any(?) and year = ? and serial = ?")
        .params(ids(orgs), year, serial)
        .query((rs, i) -> map(rs))
        .list();
  }

  Optional<UUID> caseForKey(UUID actorId, String key) {
    return jdbc.sql(
            "select case_id from registration_keys where actor_id = ? and idempotency_key = ?")
        .params(actorId, key)
        .query(UUID.class)
        .optional();
  }

  void rememberKey(UUID actorId, String key, UUID caseId) {
    jdbc.sql("insert into registration_keys (actor_id, idempotency_key, case_id) values (?, ?, ?)")
        .params(actorId, key, caseId)
        .update();
  }

  static String[] ids(Set<OrganisationId> orgs) {
    return orgs.stream().map(OrganisationId::value).toArray(String[]::new);
  }

  private static String[] names(Set<SecretField> fields) {
    return fields.stream().map(Enum::name).sorted().toArray(String[]::new);
  }

  static StoredCase map(ResultSet rs) throws SQLException {
    return new StoredCase(
        rs.getObject("id", UUID.class),
        rs.getString("organisation_id"),
        rs.getInt("year"),
        rs.getInt("serial"),
        rs.getString("classification_code"),
        rs.getString("case_number"),
        rs.getString("title"),
        rs.getString("description"),
        rs.getObject("case_officer_id", UUID.class),
        CaseStatus.valueOf(rs.getString("status")),
        rs.getObject("registered_at", OffsetDateTime.class).toInstant(),
        rs.getObject("registered_by", UUID.class),
        rs.getObject("closed_on", LocalDate.class),
        rs.getString("outcome"),
        rs.getString("secrecy_reference"),
        secretFields(rs.getArray("secret_fields")),
        rs.getString("public_title"),
        rs.getInt("version"));
  }

  private static Set<SecretField> secretFields(Array array) throws SQLException {
    if (array == null) {
      return Set.of();
    }
    String[] names = (String[]) array.getArray();
    return names.length == 0
        ? Set.of()
        : Arrays.stream(names)
            .map(SecretField::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(SecretField.class)));
  }
}
