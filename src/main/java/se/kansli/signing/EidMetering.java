package se.kansli.signing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.organisations.Organisation;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.shared.Actor;
import se.kansli.shared.Forbidden;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.OrganisationId;

/**
 * Records every eID authentication, signature and SMS against the municipality that caused it, so
 * that transaction costs (BankID, Freja, SMS) can be billed to each municipality.
 */
@Service
public class EidMetering {

  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private final JdbcClient jdbc;
  private final OrganisationDirectory organisations;

  EidMetering(JdbcClient jdbc, OrganisationDirectory organisations) {
    this.jdbc = jdbc;
    this.organisations = organisations;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void record(
      OrganisationId organisation, TransactionKind kind, String provider, String reference) {
    jdbc.sql(
            """
            insert into eid_transactions (organisation_id, kind, provider, occurred_at, reference)
            values (?, ?, ?, ?, ?)
            """)
        .params(
            organisation.value(),
            kind.name(),
            provider,
            OffsetDateTime.ofInstant(Instant.now(), SWEDEN),
            reference)
        .update();
  }

  /**
   * Counts per organisation, kind and provider for a period (both days included), of the actor's
   * own organisations.
   */
  @Transactional(readOnly = true)
  public List<TransactionCount> counts(LocalDate from, LocalDate to, Actor actor) {
    return query(
        actor.organisations().stream().map(OrganisationId::value).toArray(String[]::new), from, to);
  }

  /**
   * The same for every organisation, for the joint committee that bills its members: its budget
   * splits the costs by every municipality's use, and its staff need not be members of each
   * municipality. Only a member of {@code billingOrganisation}, and only when that is the
   * committee, may read them.
   */
  @Transactional(readOnly = true)
  public List<TransactionCount> countsBilledBy(
      OrganisationId billingOrganisation, LocalDate from, LocalDate to, Actor actor) {
    boolean committee =
        billingOrganisation != null
            && organisations
                .find(billingOrganisation)
                .map(o -> o.kind() == Organisation.Kind.COMMITTEE)
                .orElse(false);
    if (!committee || !actor.belongsTo(billingOrganisation)) {
      throw new Forbidden(
          "Endast den gemensamma nämndens användare får se alla kommuners eID-transaktioner.");
    }
    return query(
        organisations.all().stream().map(o -> o.id().value()).toArray(String[]::new), from, to);
  }

  private List<TransactionCount> query(String[] organisationIds, LocalDate from, LocalDate to) {
    if (from == null || to == null) {
      throw new InvalidInput("from", "Ange period med från- och till-datum.");
    }
    if (to.isBefore(from)) {
      throw new InvalidInput("to", "Till-datum kan inte ligga före från-datum.");
    }
    return jdbc.sql(
            """
            select organisation_id, kind, provider, count(*) as n from eid_transactions
            where organisation_id = any(?) and occurred_at >= ? and occurred_at < ?
            group by organisation_id, kind, provider
            order by organisation_id, kind, provider
            """)
        .params(
            organisationIds,
            from.atStartOfDay(SWEDEN).toOffsetDateTime(),
            to.plusDays(1).atStartOfDay(SWEDEN).toOffsetDateTime())
        .query((rs, i) ->
            new TransactionCount(
                rs.getString("organisation_id"),
                TransactionKind.valueOf(rs.getString("kind")),
                rs.getString("provider"),
                rs.getLong("n")))
        .list();
  }

  /** How many transactions of one kind a provider made for an organisation in a period. */
  public record TransactionCount(
      String organisation, TransactionKind kind, String provider, long count) {}
}
