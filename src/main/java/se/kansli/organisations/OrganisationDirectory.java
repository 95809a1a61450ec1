package se.kansli.organisations;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;

/** Looks up organisations; the committee first, then the municipalities in Swedish order. */
@Service
public class OrganisationDirectory {

  private final JdbcClient jdbc;

  OrganisationDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Organisation> all() {
    return jdbc
        .sql(
            """
            select * from organisations
            order by kind = 'MUNICIPALITY', name collate "C"
            """)
        .query((rs, i) -> map(rs))
        .list()
        .stream()
        .sorted(SwedishOrder.BY_KIND_THEN_NAME)
        .toList();
  }

  public Optional<Organisation> find(OrganisationId id) {
    return jdbc.sql("select * from organisations where id = ?")
        .param(id.value())
        .query((rs, i) -> map(rs))
        .optional();
  }

  public Organisation get(OrganisationId id) {
    return find(id).orElseThrow(() -> new NotFound("Organisationen finns inte: " + id));
  }

  public boolean exists(String id) {
    return jdbc.sql("select count(*) from organisations where id = ?")
            .param(id)
            .query(Integer.class)
            .single()
        > 0;
  }

  private static Organisation map(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Organisation(
        OrganisationId.of(rs.getString("id")),
        rs.getString("name"),
        Organisation.Kind.valueOf(rs.getString("kind")),
        rs.getBoolean("host"),
        Optional.ofNullable(rs.getString("hosted_by")).map(OrganisationId::of),
        rs.getObject("population", Integer.class));
  }
}
