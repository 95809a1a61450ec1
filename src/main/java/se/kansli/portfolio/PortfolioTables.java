package se.kansli.portfolio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Shared services and participations. */
@Repository
class PortfolioTables {

  /** A shared service's row, without its participations. */
  record StoredService(
      UUID id,
      String organisation,
      String name,
      String description,
      String owner,
      ServiceStage stage,
      LocalDate inOperationSince,
      String stageNote,
      boolean selfActivated) {}

  /** A participation's row, with the subject it belongs to. */
  record StoredParticipation(
      UUID id,
      UUID subject,
      String kind,
      String municipality,
      String municipalityName,
      LocalDate joinedOn,
      LocalDate leftOn,
      boolean coFinancing) {

    ParticipationView view() {
      return new ParticipationView(
          id, municipality, municipalityName, joinedOn, leftOn, coFinancing);
    }
  }

  private final JdbcClient jdbc;

  PortfolioTables(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(UUID id, NewService s) {
    jdbc.sql(
            """
            insert into shared_services (id, organisation_id, name, description, owner, stage,
              in_operation_since, stage_note, self_activated, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, now())
            """)
        .params(
            id,
            s.organisation(),
            s.name().strip(),
            s.description().strip(),
            s.owner().strip(),
            s.stage().name(),
            s.inOperationSince(),
            blankToNull(s.stageNote()),
            s.selfActivated())
        .update();
  }

  void update(UUID id, NewService s) {
    jdbc.sql(
            """
            update shared_services set name = ?, description = ?, owner = ?, stage = ?,
              in_operation_since = ?, stage_note = ?, self_activated = ?
            where id = ?
            """)
        .params(
            s.name().strip(),
            s.description().strip(),
            s.owner().strip(),
            s.stage().name(),
            s.inOperationSince(),
            blankToNull(s.stageNote()),
            s.selfActivated(),
            id)
        .update();
  }

  boolean nameTaken(String organisation, String name, UUID except) {
    return jdbc.sql(
                """
                select count(*) from shared_services
                where organisation_id = ? and lower(name) = lower(?) and id <> ?
                """)
            .params(organisation, name.strip(), except)
            .query(Integer.class)
            .single()
        > 0;
  }

  Optional<StoredService> service(UUID id) {
    return jdbc.sql("select * from shared_services where id = ?")
        .param(id)
        .query(PortfolioTables::service)
        .optional();
  }

  /** For update: commands on one service's participations run one at a time. */
  Optional<StoredService> lockService(UUID id) {
    return jdbc.sql("select * from shared_services where id = ? for update")
        .param(id)
        .query(PortfolioTables::service)
        .optional();
  }

  /** Every service, or only those of the organisations given, by name. */
  List<StoredService> services(Collection<String> organisations) {
    String where = organisations == null ? "" : " where organisation_id = any(?)";
    var sql = jdbc.sql("select * from shared_services" + where + " order by name");
    if (organisations != null) {
      sql = sql.param(organisations.toArray(String[]::new));
    }
    return sql.query(PortfolioTables::service).list();
  }

  void insertParticipation(
      UUID id, UUID subject, String kind, String municipality, Period period, boolean coFinancing) {
    jdbc.sql(
            """
            insert into participations (id, subject_id, subject_kind, municipality_id, joined_on,
              left_on, co_financing)
            values (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(id, subject, kind, municipality, period.from(), period.to(), coFinancing)
        .update();
  }

  void updateParticipation(UUID id, Period period) {
    jdbc.sql("update participations set joined_on = ?, left_on = ? where id = ?")
        .params(period.from(), period.to(), id)
        .update();
  }

  void deleteParticipation(UUID id) {
    jdbc.sql("delete from participations where id = ?").param(id).update();
  }

  Optional<StoredParticipation> participation(UUID id) {
    return jdbc.sql(PARTICIPATIONS + " where p.id = ?")
        .param(id)
        .query(PortfolioTables::participation)
        .optional();
  }

  /** The subjects' participations, earliest first, by subject. */
  Map<UUID, List<ParticipationView>> participations(Collection<UUID> subjects) {
    return jdbc
        .sql(PARTICIPATIONS + " where p.subject_id = any(?) order by p.joined_on, o.name")
        .param(subjects.toArray(UUID[]::new))
        .query(PortfolioTables::participation)
        .list()
        .stream()
        .collect(
            Collectors.groupingBy(
                StoredParticipation::subject,
                Collectors.mapping(StoredParticipation::view, Collectors.toList())));
  }

  /** The organisation's services and initiatives that budget lines may fund. */
  List<Participants.Fundable> fundable(String organisation) {
    return jdbc.sql(FUNDABLE + " where organisation = ? order by name")
        .param(organisation)
        .query(Participants.Fundable.class)
        .list();
  }

  Optional<Participants.Fundable> fundable(UUID id) {
    return jdbc.sql(FUNDABLE + " where id = ?")
        .param(id)
        .query(Participants.Fundable.class)
        .optional();
  }

  /** Shared services and initiatives alike: both are paid for by those taking part. */
  private static final String FUNDABLE =
      """
      select * from (
        select id, organisation_id as organisation, name from shared_services
        union all
        select id, organisation_id as organisation, name from initiatives) fundable
      """;

  private static final String PARTICIPATIONS =
      """
      select p.*, o.name as municipality_name from participations p
      join organisations o on o.id = p.municipality_id
      """;

  private static StoredService service(ResultSet rs, int row) throws SQLException {
    return new StoredService(
        rs.getObject("id", UUID.class),
        rs.getString("organisation_id"),
        rs.getString("name"),
        rs.getString("description"),
        rs.getString("owner"),
        ServiceStage.valueOf(rs.getString("stage")),
        rs.getObject("in_operation_since", LocalDate.class),
        rs.getString("stage_note"),
        rs.getBoolean("self_activated"));
  }

  private static StoredParticipation participation(ResultSet rs, int row) throws SQLException {
    return new StoredParticipation(
        rs.getObject("id", UUID.class),
        rs.getObject("subject_id", UUID.class),
        rs.getString("subject_kind"),
        rs.getString("municipality_id"),
        rs.getString("municipality_name"),
        rs.getObject("joined_on", LocalDate.class),
        rs.getObject("left_on", LocalDate.class),
        rs.getBoolean("co_financing"));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
