package se.kansli.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.organisations.Organisation;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.Forbidden;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

/**
 * Budgets per organisation and year: their lines, the AKI indexation into next year's budget. Only
 * the organisation's own staff see a budget (tenant isolation in every query); the committee
 * secretary and administrators change it.
 */
@Service
public class Budgets {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final JdbcClient jdbc;
  private final OrganisationDirectory organisations;
  private final Allocations allocations;

  Budgets(JdbcClient jdbc, OrganisationDirectory organisations, Allocations allocations) {
    this.jdbc = jdbc;
    this.organisations = organisations;
    this.allocations = allocations;
  }

  @Transactional(readOnly = true)
  public List<BudgetView> list(Actor actor) {
    List<UUID> ids =
        jdbc.sql(
                """
                select id from budgets where organisation_id = any(?)
                order by year desc, organisation_id
                """)
            .param(orgs(actor))
            .query(UUID.class)
            .list();
    return ids.stream().map(id -> get(id, actor)).toList();
  }

  @Transactional(readOnly = true)
  public BudgetView get(UUID id, Actor actor) {
    record Head(UUID id, String organisationId, int year, BigDecimal akiPercent) {}
    Head head =
        jdbc.sql(
                """
                select id, organisation_id, year, aki_percent from budgets
                where id = ? and organisation_id = any(?)
                """)
            .params(id, orgs(actor))
            .query((rs, i) ->
                new Head(
                    rs.getObject("id", UUID.class),
                    rs.getString("organisation_id"),
                    rs.getInt("year"),
                    rs.getBigDecimal("aki_percent")))
            .optional()
            .orElseThrow(Budgets::notFound);
    Organisation organisation = organisations.get(OrganisationId.of(head.organisationId()));
    return new BudgetView(
        head.id(),
        head.organisationId(),
        organisation.name(),
        head.year(),
        head.akiPercent(),
        lines(head.id(), head.year()));
  }

  @Transactional
  public BudgetView create(String organisation, int year, Actor actor) {
    requireEditor(actor);
    if (organisation == null || organisation.isBlank()) {
      throw new InvalidInput("organisation", "Välj organisation.");
    }
    actor.requireMemberOf(OrganisationId.of(organisation));
    if (year < 2000 || year > 2100) {
      throw new InvalidInput("year", "Ange ett år mellan 2000 och 2100.");
    }
    UUID id = UUID.randomUUID();
    int inserted =
        jdbc.sql(
                """
                insert into budgets (id, organisation_id, year) values (?, ?, ?)
                on conflict (organisation_id, year) do nothing
                """)
            .params(id, organisation, year)
            .update();
    if (inserted == 0) {
      throw new Conflict("year", "Det finns redan en budget för " + year + ".");
    }
    return get(id, actor);
  }

  @Transactional
  public BudgetView addLine(UUID budgetId, NewBudgetLine line, Actor actor) {
    BudgetView budget = lockForChange(budgetId, actor);
    validate(budget, line);
    int position = budget.lines().stream().mapToInt(BudgetLineView::position).max().orElse(0) + 1;
    insertLine(budgetId, UUID.randomUUID(), position, line, List.of());
    return get(budgetId, actor);
  }

  @Transactional
  public BudgetView updateLine(UUID budgetId, UUID lineId, NewBudgetLine line, Actor actor) {
    BudgetView budget = lockForChange(budgetId, actor);
    BudgetLineView old =
        budget.lines().stream()
            .filter(l -> l.id().equals(lineId))
            .findFirst()
            .orElseThrow(() -> new NotFound("Budgetraden finns inte."));
    validate(budget, line);
    jdbc.sql("delete from budget_lines where id = ?").param(lineId).update();
    insertLine(budgetId, lineId, old.position(), line, List.of());
    return get(budgetId, actor);
  }

  @Transactional
  public BudgetView removeLine(UUID budgetId, UUID lineId, Actor actor) {
    lockForChange(budgetId, actor);
    int removed =
        jdbc.sql("delete from budget_lines where id = ? and budget_id = ?")
            .params(lineId, budgetId)
            .update();
    if (removed == 0) {
      throw new NotFound("Budgetraden finns inte.");
    }
    return get(budgetId, actor);
  }

