package se.kansli.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.kansli.KansliApplication;
import se.kansli.organisations.NewStaffUser;
import se.kansli.organisations.StaffDirectory;
import se.kansli.organisations.StaffUser;
import se.kansli.registry.Journal;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

/**
 * The registry benchmark (docs/PERFORMANCE.md): the real application on its embedded PostgreSQL,
 * loaded with {@code bench.cases} cases (default 1,000,000) with 3 documents each over the 14
 * municipalities, then measured with concurrent clients over HTTP, beside raw PostgreSQL doing the
 * same registration writes. Run it with {@code ./mvnw -Pbenchmark test}; it is tagged so that the
 * normal build never runs it.
 *
 * <p>System properties: {@code bench.cases}, {@code bench.clients} (8), {@code bench.warmup}
 * seconds (30) and {@code bench.seconds} measured per phase (60); {@code bench.jfr=true} records a
 * Java Flight Recorder profile of each measured period into {@code target/bench-*.jfr}; {@code
 * bench.phases} (raw,registration,search,page) runs only some phases, without a report; {@code
 * bench.rateShare} (0.5) sets the fixed-rate rows' rate as a share of the rate each phase reached.
 */
@Tag("benchmark")
class RegistryBenchmark {

  private static final String PASSWORD = "benchmark-password-2026";

  @Test
  void registry() throws Exception {
    int total = Integer.getInteger("bench.cases", 1_000_000);
    int clients = Integer.getInteger("bench.clients", 8);
    Duration warmup = Duration.ofSeconds(Long.getLong("bench.warmup", 30));
    Duration measured = Duration.ofSeconds(Long.getLong("bench.seconds", 60));
    Set<String> phases =
        Set.of(System.getProperty("bench.phases", "raw,registration,search,page").split(","));
    String dataDirectory = "target/bench-postgres-" + total;
    String loadBefore = Bench.loadAverage();
    Bench.log(
        "Kansli benchmark: %,d cases, %d clients, %ss warm-up + %ss measured per phase, data in %s",
        total, clients, warmup.toSeconds(), measured.toSeconds(), dataDirectory);
    ConfigurableApplicationContext app =
        new SpringApplicationBuilder(KansliApplication.class)
            .run(
                // Arguments, not default properties: they must win over application.yml.
                "--server.port=0",
                "--kansli.embedded-database.data-directory=" + dataDirectory,
                "--kansli.embedded-database.clean=false",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--logging.level.se.kansli=WARN");
    try {
      String base =
          "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
      DataSource ds = app.getBean(DataSource.class);
      String jdbcUrl = ((HikariDataSource) ds).getJdbcUrl();
      Map<String, StaffUser> registrars = new LinkedHashMap<>();
      Map<String, BenchData.OrgStaff> staff = new LinkedHashMap<>();
      StaffDirectory directory = app.getBean(StaffDirectory.class);
      for (String org : BenchData.POPULATION.keySet()) {
        StaffUser registrar = user(directory, "bench.registrator." + org, Role.REGISTRAR, org);
        StaffUser officer = user(directory, "bench.handlaggare." + org, Role.CASE_OFFICER, org);
        registrars.put(org, registrar);
        staff.put(
            org, new BenchData.OrgStaff(registrar.id(), registrar.displayName(), officer.id()));
      }
      BenchData.ensureLoaded(jdbcUrl, total, staff, Instant.now().truncatedTo(ChronoUnit.MICROS));

      if (Boolean.getBoolean("bench.verifyJournal")) {
        StaffUser admin = user(directory, "bench.admin", Role.ADMINISTRATOR, "lulea");
        var verification = app.getBean(Journal.class).verify(admin.asActor());
        Bench.log(
            "Journal verified: %,d rows, intact: %s %s",
            verification.entriesChecked(), verification.intact(), verification.breaks());
      }
      Map<String, String> facts = facts(ds);
      List<String> clientOrgs = new ArrayList<>();
      BenchData.apportion(clients).forEach((org, n) -> clientOrgs.addAll(nCopies(n, org)));
      Bench.log("Clients by municipality: %s", clientOrgs);

      List<RawRegistration> raws = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        String org = clientOrgs.get(i);
        StaffUser u = registrars.get(org);
        raws.add(
            new RawRegistration(
                jdbcUrl, org, u.id(), u.displayName(), staff.get(org).officerId(), 1000 + i));
      }
      checkpoint(ds);
      Load.Result raw =
          phases.contains("raw")
              ? Load.run("Raw PostgreSQL registration (JDBC)", List.copyOf(raws), warmup, measured)
              : null;
      for (RawRegistration r : raws) {
        r.close();
      }

      checkpoint(ds);
      List<Load.Call> registering = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        String org = clientOrgs.get(i);
        registering.add(
            registration(base, registrars.get(org), org, staff.get(org).officerId(), 2000 + i));
      }
      Load.Result registration =
          phases.contains("registration")
              ? Load.run("Case registration, POST /api/cases", registering, warmup, measured)
              : null;

      checkpoint(ds);
      List<Load.Call> searching = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        String org = clientOrgs.get(i);
        searching.add(search(base, registrars.get(org), org, 3000 + i));
      }
      Load.Result search =
          phases.contains("search")
              ? Load.run("Full-text search, GET /api/search", searching, warmup, measured)
              : null;

