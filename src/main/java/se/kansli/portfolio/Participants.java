package se.kansli.portfolio;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who takes part in what the portfolio runs, for other modules: the budget's allocation among
 * participants reads it, so that participation is kept in one place only.
 */
@Service
public class Participants {

  private final PortfolioTables tables;

  Participants(PortfolioTables tables) {
    this.tables = tables;
  }

  /** Something municipalities take part in and pay for: a shared service or an initiative. */
  public record Fundable(UUID id, String organisation, String name) {}

  /** What the organisation's budget lines may fund, by name. */
  @Transactional(readOnly = true)
  public List<Fundable> fundable(String organisation) {
    return tables.fundable(organisation);
  }

  @Transactional(readOnly = true)
  public Optional<Fundable> find(UUID id) {
    return id == null ? Optional.empty() : tables.fundable(id);
  }

  /**
   * How many days of the year each municipality took part in the subject and paid for it: the
   * weights of the budget's allocation among participants, so that a municipality that joins on 1
   * May pays for eight months. Municipalities that did not take part that year are left out.
   */
  @Transactional(readOnly = true)
  public Map<String, Long> payingDays(UUID subject, int year) {
    Map<String, Long> days = new LinkedHashMap<>();
    tables.participations(List.of(subject)).getOrDefault(subject, List.of()).stream()
        .filter(ParticipationView::coFinancing)
        .forEach(p -> days.merge(p.municipality(), p.period().daysIn(year), Long::sum));
    days.values().removeIf(d -> d == 0);
    return days;
  }
}
