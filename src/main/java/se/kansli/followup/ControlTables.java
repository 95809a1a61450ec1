package se.kansli.followup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The internal control plan's points and their follow-ups. */
@Repository
class ControlTables {

  record StoredPoint(
      UUID id,
      String organisation,
      String title,
      String method,
      String owner,
      ControlFrequency frequency,
      LocalDate startsOn) {}

  private final JdbcClient jdbc;

  ControlTables(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(UUID id, NewControlPoint point) {
    jdbc.sql(
            """
            insert into control_points (id, organisation_id, title, method, owner, frequency,
                                        starts_on, created_at)
            values (?, ?, ?, ?, ?, ?, ?, now())
            """)
        .params(
            id,
            point.organisation(),
            point.title().strip(),
            point.method().strip(),
            point.owner().strip(),
            point.frequency().name(),
            point.startsOn())
        .update();
  }

  List<StoredPoint> of(Collection<String> organisations) {
    if (organisations.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select * from control_points where organisation_id in (:orgs) order by title")
        .param("orgs", organisations)
        .query((rs, i) -> point(rs))
        .list();
  }

  Optional<StoredPoint> find(UUID id, Collection<String> organisations, boolean lock) {
    if (organisations.isEmpty()) {
      return Optional.empty();
    }
    return jdbc.sql(
            "select * from control_points where id = :id and organisation_id in (:orgs)"
                + (lock ? " for update" : ""))
        .param("id", id)
        .param("orgs", organisations)
        .query((rs, i) -> point(rs))
        .optional();
  }

  void insertFollowUp(UUID point, NewFollowUp followUp) {
    jdbc.sql(
            """
            insert into control_follow_ups (id, control_point_id, followed_up_on, result, comment,
                                            created_at)
            values (?, ?, ?, ?, ?, now())
            """)
        .params(
            UUID.randomUUID(),
            point,
            followUp.date(),
            followUp.result().strip(),
            followUp.comment() == null ? "" : followUp.comment().strip())
        .update();
  }

  Map<UUID, List<FollowUpView>> followUps(Collection<UUID> points) {
    if (points.isEmpty()) {
      return Map.of();
    }
    record Row(UUID point, FollowUpView followUp) {}
    return jdbc
        .sql(
            """
            select * from control_follow_ups where control_point_id in (:ids)
            order by followed_up_on desc, created_at desc
            """)
        .param("ids", points)
        .query((rs, i) ->
            new Row(
                rs.getObject("control_point_id", UUID.class),
                new FollowUpView(
                    rs.getObject("id", UUID.class),
                    rs.getObject("followed_up_on", LocalDate.class),
                    rs.getString("result"),
                    rs.getString("comment"))))
        .list()
        .stream()
        .collect(
            Collectors.groupingBy(
                Row::point, Collectors.mapping(Row::followUp, Collectors.toList())));
  }

  private static StoredPoint point(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new StoredPoint(
        rs.getObject("id", UUID.class),
        rs.getString("organisation_id"),
        rs.getString("title"),
        rs.getString("method"),
        rs.getString("owner"),
        ControlFrequency.valueOf(rs.getString("frequency")),
        rs.getObject("starts_on", LocalDate.class));
  }
}
