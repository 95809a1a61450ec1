package se.kansli.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.shared.Actor;
import se.kansli.shared.Forbidden;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

/**
 * Actual outcome per budget line and month, imported from the ledger's CSV export, and the forecast
 * for the year set by hand per line.
 *
 * <p>The ledger format: a header row, then one row per posting with three columns separated by
 * {@code ;} or {@code ,} (whichever the header uses; with {@code ,} amounts with a decimal comma
 * must be quoted):
 *
 * <ol>
 *   <li>month: {@code 1}–{@code 12} or {@code YYYY-MM} within the budget's year;
 *   <li>line: the budget line's name (case and å/ä/ö insensitive) or its position number;
 *   <li>amount in kronor: decimal comma or point, spaces as thousand separators, never negative.
 * </ol>
 *
 * Rows of the same line and month are summed. The file is UTF-8 (with or without BOM) or, failing
 * that, Windows-1252, which is what Swedish ledgers tend to export.
 */
@Service
public class Actuals {

  static final int MAX_ERRORS = 20;
  // No line of a joint committee comes near a billion kronor; beyond that it is a misplaced column.
  private static final BigDecimal ABSURD = new BigDecimal("1000000000");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final JdbcClient jdbc;
  private final Budgets budgets;

  Actuals(JdbcClient jdbc, Budgets budgets) {
    this.jdbc = jdbc;
    this.budgets = budgets;
  }