      List<Load.Call> viewing = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        String org = clientOrgs.get(i);
        viewing.add(casePage(base, registrars.get(org), caseIds(ds, org), 4000 + i));
      }
      Load.Result page =
          phases.contains("page")
              ? Load.run("Case page, GET /cases/{id}", viewing, warmup, measured)
              : null;
      if (raw == null || registration == null || search == null || page == null) {
        Bench.log("Only some phases were run (bench.phases); no report.");
        return;
      }

      // The same requests from one client (a Luleå registrar): the latency without queueing
      // behind the benchmark's own other clients.
      Duration briefly = Duration.ofSeconds(5);
      Duration half = measured.dividedBy(2);
      List<Load.Result> alone =
          List.of(
              Load.run("Case registration, 1 client", registering.subList(0, 1), briefly, half),
              Load.run("Full-text search, 1 client", searching.subList(0, 1), briefly, half),
              Load.run("Case page, 1 client", viewing.subList(0, 1), briefly, half));

      // The same clients at half the rate each reached above, due at fixed times: the latency
      // of a loaded but not saturated server.
      double share = Double.parseDouble(System.getProperty("bench.rateShare", "0.5"));
      List<Load.Result> atRate =
          List.of(
              Load.runAtRate(
                  "Case registration at " + Math.round(share * 100) + " % of its rate",
                  registering,
                  share * registration.perSecond(),
                  briefly,
                  half),
              Load.runAtRate(
                  "Full-text search at " + Math.round(share * 100) + " % of its rate",
                  searching,
                  share * search.perSecond(),
                  briefly,
                  half),
              Load.runAtRate(
                  "Case page at " + Math.round(share * 100) + " % of its rate",
                  viewing,
                  share * page.perSecond(),
                  briefly,
                  half));

      List<String> perQuery = perQuery(base, registrars.get("lulea"));
      String loadAfter = Bench.loadAverage();
      String report =
          report(
              total,
              clients,
              warmup,
              measured,
              clientOrgs,
              facts,
              loadBefore,
              loadAfter,
              raw,
              registration,
              search,
              page,
              alone,
              atRate,
              perQuery);
      Path out = Path.of("target/benchmark-results.md");
      Files.writeString(out, report);
      System.out.println();
      System.out.println(report);
      Bench.log("Written to %s", out.toAbsolutePath());
    } finally {
      app.close();
    }
  }

  private static <T> List<T> nCopies(int n, T value) {
    return java.util.Collections.nCopies(n, value);
  }

  private static StaffUser user(StaffDirectory directory, String username, Role role, String org) {
    return directory
        .findByUsername(username)
        .orElseGet(() ->
            directory.create(
                new NewStaffUser(
                    username,
                    (role == Role.REGISTRAR ? "Registrator " : "Handläggare ") + org,
                    username + "@example.se",
                    EnumSet.of(role),
                    Set.of(OrganisationId.of(org)),
                    PASSWORD,
                    false)));
  }

  private static HttpClient http() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  private static String basic(StaffUser u) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((u.username() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private static Load.Call registration(
      String base, StaffUser registrar, String org, UUID officer, long seed) {
    HttpClient http = http();
    String auth = basic(registrar);
    SplittableRandom r = new SplittableRandom(seed);
    URI uri = URI.create(base + "/api/cases");
    return () -> {
      SwedishText.Kind kind = SwedishText.kind(r);
      String applicant = SwedishText.person(r);
      String body =
          "{\"organisation\":\""
              + org
              + "\",\"classificationCode\":\""
              + kind.code()
              + "\",\"title\":\""
              + SwedishText.title(r, kind, org)
              + "\",\"description\":\""
              + SwedishText.description(r, org, applicant)
              + "\",\"caseOfficerId\":\""
              + officer
              + "\",\"parties\":[{\"kind\":\"PERSON\",\"name\":\""
              + applicant
              + "\",\"role\":\"Sökande\"}]}";
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(uri)
                  .header("Authorization", auth)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      expect(response, 201);
    };
  }

  private static Load.Call search(String base, StaffUser registrar, String org, long seed) {
    HttpClient http = http();
    String auth = basic(registrar);
    SplittableRandom r = new SplittableRandom(seed);
    return () -> {
      String q = SwedishText.search(r, org);
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(
                          base + "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                  .header("Authorization", auth)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      expect(response, 200);
    };
  }

  private static Load.Call casePage(String base, StaffUser registrar, List<UUID> ids, long seed)
      throws Exception {
    HttpClient http = loggedIn(base, registrar);
    SplittableRandom r = new SplittableRandom(seed);
    return () -> {
      UUID id = ids.get(r.nextInt(ids.size()));
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/cases/" + id)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      expect(response, 200);
    };
  }

  /** A browser-like session: the login form with its CSRF token, then the session cookie. */
  private static HttpClient loggedIn(String base, StaffUser user) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .build();
    String form =
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(form);
    if (!csrf.find()) {
      throw new IllegalStateException("No CSRF token in the login page");
    }
    String body =
        "username="
            + URLEncoder.encode(user.username(), StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String location = response.headers().firstValue("Location").orElse("");
    if (response.statusCode() != 302 || location.contains("error")) {
      throw new IllegalStateException("Login failed: " + response.statusCode() + " " + location);
    }
    return http;
  }

  private static void expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      String body = response.body();
      throw new IllegalStateException(
          response.request().method()
              + " "
              + response.request().uri()
              + " answered "
              + response.statusCode()
              + ": "
              + body.substring(0, Math.min(300, body.length())));
    }
  }

  /** Loaded cases of the organisation, for the case page clients to open at random. */
  private static List<UUID> caseIds(DataSource ds, String org) throws SQLException {
    List<UUID> ids = new ArrayList<>();
    try (Connection c = ds.getConnection();
        var ps =
            c.prepareStatement(
                "select id from cases where organisation_id = ? order by random() limit 5000")) {
      ps.setString(1, org);
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getObject(1, UUID.class));
        }
      }
    }
    return ids;
  }

  /** Each search form alone, one client, for the notes: which searches cost what. */
  private static List<String> perQuery(String base, StaffUser registrar) throws Exception {
    HttpClient http = http();
    String auth = basic(registrar);
    List<String> rows = new ArrayList<>();
    for (String template : SwedishText.SEARCHES) {
      String q =
          template
              .replace("%l", "Porsön")
              .replace("%s", "Keskitalo")
              .replace("%n", "Anna")
              .replace("%d", "12:4");
      long best = Long.MAX_VALUE;
      long worst = 0;
      int hits = 0;
      for (int i = 0; i < 5; i++) {
        long t0 = System.nanoTime();
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(
                        URI.create(
                            base + "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                    .header("Authorization", auth)
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        long t = System.nanoTime() - t0;
        expect(response, 200);
        hits = countMatches(response.body(), "\"caseNumber\"");
        best = Math.min(best, t);
        worst = Math.max(worst, t);
      }
      rows.add(
          String.format(
              Locale.ROOT, "| `%s` | %d | %.1f | %.1f |", q, hits, best / 1e6, worst / 1e6));
    }
    return rows;
  }

  private static int countMatches(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  private static void checkpoint(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("checkpoint");
    }
  }

  private static Map<String, String> facts(DataSource ds) throws SQLException {
    Map<String, String> facts = new LinkedHashMap<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      for (String[] q :
          new String[][] {
            {"PostgreSQL", "select split_part(version(), ' on ', 1)"},
            {"Cases", "select to_char(count(*), 'FM999,999,999') from cases"},
            {"Documents", "select to_char(count(*), 'FM999,999,999') from documents"},
            {"Journal rows", "select to_char(count(*), 'FM999,999,999') from journal"},
            {"Database size", "select pg_size_pretty(pg_database_size(current_database()))"},
            {"shared_buffers", "show shared_buffers"},
            {"synchronous_commit", "show synchronous_commit"}
          }) {
        try (var rs = s.executeQuery(q[1])) {
          rs.next();
          facts.put(q[0], rs.getString(1));
        }
      }
    }
    return facts;
  }

  private static String report(
      int total,
      int clients,
      Duration warmup,
      Duration measured,
      List<String> clientOrgs,
      Map<String, String> facts,
      String loadBefore,
      String loadAfter,
      Load.Result raw,
      Load.Result registration,
      Load.Result search,
      Load.Result page,
      List<Load.Result> alone,
      List<Load.Result> atRate,
      List<String> perQuery) {
    double ratio = registration.perSecond() / raw.perSecond();
    StringBuilder out = new StringBuilder();
    out.append("# Kansli benchmark results\n\n");
    out.append(
        String.format(
            Locale.ROOT,
            "Run %s, %,d cases loaded, %d concurrent clients per phase (%s), %ds warm-up + %ds"
                + " measured per phase.\n\n",
            Instant.now().truncatedTo(ChronoUnit.SECONDS),
            total,
            clients,
            String.join(", ", clientOrgs),
            warmup.toSeconds(),
            measured.toSeconds()));
    out.append("| Measurement | Clients | Requests | Rate (/s) | p50 (ms) | p99 (ms) | Max (ms) |")
        .append(" Errors |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Load.Result r : List.of(raw, registration, search, page)) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %,d | %.1f | %.1f | %.1f | %.1f | %d |\n",
              r.name(),
              r.clients(),
              r.requests(),
              r.perSecond(),
              r.p50(),
              r.p99(),
              r.max(),
              r.errors()));
    }
    out.append("\nOne client alone, no other client of the benchmark waiting beside it:\n\n")
        .append(
            "| Measurement | Requests | Rate (/s) | p50 (ms) | p99 (ms) | Max (ms) | Errors |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (Load.Result r : alone) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %.1f | %.1f | %.1f | %.1f | %d |\n",
              r.name(),
              r.requests(),
              r.perSecond(),
              r.p50(),
              r.p99(),
              r.max(),
              r.errors()));
    }
    out.append(
            "\nThe same 8 clients with requests due at a fixed rate, half the rate reached above")
        .append(" (latency from when each request was due):\n\n")
        .append(
            "| Measurement | Requests | Rate (/s) | p50 (ms) | p99 (ms) | Max (ms) | Errors |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (Load.Result r : atRate) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %.1f | %.1f | %.1f | %.1f | %d |\n",
              r.name(),
              r.requests(),
              r.perSecond(),
              r.p50(),
              r.p99(),
              r.max(),
              r.errors()));
    }
    out.append("\n| Target (with all clients) | Measured | Met |\n|---|---|---|\n");
    out.append(
        target(
            "Registration >= 50 % of raw PostgreSQL",
            String.format(Locale.ROOT, "%.0f %%", ratio * 100), ratio >= 0.5));
    out.append(
        target(
            "Registration p99 < 100 ms",
            String.format(Locale.ROOT, "%.1f ms", registration.p99()),
            registration.p99() < 100));
    out.append(
        target(
            "Search p99 < 100 ms",
            String.format(Locale.ROOT, "%.1f ms", search.p99()),
            search.p99() < 100));
    out.append(
        target(
            "Case page p99 < 50 ms",
            String.format(Locale.ROOT, "%.1f ms", page.p99()),
            page.p99() < 50));
    out.append("\nEach search alone, one client, a Luleå registrar (5 runs):\n\n")
        .append("| Search | Hits on page 1 | Best (ms) | Worst (ms) |\n|---|---:|---:|---:|\n");
    perQuery.forEach(row -> out.append(row).append('\n'));
    out.append("\n| Machine and data | |\n|---|---|\n");
    out.append(
        String.format(
            Locale.ROOT,
            "| CPU | %s, %d cores seen by the JVM |\n",
            Bench.cpu(),
            Runtime.getRuntime().availableProcessors()));
    out.append("| Memory | " + Bench.memoryGiB() + " GiB |\n");
    out.append("| Load average before / after | " + loadBefore + " / " + loadAfter + " |\n");
    out.append(
        "| JVM | "
            + System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.version")
            + " |\n");
    facts.forEach((k, v) -> out.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    return out.toString();
  }

  private static String target(String what, String measured, boolean met) {
    return "| " + what + " | " + measured + " | " + (met ? "yes" : "**no**") + " |\n";
  }
}