  /** The AKI percentage of the cooperation agreement that indexes this budget into the next. */
  @Transactional
  public BudgetView setAki(UUID budgetId, BigDecimal percent, Actor actor) {
    lockForChange(budgetId, actor);
    if (percent == null) {
      throw new InvalidInput("akiPercent", "Ange AKI i procent.");
    }
    if (percent.compareTo(BigDecimal.valueOf(-50)) < 0
        || percent.compareTo(BigDecimal.valueOf(50)) > 0
        || percent.stripTrailingZeros().scale() > 3) {
      throw new InvalidInput(
          "akiPercent", "AKI ska vara mellan −50 och 50 procent med högst tre decimaler.");
    }
    jdbc.sql("update budgets set aki_percent = ? where id = ?").params(percent, budgetId).update();
    return get(budgetId, actor);
  }

  /**
   * Next year's budget from this one: every line × (1 + AKI %), rounded half up to whole kronor
   * (fees are decided in whole kronor; öre would only be noise after indexation), with the same
   * allocation models, participants and percentages. The new budget has no AKI of its own yet.
   */
  @Transactional
  public BudgetView indexNextYear(UUID budgetId, Actor actor) {
    BudgetView budget = lockForChange(budgetId, actor);
    if (budget.akiPercent() == null) {
      throw new InvalidInput("akiPercent", "Ange AKI för " + budget.year() + " först.");
    }
    BudgetView next = create(budget.organisation(), budget.year() + 1, actor);
    for (BudgetLineView line : budget.lines()) {
      insertLine(
          next.id(),
          UUID.randomUUID(),
          line.position(),
          new NewBudgetLine(
              line.kind(),
              line.name(),
              indexed(line.amount(), budget.akiPercent()).toBigDecimal(),
              line.allocationModel(),
              line.fundedBy(),
              line.percentages()),
          line.fundedBy() == null ? line.participatingMunicipalities() : List.of());
    }
    return get(next.id(), actor);
  }

  static Money indexed(Money amount, BigDecimal akiPercent) {
    BigDecimal factor = BigDecimal.ONE.add(akiPercent.divide(HUNDRED));
    return Money.of(amount.toBigDecimal().multiply(factor).setScale(0, RoundingMode.HALF_UP));
  }

  /** The lines of one kind split per municipality. */
  @Transactional(readOnly = true)
  public BudgetAllocation allocation(UUID budgetId, LineKind kind, Actor actor) {
    return allocations.allocate(get(budgetId, actor), kind, actor);
  }

  @Transactional(readOnly = true)
  public InvoiceBasis invoiceBasis(UUID budgetId, Actor actor) {
    return allocations.invoiceBasis(get(budgetId, actor), actor);
  }

  private BudgetView lockForChange(UUID budgetId, Actor actor) {
    requireEditor(actor);
    jdbc.sql("select id from budgets where id = ? and organisation_id = any(?) for update")
        .params(budgetId, orgs(actor))
        .query(UUID.class)
        .optional()
        .orElseThrow(Budgets::notFound);
    return get(budgetId, actor);
  }

  private void validate(BudgetView budget, NewBudgetLine line) {
    int year = budget.year();
    String organisation = budget.organisation();
    if (line.kind() == null) {
      throw new InvalidInput("kind", "Välj intäkt eller kostnad.");
    }
    if (line.name() == null || line.name().isBlank()) {
      throw new InvalidInput("name", "Ange radens namn.");
    }
    String name = line.name().strip();
    if (line.amount() == null) {
      throw new InvalidInput("amount", "Ange belopp för raden \"" + name + "\".");
    }
    if (line.amount().signum() < 0 || line.amount().stripTrailingZeros().scale() > 2) {
      throw new InvalidInput(
          "amount",
          "Beloppet för raden \"" + name + "\" ska vara noll eller mer, i kronor och öre.");
    }
    if (line.amount().compareTo(new BigDecimal("999999999999.99")) > 0) {
      throw new InvalidInput("amount", "Beloppet för raden \"" + name + "\" är för stort.");
    }
    if (line.allocationModel() == null) {
      throw new InvalidInput("allocationModel", "Välj fördelningsmodell.");
    }
    Set<String> municipalities =
        allocations.municipalities().stream()
            .map(Organisation::id)
            .map(OrganisationId::value)
            .collect(java.util.stream.Collectors.toSet());
    switch (line.allocationModel()) {
      case PARTICIPANTS -> {
        if (line.fundedBy() == null) {
          throw new InvalidInput(
              "fundedBy",
              "Välj vilken gemensam tjänst eller vilket initiativ raden \""
                  + name
                  + "\" finansierar; de som deltar i den betalar.");
        }
        allocations
            .fundable(line.fundedBy())
            .filter(f -> f.organisation().equals(organisation))
            .orElseThrow(() ->
                new InvalidInput(
                    "fundedBy", "Tjänsten eller initiativet finns inte i portföljen."));
      }
      case FIXED_PERCENTAGES -> {
        BigDecimal sum = BigDecimal.ZERO;
        for (var e : line.percentages().entrySet()) {
          if (!municipalities.contains(e.getKey())) {
            throw new InvalidInput("percentages", "Okänd kommun: " + e.getKey() + ".");
          }
          if (e.getValue() == null || e.getValue().signum() < 0) {
            throw new InvalidInput(
                "percentages",
                "Procentsatserna för raden \"" + name + "\" kan inte vara negativa.");
          }
          sum = sum.add(e.getValue());
        }
        if (sum.compareTo(HUNDRED) != 0) {
          throw new InvalidInput(
              "percentages",
              "Procentsatserna för raden \""
                  + name
                  + "\" summerar till "
                  + sum.stripTrailingZeros().toPlainString().replace('.', ',')
                  + " %, inte 100 %.");
        }
      }
      case POPULATION ->
          allocations
              .populations()
              .forYear(
                  year, allocations.municipalities().stream().map(Organisation::id).toList(), name);
      case EQUAL, METERED -> {}
    }
  }

