package se.kansli.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.kansli.organisations.Organisation;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.portfolio.Participants;
import se.kansli.shared.Actor;
import se.kansli.shared.OrganisationId;
import se.kansli.signing.EidMetering;
import se.kansli.signing.EidMetering.TransactionCount;
import se.kansli.signing.TransactionKind;

/**
 * Splits budget lines between the municipalities by each line's allocation model, to the öre by
 * largest remainder, and builds the year-end invoice basis. All 14 municipalities take part in
 * every line except a PARTICIPANTS line, which is split among those taking part in the shared
 * service or initiative it funds, by their days of participation in the year.
 */
@Component
class Allocations {

  private final OrganisationDirectory organisations;
  private final Populations populations;
  private final EidMetering metering;
  private final FollowUpProperties properties;
  private final Participants participants;

  Allocations(
      OrganisationDirectory organisations,
      Populations populations,
      EidMetering metering,
      FollowUpProperties properties,
      Participants participants) {
    this.organisations = organisations;
    this.populations = populations;
    this.metering = metering;
    this.properties = properties;
    this.participants = participants;
  }

  /** Who pays for a line funding a shared service or an initiative: days of taking part. */
  Map<String, Long> payingDays(UUID fundedBy, int year) {
    return participants.payingDays(fundedBy, year);
  }

  java.util.Optional<Participants.Fundable> fundable(UUID id) {
    return participants.find(id);
  }

  List<Participants.Fundable> fundable(String organisation) {
    return participants.fundable(organisation);
  }

  /** The municipalities in Swedish order of their names. */
  List<Organisation> municipalities() {
    return organisations.all().stream()
        .filter(o -> o.kind() == Organisation.Kind.MUNICIPALITY)
        .toList();
  }

  Map<String, Integer> swedishOrder() {
    Map<String, Integer> order = new HashMap<>();
    List<Organisation> all = municipalities();
    for (int i = 0; i < all.size(); i++) {
      order.put(all.get(i).id().value(), i);
    }
    return order;
  }

  Populations populations() {
    return populations;
  }

  BudgetAllocation allocate(BudgetView budget, LineKind kind, Actor actor) {
    List<Organisation> municipalities = municipalities();
    List<BudgetLineView> lines = budget.lines().stream().filter(l -> l.kind() == kind).toList();
    Map<String, Long> metered =
        lines.stream().anyMatch(l -> l.allocationModel() == AllocationModel.METERED)
            ? meteredCounts(budget, actor)
            : Map.of();
    List<Map<String, Long>> splits = new ArrayList<>();
    for (BudgetLineView line : lines) {
      splits.add(
          LargestRemainder.split(
              line.amount().ore(), weights(budget.year(), line, municipalities, metered)));
    }
    List<BudgetAllocation.Row> rows = new ArrayList<>();
    Money total = Money.ZERO;
    for (Organisation m : municipalities) {
      List<Money> shares = new ArrayList<>();
      Money sum = Money.ZERO;
      for (Map<String, Long> split : splits) {
        Money share = new Money(split.getOrDefault(m.id().value(), 0L));
        shares.add(share);
        sum = sum.plus(share);
      }
      rows.add(new BudgetAllocation.Row(m.id().value(), m.name(), shares, sum));
      total = total.plus(sum);
    }
    return new BudgetAllocation(budget, kind, lines, rows, total);
  }

