package se.kansli.eservices;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.shared.Actor;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.OrganisationId;

/**
 * E-service statistics for staff, limited to their organisations: submissions, handling time and
 * the share handled within the target per e-service, month and municipality, beside the number of
 * distinct visitors of the catalogue page.
 */
@Service
public class EServiceStatistics {

  private final StatisticsQueries queries;

  EServiceStatistics(StatisticsQueries queries) {
    this.queries = queries;
  }

  @Transactional(readOnly = true)
  public List<StatisticsRow> year(int year, Actor actor) {
    if (year < 2000 || year > 2100) {
      throw new InvalidInput("year", "Ange ett år mellan 2000 och 2100.");
    }
    String[] orgs =
        actor.organisations().stream().map(OrganisationId::value).toArray(String[]::new);
    record Key(UUID eService, String organisation, String month) {}
    Map<Key, StatisticsRow> rows = new LinkedHashMap<>();
    for (var h : queries.handling(orgs, year)) {
      rows.put(
          new Key(h.eService(), h.organisation(), h.month()),
          new StatisticsRow(
              new EServiceId(h.eService()),
              h.title(),
              h.organisation(),
              h.month(),
              h.submissions(),
              h.closed(),
              round(h.median()),
              round(h.p90()),
              h.closed() == 0 ? null : (double) h.withinTarget() / h.closed(),
              0));
    }
    for (var v : queries.visits(orgs, year)) {
      Key key = new Key(v.eService(), v.organisation(), v.month());
      StatisticsRow r = rows.get(key);
      rows.put(
          key,
          r == null
              ? new StatisticsRow(
                  new EServiceId(v.eService()),
                  v.title(),
                  v.organisation(),
                  v.month(),
                  0,
                  0,
                  null,
                  null,
                  null,
                  v.visitors())
              : new StatisticsRow(
                  r.eService(),
                  r.eServiceTitle(),
                  r.organisation(),
                  r.month(),
                  r.submissions(),
                  r.closed(),
                  r.medianDays(),
                  r.p90Days(),
                  r.withinTarget(),
                  v.visitors()));
    }
    List<StatisticsRow> result = new ArrayList<>(rows.values());
    result.sort(
        Comparator.comparing(StatisticsRow::eServiceTitle)
            .thenComparing(StatisticsRow::organisation)
            .thenComparing(StatisticsRow::month));
    return result;
  }

  /** Days to one decimal: finer than that says nothing about handling times. */
  private static Double round(Double days) {
    return days == null ? null : Math.round(days * 10) / 10.0;
  }
}
