package se.kansli.benchmark;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import se.kansli.shared.Sha256;

/**
 * Bulk-loads the registry for the benchmark straight into PostgreSQL with COPY: cases with a party
 * and three documents each, the journal (a valid hash chain per organisation: registration, three
 * documents, closing), case series and journal heads, all as the application would have left them.
 * The application's own secondary indexes are dropped during the load and rebuilt after it.
 */
final class BenchData {

  static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
  static final String GENESIS = "0".repeat(64);
  static final int FIRST_YEAR = 2017;
  private static final int CHUNK = 10_000;

  /** The 14 municipalities and their population (SCB 2023-12-31), as in V1_1. */
  static final Map<String, Integer> POPULATION = new LinkedHashMap<>();

  static {
    POPULATION.put("lulea", 79352);
    POPULATION.put("pitea", 42344);
    POPULATION.put("boden", 27943);
    POPULATION.put("kiruna", 22433);
    POPULATION.put("gallivare", 17330);
    POPULATION.put("kalix", 15547);
    POPULATION.put("haparanda", 9177);
    POPULATION.put("alvsbyn", 7783);
    POPULATION.put("arvidsjaur", 6113);
    POPULATION.put("pajala", 5871);
    POPULATION.put("jokkmokk", 4728);
    POPULATION.put("overtornea", 4088);
    POPULATION.put("overkalix", 3162);
    POPULATION.put("arjeplog", 2609);
  }

  /** The users a municipality's cases are registered by and assigned to. */
  record OrgStaff(UUID registrarId, String registrarName, UUID officerId) {}

  private BenchData() {}

  /** Splits {@code total} over the municipalities by population (largest remainder). */
  static Map<String, Integer> apportion(int total) {
    long sum = POPULATION.values().stream().mapToLong(Integer::longValue).sum();
    Map<String, Integer> out = new LinkedHashMap<>();
    Map<String, Double> remainders = new LinkedHashMap<>();
    int given = 0;
    for (var e : POPULATION.entrySet()) {
      double exact = (double) total * e.getValue() / sum;
      out.put(e.getKey(), (int) exact);
      remainders.put(e.getKey(), exact - (int) exact);
      given += (int) exact;
    }
    List<String> byRemainder = new ArrayList<>(remainders.keySet());
    byRemainder.sort(Comparator.comparing(remainders::get).reversed());
    for (int i = 0; given < total; i++, given++) {
      out.merge(byRemainder.get(i % byRemainder.size()), 1, Integer::sum);
    }
    return out;
  }

  /**
   * Its own connection, never one of the application's pool: the load changes session settings
   * (synchronous_commit, session_replication_role) that must not leak into the measurements.
   */
  static Connection connect(String jdbcUrl) throws SQLException {
    return DriverManager.getConnection(jdbcUrl, "postgres", "");
  }