  /** Replaces the months the file holds; nothing is stored unless every row is valid. */
  @Transactional
  public ImportResult importLedger(UUID budgetId, String fileName, byte[] csv, Actor actor) {
    BudgetView budget = lockForChange(budgetId, actor);
    if (csv == null || csv.length == 0) {
      throw new InvalidInput("file", "Välj en CSV-fil från ekonomisystemet.");
    }
    String name = fileName == null || fileName.isBlank() ? "okänd fil" : fileName.strip();
    String encoding = StandardCharsets.UTF_8.name();
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(csv))
              .toString();
    } catch (CharacterCodingException e) {
      text = new String(csv, WINDOWS_1252);
      encoding = WINDOWS_1252.name();
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<String> rows = text.lines().toList();
    if (rows.isEmpty() || rows.getFirst().isBlank()) {
      throw new InvalidInput("file", "Filen saknar rubrikrad (månad;rad;belopp).");
    }
    char separator = count(rows.getFirst(), ';') >= count(rows.getFirst(), ',') ? ';' : ',';

    Map<String, BudgetLineView> byName = new HashMap<>();
    Map<Integer, BudgetLineView> byPosition = new HashMap<>();
    // A name on both a revenue and a cost line says nothing about which one; the file must use the
    // line's number for those.
    java.util.Set<String> ambiguous = new java.util.HashSet<>();
    for (BudgetLineView line : budget.lines()) {
      if (byName.put(normalise(line.name()), line) != null) {
        ambiguous.add(normalise(line.name()));
      }
      byPosition.put(line.position(), line);
    }
    ambiguous.forEach(byName::remove);

    List<String> errors = new ArrayList<>();
    Map<Integer, Map<UUID, Long>> sums = new TreeMap<>();
    for (int i = 1; i < rows.size() && errors.size() < MAX_ERRORS; i++) {
      String row = rows.get(i);
      if (row.isBlank()) {
        continue;
      }
      int number = i + 1;
      List<String> cells = split(row, separator);
      if (cells.size() != 3) {
        errors.add(
            "Rad " + number + ": " + cells.size() + " kolumner, väntade 3 (månad, rad, belopp).");
        continue;
      }
      Integer month = month(cells.get(0).strip(), budget.year(), number, errors);
      BudgetLineView line =
          line(cells.get(1).strip(), byName, ambiguous, byPosition, number, errors);
      Long ore = amount(cells.get(2), number, errors);
      if (month != null && line != null && ore != null) {
        sums.computeIfAbsent(month, m -> new HashMap<>()).merge(line.id(), ore, Math::addExact);
      }
    }
    if (!errors.isEmpty()) {
      String more = errors.size() >= MAX_ERRORS ? " (fler fel kan finnas)" : "";
      throw new InvalidInput("file", "Inget importerades. " + String.join(" ", errors) + more);
    }
    if (sums.isEmpty()) {
      throw new InvalidInput("file", "Filen innehåller inga rader att importera.");
    }
    String sha256 = sha256(csv);
    int stored = 0;
    for (var month : sums.entrySet()) {
      jdbc.sql("delete from budget_actuals where budget_id = ? and month = ?")
          .params(budgetId, month.getKey())
          .update();
      for (var line : month.getValue().entrySet()) {
        stored +=
            jdbc.sql(
                    """
                    insert into budget_actuals
                      (budget_id, line_id, month, amount, source_file, source_sha256)
                    values (?, ?, ?, ?, ?, ?)
                    """)
                .params(budgetId, line.getKey(), month.getKey(), line.getValue(), name, sha256)
                .update();
      }
    }
    return new ImportResult(name, sha256, encoding, List.copyOf(sums.keySet()), stored);
  }

  /** The forecast for the year of one line; {@code null} removes it so the budget applies again. */
  @Transactional
  public BudgetOutcome setForecast(
      UUID budgetId, UUID lineId, BigDecimal amount, String comment, Actor actor) {
    BudgetView budget = lockForChange(budgetId, actor);
    if (budget.lines().stream().noneMatch(l -> l.id().equals(lineId))) {
      throw new NotFound("Budgetraden finns inte.");
    }
    if (amount == null) {
      jdbc.sql("delete from budget_forecasts where line_id = ?").param(lineId).update();
      return outcome(budgetId, actor);
    }
    if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
      throw new InvalidInput("amount", "Prognosen ska vara noll eller mer, i kronor och öre.");
    }
    if (amount.compareTo(ABSURD) > 0) {
      throw new InvalidInput("amount", "Prognosen är orimligt stor (över 1 000 000 000 kr).");
    }
    String note = comment == null || comment.isBlank() ? null : comment.strip();
    jdbc.sql(
            """
            insert into budget_forecasts (line_id, budget_id, amount, comment) values (?, ?, ?, ?)
            on conflict (line_id) do update
              set amount = excluded.amount, comment = excluded.comment, set_at = now()
            """)
        .params(lineId, budgetId, Money.of(amount).ore(), note)
        .update();
    return outcome(budgetId, actor);
  }

  @Transactional(readOnly = true)
  public BudgetOutcome outcome(UUID budgetId, Actor actor) {
    return outcome(budgetId, 12, actor);
  }

  /**
   * The outcome to the end of {@code throughMonth}, for a report on January to that month: months
   * imported since are left out, so a report made late still shows its own period.
   */
  @Transactional(readOnly = true)
  public BudgetOutcome outcome(UUID budgetId, int throughMonth, Actor actor) {
    BudgetView budget = budgets.get(budgetId, actor);
    Map<UUID, Long> actual = new HashMap<>();
    int[] lastMonth = {0};
    jdbc.sql("select line_id, month, amount from budget_actuals where budget_id = ? and month <= ?")
        .params(budgetId, throughMonth)
        .query((java.sql.ResultSet rs) -> {
          actual.merge(rs.getObject("line_id", UUID.class), rs.getLong("amount"), Long::sum);
          lastMonth[0] = Math.max(lastMonth[0], rs.getInt("month"));
        });
    record Set(long amount, String comment) {}
    Map<UUID, Set> forecasts = new HashMap<>();
    jdbc.sql("select line_id, amount, comment from budget_forecasts where budget_id = ?")
        .param(budgetId)
        .query((java.sql.ResultSet rs) -> {
          forecasts.put(
              rs.getObject("line_id", UUID.class),
              new Set(rs.getLong("amount"), rs.getString("comment")));
        });
    List<LineOutcome> lines = new ArrayList<>();
    for (BudgetLineView line : budget.lines()) {
      Set forecast = forecasts.get(line.id());
      lines.add(
          new LineOutcome(
              line.id(),
              line.position(),
              line.kind(),
              line.name(),
              line.amount(),
              new Money(actual.getOrDefault(line.id(), 0L)),
              proRata(line.amount(), lastMonth[0]),
              forecast == null ? line.amount() : new Money(forecast.amount()),
              forecast != null,
              forecast == null ? null : forecast.comment()));
    }
    return new BudgetOutcome(budgetId, budget.year(), lastMonth[0], lines);
  }

  /** The budget for the first {@code months} months, rounded half up to the öre. */
  static Money proRata(Money budget, int months) {
    return new Money(
        BigDecimal.valueOf(budget.ore())
            .multiply(BigDecimal.valueOf(months))
            .divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP)
            .longValueExact());
  }

  private static Integer month(String cell, int year, int row, List<String> errors) {
    try {
      if (cell.matches("\\d{4}-\\d{1,2}")) {
        int y = Integer.parseInt(cell.substring(0, 4));
        int m = Integer.parseInt(cell.substring(5));
        if (y != year || m < 1 || m > 12) {
          errors.add(
              "Rad " + row + ", månad: \"" + cell + "\" ligger inte inom budgetåret " + year + ".");
          return null;
        }
        return m;
      }
      int m = Integer.parseInt(cell);
      if (m >= 1 && m <= 12) {
        return m;
      }
    } catch (NumberFormatException e) {
      // Falls through to the message below: not a month in either form.
    }
    errors.add(
        "Rad " + row + ", månad: \"" + cell + "\" är inte en månad (1–12 eller " + year + "-MM).");
    return null;
  }

  private static BudgetLineView line(
      String cell,
      Map<String, BudgetLineView> byName,
      java.util.Set<String> ambiguous,
      Map<Integer, BudgetLineView> byPosition,
      int row,
      List<String> errors) {
    if (ambiguous.contains(normalise(cell))) {
      errors.add(
          "Rad " + row + ", rad: \"" + cell + "\" finns på flera budgetrader; ange radens nummer.");
      return null;
    }
    BudgetLineView line =
        cell.matches("\\d{1,6}")
            ? byPosition.get(Integer.parseInt(cell))
            : byName.get(normalise(cell));
    if (line == null) {
      errors.add("Rad " + row + ", rad: \"" + cell + "\" finns inte i budgeten.");
    }
    return line;
  }

  private static Long amount(String cell, int row, List<String> errors) {
    String s = cell.strip().replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
    if (s.startsWith("-") || s.startsWith("\u2212")) {
      errors.add(
          "Rad "
              + row
              + ", belopp: \""
              + cell.strip()
              + "\" är negativt; ange utfallet som ett"
              + " positivt belopp.");
      return null;
    }
    BigDecimal kronor;
    try {
      kronor = new BigDecimal(s);
    } catch (NumberFormatException e) {
      errors.add("Rad " + row + ", belopp: \"" + cell.strip() + "\" är inte ett belopp.");
      return null;
    }
    if (kronor.signum() < 0 || kronor.stripTrailingZeros().scale() > 2) {
      errors.add("Rad " + row + ", belopp: \"" + cell.strip() + "\" har mer än två decimaler.");
      return null;
    }
    if (kronor.compareTo(ABSURD) > 0) {
      errors.add(
          "Rad "
              + row
              + ", belopp: \""
              + cell.strip()
              + "\" är orimligt stort (över"
              + " 1 000 000 000 kr).");
      return null;
    }
    return Money.of(kronor).ore();
  }

  /** Names match regardless of case, surrounding space and å/ä/ö versus a/o. */
  static String normalise(String name) {
    String decomposed =
        Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").replaceAll("\\s+", " ");
  }

  /** One CSV row split on the separator, honouring double quotes (and "" inside them). */
  static List<String> split(String row, char separator) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < row.length(); i++) {
      char c = row.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == separator) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  private static int count(String s, char c) {
    return (int) s.chars().filter(x -> x == c).count();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private BudgetView lockForChange(UUID budgetId, Actor actor) {
    if (!actor.has(Role.ADMINISTRATOR) && !actor.has(Role.COMMITTEE_SECRETARY)) {
      throw new Forbidden(
          "Endast nämndsekreterare och administratörer får ändra utfall och prognos.");
    }
    String[] orgs =
        actor.organisations().stream().map(OrganisationId::value).toArray(String[]::new);
    jdbc.sql("select id from budgets where id = ? and organisation_id = any(?) for update")
        .params(budgetId, orgs)
        .query(UUID.class)
        .optional()
        .orElseThrow(() -> new NotFound("Budgeten finns inte eller så saknar du behörighet."));
    return budgets.get(budgetId, actor);
  }
}