  /** Weights in Swedish order of the municipalities, so that rounding ties break the same way. */
  Map<String, BigDecimal> weights(
      int year, BudgetLineView line, List<Organisation> municipalities, Map<String, Long> metered) {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    switch (line.allocationModel()) {
      case EQUAL -> municipalities.forEach(m -> weights.put(m.id().value(), BigDecimal.ONE));
      case PARTICIPANTS -> {
        Map<String, Long> days =
            line.fundedBy() == null ? Map.of() : participants.payingDays(line.fundedBy(), year);
        municipalities.stream()
            .map(m -> m.id().value())
            .filter(line.participatingMunicipalities()::contains)
            .forEach(m ->
                weights.put(
                    m,
                    line.fundedBy() == null
                        ? BigDecimal.ONE
                        : BigDecimal.valueOf(days.getOrDefault(m, 0L))));
      }
      case POPULATION ->
          populations
              .forYear(year, municipalities.stream().map(Organisation::id).toList(), line.name())
              .forEach((id, n) -> weights.put(id.value(), BigDecimal.valueOf(n)));
      case FIXED_PERCENTAGES ->
          municipalities.forEach(m ->
              weights.put(
                  m.id().value(),
                  line.percentages().getOrDefault(m.id().value(), BigDecimal.ZERO)));
      case METERED ->
          municipalities.forEach(m ->
              weights.put(
                  m.id().value(), BigDecimal.valueOf(metered.getOrDefault(m.id().value(), 0L))));
    }
    return weights;
  }

  /** Transactions per organisation in the budget year, as far as {@link #transactions} sees. */
  private Map<String, Long> meteredCounts(BudgetView budget, Actor actor) {
    Map<String, Long> counts = new HashMap<>();
    for (TransactionCount c : transactions(budget, actor)) {
      counts.merge(c.organisation(), c.count(), Long::sum);
    }
    return counts;
  }

  /**
   * The budget year's eID transactions. The committee's budget bills every member municipality, so
   * it reads all of them, though its readers are seldom members of every municipality; any other
   * organisation's budget sees only what the reader's own memberships allow.
   */
  private List<TransactionCount> transactions(BudgetView budget, Actor actor) {
    OrganisationId owner = OrganisationId.of(budget.organisation());
    LocalDate from = yearStart(budget.year());
    LocalDate to = yearEnd(budget.year());
    boolean committee =
        organisations.find(owner).map(o -> o.kind() == Organisation.Kind.COMMITTEE).orElse(false);
    return committee
        ? metering.countsBilledBy(owner, from, to, actor)
        : metering.counts(from, to, actor);
  }

  InvoiceBasis invoiceBasis(BudgetView budget, Actor actor) {
    BudgetAllocation fees = allocate(budget, LineKind.REVENUE, actor);
    Map<String, Map<String, Long>> transactions = new HashMap<>();
    for (TransactionCount c : transactions(budget, actor)) {
      transactions
          .computeIfAbsent(c.organisation(), k -> new TreeMap<>())
          .merge(priceKey(c.kind(), c.provider()), c.count(), Long::sum);
    }
    List<InvoiceBasis.Row> rows = new ArrayList<>();
    Money total = Money.ZERO;
    for (BudgetAllocation.Row fee : fees.rows()) {
      List<InvoiceBasis.Transactions> used = new ArrayList<>();
      for (var e : transactions.getOrDefault(fee.municipality(), Map.of()).entrySet()) {
        Money unit = Money.of(properties.unitPrices().getOrDefault(e.getKey(), BigDecimal.ZERO));
        used.add(
            new InvoiceBasis.Transactions(
                e.getKey(), e.getValue(), unit, unit.times(e.getValue())));
      }
      Money costs =
          used.stream().map(InvoiceBasis.Transactions::cost).reduce(Money.ZERO, Money::plus);
      InvoiceBasis.Row row =
          new InvoiceBasis.Row(
              fee.municipality(), fee.name(), fee.total(), used, fee.total().plus(costs));
      rows.add(row);
      total = total.plus(row.total());
    }
    return new InvoiceBasis(budget, rows, total);
  }

  /** "bankid-signature", "freja-authentication", …; an SMS costs the same whoever sent it. */
  static String priceKey(TransactionKind kind, String provider) {
    if (kind == TransactionKind.SMS) {
      return "sms";
    }
    return provider.toLowerCase(java.util.Locale.ROOT)
        + "-"
        + kind.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static LocalDate yearStart(int year) {
    return LocalDate.of(year, 1, 1);
  }

  private static LocalDate yearEnd(int year) {
    return LocalDate.of(year, 12, 31);
  }
}