  static long count(String ds, String sql) throws SQLException {
    try (Connection c = connect(ds);
        Statement s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Loads {@code total} cases unless the database already holds them. */
  static void ensureLoaded(String ds, int total, Map<String, OrgStaff> staff, Instant now)
      throws Exception {
    long existing = count(ds, "select count(*) from cases");
    if (existing >= total) {
      Bench.log("Data already loaded: %,d cases; skipping the load.", existing);
      return;
    }
    if (existing > 0) {
      throw new IllegalStateException(
          "The benchmark database holds "
              + existing
              + " cases, fewer than "
              + total
              + ": delete its data directory (target/bench-postgres-*) and run again.");
    }
    long start = System.nanoTime();
    Bench.log("Loading %,d cases with 3 documents each...", total);
    List<String> indexes = dropIndexes(ds);
    Map<String, Integer> perOrg = apportion(total);
    List<String> orgs = new ArrayList<>(perOrg.keySet());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (String org : orgs) {
        done.add(
            pool.submit(() -> loadOrganisation(ds, org, perOrg.get(org), staff.get(org), now)));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    Bench.log("Rows copied in %s; building indexes...", since(start));
    try (Connection c = connect(ds);
        Statement s = c.createStatement()) {
      s.execute("set maintenance_work_mem = '1GB'");
      s.execute("set max_parallel_maintenance_workers = 2");
      for (String ddl : indexes) {
        long t = System.nanoTime();
        s.execute(ddl);
        Bench.log("  %s (%s)", ddl, since(t));
      }
      s.execute(
          """
          insert into case_series (organisation_id, year, last_serial)
          select organisation_id, year, max(serial) from cases group by organisation_id, year
          """);
      Bench.log("Vacuum and analyze...");
      for (String table : List.of("cases", "case_parties", "documents", "journal")) {
        s.execute("vacuum (analyze) " + table);
      }
      s.execute("analyze");
      s.execute("checkpoint");
    }
    Bench.log("Loaded %,d cases in %s", total, since(start));
  }

  /** The application's secondary indexes; the load rebuilds them from their own definitions. */
  private static List<String> dropIndexes(String ds) throws SQLException {
    List<String> ddl = new ArrayList<>();
    try (Connection c = connect(ds);
        Statement s = c.createStatement()) {
      List<String> names = new ArrayList<>();
      try (var rs =
          s.executeQuery(
              """
              select i.indexname, i.indexdef from pg_indexes i
              where i.schemaname = 'public'
                and i.tablename in ('cases', 'case_parties', 'documents', 'journal')
                and not exists (select 1 from pg_constraint k where k.conname = i.indexname)
              """)) {
        while (rs.next()) {
          names.add(rs.getString(1));
          ddl.add(rs.getString(2));
        }
      }
      for (String name : names) {
        s.execute("drop index " + name);
      }
    }
    return ddl;
  }

  private static void loadOrganisation(
      String ds, String org, int cases, OrgStaff staff, Instant now) {
    try (Connection c = connect(ds)) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        // Every row is consistent by construction; skip the per-row foreign key triggers.
        s.execute("set session_replication_role = replica");
        s.execute("set synchronous_commit = off");
      }
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      new OrganisationLoad(org, cases, staff, now, copy, c).run();
      try (Statement s = c.createStatement()) {
        s.execute("set session_replication_role = origin");
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("Loading " + org + " failed", e);
    }
  }

  /** One municipality's cases, year by year, serial by serial, with its journal chain. */
  private static final class OrganisationLoad {
    private final String org;
    private final int total;
    private final OrgStaff staff;
    private final Instant now;
    private final CopyManager copy;
    private final Connection connection;
    private final SplittableRandom r;
    private final StringBuilder cases = new StringBuilder(1 << 22);
    private final StringBuilder parties = new StringBuilder(1 << 20);
    private final StringBuilder documents = new StringBuilder(1 << 22);
    private final StringBuilder journal = new StringBuilder(1 << 23);
    private long position;
    private String previousHash = GENESIS;
    private int buffered;

    OrganisationLoad(
        String org, int total, OrgStaff staff, Instant now, CopyManager copy, Connection c) {
      this.org = org;
      this.total = total;
      this.staff = staff;
      this.now = now;
      this.copy = copy;
      this.connection = c;
      this.r = new SplittableRandom(org.hashCode() * 31L + total);
    }

    void run() throws SQLException {
      int currentYear = LocalDate.ofInstant(now, SWEDEN).getYear();
      // Each past year weighs 1; the current one as much as has passed of it.
      ZonedDateTime yearStart = ZonedDateTime.of(currentYear, 1, 1, 0, 0, 0, 0, SWEDEN);
      double currentShare =
          Duration.between(yearStart.toInstant(), now).toSeconds()
              / (double) Duration.ofDays(365).toSeconds();
      int years = currentYear - FIRST_YEAR;
      double weights = years + currentShare;
      int given = 0;
      for (int year = FIRST_YEAR; year <= currentYear; year++) {
        int n = year == currentYear ? total - given : (int) Math.round(total * (1 / weights));
        given += n;
        Instant from = ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, SWEDEN).toInstant();
        Instant to =
            year == currentYear
                ? now.minus(1, ChronoUnit.HOURS)
                : ZonedDateTime.of(year + 1, 1, 1, 0, 0, 0, 0, SWEDEN).toInstant();
        long span = Duration.between(from, to).toMillis() * 1000;
        for (int serial = 1; serial <= n; serial++) {
          long micros = (long) ((serial - 1 + r.nextDouble()) * span / n);
          addCase(year, serial, from.plus(micros, ChronoUnit.MICROS), currentYear);
          if (++buffered == CHUNK) {
            flush();
          }
        }
      }
      flush();
      try (var ps =
          connection.prepareStatement(
              "insert into journal_heads (organisation_id, position, hash) values (?, ?, ?)")) {
        ps.setString(1, org);
        ps.setLong(2, position);
        ps.setString(3, previousHash);
        ps.executeUpdate();
      }
    }

    private void addCase(int year, int serial, Instant registeredAt, int currentYear) {
      SwedishText.Kind kind = SwedishText.kind(r);
      String code = kind.code();
      String caseNumber = year + "/" + serial + "-" + code;
      String title = SwedishText.title(r, kind, org);
      boolean company = r.nextInt(5) == 0;
      String applicant =
          company ? SwedishText.pick(r, SwedishText.COMPANIES) : SwedishText.person(r);
      String description = SwedishText.description(r, org, applicant);
      UUID id = uuid();
      LocalDate registeredOn = LocalDate.ofInstant(registeredAt, SWEDEN);
      LocalDate today = LocalDate.ofInstant(now, SWEDEN);
      LocalDate closedOn = null;
      String outcome = null;
      if (year < currentYear || r.nextInt(3) == 0) {
        closedOn = registeredOn.plusDays(5 + r.nextInt(120));
        if (closedOn.isAfter(today)) {
          closedOn = null;
        } else {
          outcome = SwedishText.pick(r, SwedishText.OUTCOMES);
        }
      }
      String partyKind = company ? "ORGANISATION" : "PERSON";
      row(
          cases,
          id,
          org,
          year,
          serial,
          code,
          caseNumber,
          title,
          description,
          staff.officerId(),
          closedOn == null ? "OPEN" : "CLOSED",
          registeredAt,
          staff.registrarId(),
          closedOn,
          outcome);
      row(parties, uuid(), id, 0, partyKind, applicant, "Sökande");
      String partiesJson =
          "[{\"kind\":\""
              + partyKind
              + "\",\"name\":"
              + json(applicant)
              + ",\"role\":\"Sökande\"}]";
      String open =
          caseSnapshot(caseNumber, title, description, code, "OPEN", null, null, partiesJson);
      journal(id, null, registeredAt, "CASE_REGISTERED", null, open);
      String[][] docs = {
        {"INCOMING", SwedishText.pick(r, SwedishText.INCOMING), applicant},
        {"OUTGOING", SwedishText.pick(r, SwedishText.OUTGOING), applicant},
        {"INTERNAL", SwedishText.pick(r, SwedishText.INTERNAL), null}
      };
      for (int i = 0; i < docs.length; i++) {
        UUID documentId = uuid();
        Instant at = registeredAt.plus(i + 1, ChronoUnit.MINUTES);
        LocalDate date = registeredOn.plusDays(i * (1 + r.nextInt(10)));
        String direction = docs[i][0];
        String desc = docs[i][1];
        String counterpart = docs[i][2];
        boolean publicAccess = r.nextInt(4) != 0;
        row(
            documents,
            documentId,
            id,
            org,
            i + 1,
            direction,
            date,
            counterpart,
            desc,
            closedOn == null ? "DRAFT" : "FINAL",
            publicAccess,
            at,
            staff.registrarId());
        String after =
            "{\"serial\":"
                + (i + 1)
                + ",\"direction\":\""
                + direction
                + "\",\"documentDate\":\""
                + date
                + "\""
                + (counterpart == null ? "" : ",\"counterpart\":" + json(counterpart))
                + ",\"description\":"
                + json(desc)
                + ",\"final\":false,\"publicAccess\":"
                + publicAccess
                + "}";
        journal(id, documentId, at, "DOCUMENT_REGISTERED", null, after);
      }
      if (closedOn != null) {
        Instant at = closedOn.atTime(14, 0).atZone(SWEDEN).toInstant();
        String closed =
            caseSnapshot(
                caseNumber, title, description, code, "CLOSED", closedOn, outcome, partiesJson);
        journal(id, null, at, "CASE_CLOSED", open, closed);
      }
    }

    private String caseSnapshot(
        String caseNumber,
        String title,
        String description,
        String code,
        String status,
        LocalDate closedOn,
        String outcome,
        String partiesJson) {
      return "{\"caseNumber\":"
          + json(caseNumber)
          + ",\"title\":"
          + json(title)
          + ",\"description\":"
          + json(description)
          + ",\"classificationCode\":"
          + json(code)
          + ",\"caseOfficerId\":\""
          + staff.officerId()
          + "\",\"status\":\""
          + status
          + "\""
          + (closedOn == null ? "" : ",\"closedOn\":\"" + closedOn + "\"")
          + (outcome == null ? "" : ",\"outcome\":" + json(outcome))
          + ",\"secretFields\":[],\"parties\":"
          + partiesJson
          + "}";
    }

    private void journal(
        UUID caseId, UUID documentId, Instant at, String action, String before, String after) {
      position++;
      Instant occurred = at.truncatedTo(ChronoUnit.MICROS);
      String hash =
          Sha256.of(
              String.join(
                  "\u001f",
                  previousHash,
                  org,
                  Long.toString(position),
                  caseId.toString(),
                  documentId == null ? "" : documentId.toString(),
                  staff.registrarId().toString(),
                  staff.registrarName(),
                  occurred.toString(),
                  action,
                  before == null ? "" : before,
                  after == null ? "" : after));
      row(
          journal,
          org,
          position,
          caseId,
          documentId,
          staff.registrarId(),
          staff.registrarName(),
          occurred,
          action,
          before,
          after,
          previousHash,
          hash);
      previousHash = hash;
    }

    private void flush() throws SQLException {
      if (buffered == 0) {
        return;
      }
      copy(
          "cases (id, organisation_id, year, serial, classification_code, case_number, title,"
              + " description, case_officer_id, status, registered_at, registered_by, closed_on,"
              + " outcome)",
          cases);
      copy("case_parties (id, case_id, position, kind, name, role)", parties);
      copy(
          "documents (id, case_id, organisation_id, serial, direction, document_date, counterpart,"
              + " description, status, public_access, registered_at, registered_by)",
          documents);
      copy(
          "journal (organisation_id, position, case_id, document_id, actor_id, actor_name,"
              + " occurred_at, action, before_state, after_state, previous_hash, hash)",
          journal);
      connection.commit();
      buffered = 0;
    }

    private void copy(String table, StringBuilder rows) throws SQLException {
      try {
        copy.copyIn("copy " + table + " from stdin", new StringReader(rows.toString()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      rows.setLength(0);
    }

    private UUID uuid() {
      long hi = (r.nextLong() & ~0xF000L) | 0x4000L;
      long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
      return new UUID(hi, lo);
    }
  }

  /** One line of COPY text format. */
  private static void row(StringBuilder out, Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append('\t');
      }
      Object v = values[i];
      if (v == null) {
        out.append("\\N");
      } else {
        String s = v.toString();
        for (int j = 0; j < s.length(); j++) {
          char ch = s.charAt(j);
          switch (ch) {
            case '\\' -> out.append("\\\\");
            case '\t' -> out.append("\\t");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            default -> out.append(ch);
          }
        }
      }
    }
    out.append('\n');
  }

  /** A JSON string literal; the generated text has no control characters. */
  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static String since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos)
        .truncatedTo(ChronoUnit.SECONDS)
        .toString();
  }
}