  /**
   * @param legacyParticipants only for a line from before the portfolio, copied to next year: its
   *     own list of who pays
   */
  private void insertLine(
      UUID budgetId,
      UUID lineId,
      int position,
      NewBudgetLine line,
      List<String> legacyParticipants) {
    boolean participants = line.allocationModel() == AllocationModel.PARTICIPANTS;
    jdbc.sql(
            """
            insert into budget_lines (id, budget_id, position, kind, name, amount,
              allocation_model, participating_municipalities, funded_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            lineId,
            budgetId,
            position,
            line.kind().name(),
            line.name().strip(),
            line.amount().setScale(2),
            line.allocationModel().name(),
            participants
                ? legacyParticipants.stream().sorted().toArray(String[]::new)
                : new String[0],
            participants ? line.fundedBy() : null)
        .update();
    if (line.allocationModel() == AllocationModel.FIXED_PERCENTAGES) {
      for (var e : new TreeMap<>(line.percentages()).entrySet()) {
        jdbc.sql(
                "insert into budget_line_percentages (line_id, organisation_id, percent) values (?, ?, ?)")
            .params(lineId, e.getKey(), e.getValue())
            .update();
      }
    }
  }

  private List<BudgetLineView> lines(UUID budgetId, int year) {
    Map<UUID, Map<String, BigDecimal>> percentages = new LinkedHashMap<>();
    jdbc.sql(
            """
            select p.line_id, p.organisation_id, p.percent from budget_line_percentages p
            join budget_lines l on l.id = p.line_id where l.budget_id = ?
            order by p.organisation_id
            """)
        .param(budgetId)
        .query((ResultSet rs) -> {
          percentages
              .computeIfAbsent(rs.getObject("line_id", UUID.class), k -> new LinkedHashMap<>())
              .put(rs.getString("organisation_id"), rs.getBigDecimal("percent"));
        });
    Map<String, Integer> order = allocations.swedishOrder();
    return jdbc.sql("select * from budget_lines where budget_id = ? order by position")
        .param(budgetId)
        .query((rs, i) -> {
          UUID id = rs.getObject("id", UUID.class);
          UUID fundedBy = rs.getObject("funded_by", UUID.class);
          List<String> participants =
              fundedBy == null
                  ? strings(rs.getArray("participating_municipalities"))
                  : List.copyOf(allocations.payingDays(fundedBy, year).keySet());
          return new BudgetLineView(
              id,
              rs.getInt("position"),
              LineKind.valueOf(rs.getString("kind")),
              rs.getString("name"),
              Money.of(rs.getBigDecimal("amount")),
              AllocationModel.valueOf(rs.getString("allocation_model")),
              fundedBy,
              allocations.fundable(fundedBy).map(f -> f.name()).orElse(null),
              participants.stream()
                  .sorted(java.util.Comparator.comparing(m -> order.getOrDefault(m, 99)))
                  .toList(),
              Map.copyOf(percentages.getOrDefault(id, Map.of())));
        })
        .list();
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
  }

  private static void requireEditor(Actor actor) {
    if (!actor.has(Role.ADMINISTRATOR) && !actor.has(Role.COMMITTEE_SECRETARY)) {
      throw new Forbidden("Endast nämndsekreterare och administratörer får ändra budgeten.");
    }
  }

  private static String[] orgs(Actor actor) {
    return actor.organisations().stream().map(OrganisationId::value).toArray(String[]::new);
  }

  private static NotFound notFound() {
    return new NotFound("Budgeten finns inte eller så saknar du behörighet.");
  }
}
