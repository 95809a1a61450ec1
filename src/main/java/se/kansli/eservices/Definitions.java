package se.kansli.eservices;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The e_services, e_service_versions and e_service_activations tables. */
@Repository
class Definitions {

  record StoredService(
      EServiceId id,
      String organisation,
      String slug,
      String title,
      String description,
      String category,
      String classificationCode,
      String officerGroup,
      boolean loginRequired,
      SigningRequirement signing,
      List<String> statuses,
      int handlingDays) {}

  record StoredVersion(
      EServiceVersionId id,
      EServiceId service,
      int number,
      VersionStatus status,
      Form form,
      Instant createdAt,
      String createdBy,
      Instant publishedAt,
      Instant retiredAt) {

    VersionSummary summary() {
      return new VersionSummary(id, number, status, createdAt, createdBy, publishedAt, retiredAt);
    }
  }

  private static final String SERVICE_COLUMNS =
      """
      s.id, s.organisation_id, s.slug, s.title, s.description, s.category, s.classification_code,
      s.officer_group, s.login_required, s.signing, s.statuses, s.handling_days
      """;

  private final JdbcClient jdbc;
  private final JsonMapper json;

  Definitions(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(StoredService s) {
    jdbc.sql(
            """
            insert into e_services (id, organisation_id, slug, title, description, category,
              classification_code, officer_group, login_required, signing, statuses,
              handling_days, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            s.id().value(),
            s.organisation(),
            s.slug(),
            s.title(),
            s.description(),
            s.category(),
            s.classificationCode(),
            s.officerGroup(),
            s.loginRequired(),
            s.signing().name(),
            s.statuses().toArray(String[]::new),
            s.handlingDays(),
            now())
        .update();
  }

  void update(StoredService s) {
    jdbc.sql(
            """
            update e_services set title = ?, description = ?, category = ?,
              classification_code = ?, officer_group = ?, login_required = ?, signing = ?,
              statuses = ?, handling_days = ?
            where id = ?
            """)
        .params(
            s.title(),
            s.description(),
            s.category(),
            s.classificationCode(),
            s.officerGroup(),
            s.loginRequired(),
            s.signing().name(),
            s.statuses().toArray(String[]::new),
            s.handlingDays(),
            s.id().value())
        .update();
  }

  boolean slugTaken(String organisation, String slug) {
    return jdbc.sql("select count(*) from e_services where organisation_id = ? and slug = ?")
            .params(organisation, slug)
            .query(Integer.class)
            .single()
        > 0;
  }

  /** The e-service if it belongs to one of the organisations; another's is not found. */
  Optional<StoredService> find(EServiceId id, String[] organisations) {
    return jdbc.sql(
            "select "
                + SERVICE_COLUMNS
                + " from e_services s where s.id = ? and s.organisation_id = any (?)")
        .params(id.value(), organisations)
        .query((rs, n) -> service(rs))
        .optional();
  }

  /** Locks the e-service, so that versions are numbered and published one at a time. */
  Optional<StoredService> lock(EServiceId id, String[] organisations) {
    return jdbc.sql(
            "select "
                + SERVICE_COLUMNS
                + " from e_services s where s.id = ? and s.organisation_id = any (?) for update")
        .params(id.value(), organisations)
        .query((rs, n) -> service(rs))
        .optional();
  }

  Optional<StoredService> findAnywhere(EServiceId id) {
    return jdbc.sql("select " + SERVICE_COLUMNS + " from e_services s where s.id = ?")
        .params(id.value())
        .query((rs, n) -> service(rs))
        .optional();
  }

  List<StoredService> of(String[] organisations) {
    return jdbc.sql(
            "select "
                + SERVICE_COLUMNS
                + " from e_services s where s.organisation_id = any (?)"
                + " order by s.organisation_id, lower(s.title)")
        .params((Object) organisations)
        .query((rs, n) -> service(rs))
        .list();
  }

  /** A published e-service and the id of its published version. */
  record PublishedService(StoredService service, EServiceVersionId version) {}

  /**
   * The published e-services a municipality's catalogue shows: its own, and the committee's that
   * are switched on for it. One query with the published version's id, never the versions' forms:
   * every catalogue page and every start of an e-service reads the whole catalogue.
   */
  List<PublishedService> published(String organisation) {
    return jdbc.sql(
            "select "
                + SERVICE_COLUMNS
                + """
                , v.id as published_version
                from e_services s
                join e_service_versions v on v.e_service_id = s.id and v.status = 'PUBLISHED'
                where s.organisation_id = ?
                   or exists (select 1 from e_service_activations a
                              where a.e_service_id = s.id and a.municipality_id = ?)
                order by lower(s.title)
                """)
        .params(organisation, organisation)
        .query((rs, n) ->
            new PublishedService(
                service(rs), new EServiceVersionId(rs.getObject("published_version", UUID.class))))
        .list();
  }

  void insertVersion(EServiceVersionId id, EServiceId service, Form form, String by) {
    jdbc.sql(
            """
            insert into e_service_versions (id, e_service_id, number, status, form, created_at,
                                            created_by)
            values (?, ?, (select coalesce(max(number), 0) + 1 from e_service_versions
                           where e_service_id = ?), 'DRAFT', ?::jsonb, ?, ?)
            """)
        .params(
            id.value(), service.value(), service.value(), json.writeValueAsString(form), now(), by)
        .update();
  }

  void updateForm(EServiceVersionId id, Form form) {
    jdbc.sql("update e_service_versions set form = ?::jsonb where id = ? and status = 'DRAFT'")
        .params(json.writeValueAsString(form), id.value())
        .update();
  }

  void publish(EServiceVersionId id, String by) {
    jdbc.sql(
            """
            update e_service_versions set status = 'PUBLISHED', published_at = ?, published_by = ?
            where id = ? and status = 'DRAFT'
            """)
        .params(now(), by, id.value())
        .update();
  }

  void retire(EServiceVersionId id) {
    jdbc.sql(
            """
            update e_service_versions set status = 'RETIRED', retired_at = ?
            where id = ? and status = 'PUBLISHED'
            """)
        .params(now(), id.value())
        .update();
  }

  void deleteDraft(EServiceVersionId id) {
    jdbc.sql("delete from e_service_versions where id = ? and status = 'DRAFT'")
        .params(id.value())
        .update();
  }

  List<StoredVersion> versions(EServiceId service) {
    return jdbc.sql("select * from e_service_versions where e_service_id = ? order by number desc")
        .params(service.value())
        .query((rs, n) -> version(rs))
        .list();
  }

  Optional<StoredVersion> version(EServiceVersionId id) {
    return jdbc.sql("select * from e_service_versions where id = ?")
        .params(id.value())
        .query((rs, n) -> version(rs))
        .optional();
  }

  List<String> activations(EServiceId service) {
    return jdbc.sql(
            "select municipality_id from e_service_activations where e_service_id = ?"
                + " order by municipality_id")
        .params(service.value())
        .query(String.class)
        .list();
  }

  void activate(EServiceId service, String municipality, String by) {
    jdbc.sql(
            """
            insert into e_service_activations (e_service_id, municipality_id, activated_at,
                                               activated_by)
            values (?, ?, ?, ?) on conflict do nothing
            """)
        .params(service.value(), municipality, now(), by)
        .update();
  }

  void deactivate(EServiceId service, String municipality) {
    jdbc.sql("delete from e_service_activations where e_service_id = ? and municipality_id = ?")
        .params(service.value(), municipality)
        .update();
  }

  private static StoredService service(ResultSet rs) throws SQLException {
    return new StoredService(
        new EServiceId(rs.getObject("id", UUID.class)),
        rs.getString("organisation_id"),
        rs.getString("slug"),
        rs.getString("title"),
        rs.getString("description"),
        rs.getString("category"),
        rs.getString("classification_code"),
        rs.getString("officer_group"),
        rs.getBoolean("login_required"),
        SigningRequirement.valueOf(rs.getString("signing")),
        Arrays.asList((String[]) rs.getArray("statuses").getArray()),
        rs.getInt("handling_days"));
  }

  private StoredVersion version(ResultSet rs) throws SQLException {
    return new StoredVersion(
        new EServiceVersionId(rs.getObject("id", UUID.class)),
        new EServiceId(rs.getObject("e_service_id", UUID.class)),
        rs.getInt("number"),
        VersionStatus.valueOf(rs.getString("status")),
        json.readValue(rs.getString("form"), Form.class),
        instant(rs, "created_at"),
        rs.getString("created_by"),
        instant(rs, "published_at"),
        instant(rs, "retired_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
