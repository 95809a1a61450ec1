package se.kansli.benchmark;

import com.zaxxer.hikari.HikariDataSource;
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
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.kansli.KansliApplication;
import se.kansli.organisations.NewStaffUser;
import se.kansli.organisations.StaffDirectory;
import se.kansli.organisations.StaffUser;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;
import tools.jackson.databind.json.JsonMapper;

/**
 * The e-service platform benchmark (docs/PERFORMANCE.md): the real application on its embedded
 * PostgreSQL with 1,000 published e-services, 260,000 resident accounts and 450,000 submitted
 * cases, measured with concurrent signed-in residents over HTTP beside raw PostgreSQL doing the
 * writes of a submission. Run it with {@code ./mvnw -Pbenchmark test -Dtest=EServicesBenchmark}.
 *
 * <p>System properties: {@code bench.eservicesScale} (1.0; 0.05 loads a twentieth for a quick run),
 * {@code bench.clients} (8), {@code bench.warmup} seconds (30), {@code bench.seconds} measured per
 * phase (60), {@code bench.jfr}, {@code bench.phases} (submission,raw,catalogue,mypages) and {@code
 * bench.rateShare} (0.5) as in {@link RegistryBenchmark}; {@code bench.residentsPerClient} (20)
 * residents signed in per My pages client.
 */
@Tag("benchmark")
class EServicesBenchmark {

  private static final String PASSWORD = "benchmark-password-2026";

  /** What residents type into the catalogue's search box; the empty one lists everything. */
  private static final String[] CATALOGUE_SEARCHES = {
    "",
    "",
    "ansökan",
    "bygglov",
    "skola",
    "tillstånd",
    "anmalan",
    "bidrag",
    "parkering",
    "buller",
    "forskoleplats",
    "hemtjänst",
    "allmän handling",
    "färdtjänst"
  };

  @Test
  void eservices() throws Exception {
    double scale = Double.parseDouble(System.getProperty("bench.eservicesScale", "1"));
    int services = Math.max(14, (int) Math.round(1_000 * scale));
    int residents = (int) Math.round(260_000 * scale);
    int submissions = (int) Math.round(450_000 * scale);
    int clients = Integer.getInteger("bench.clients", 8);
    int perClient = Integer.getInteger("bench.residentsPerClient", 20);
    Duration warmup = Duration.ofSeconds(Long.getLong("bench.warmup", 30));
    Duration measured = Duration.ofSeconds(Long.getLong("bench.seconds", 60));
    Set<String> phases =
        Set.of(System.getProperty("bench.phases", "submission,raw,catalogue,mypages").split(","));
    String dataDirectory = "target/bench-postgres-eservices-" + submissions;
    String loadBefore = Bench.loadAverage();
    Bench.log(
        "E-service benchmark: %,d e-services, %,d residents, %,d submitted cases, %d clients,"
            + " %ss warm-up + %ss measured per phase, data in %s",
        services,
        residents,
        submissions,
        clients,
        warmup.toSeconds(),
        measured.toSeconds(),
        dataDirectory);
    ConfigurableApplicationContext app =
        new SpringApplicationBuilder(KansliApplication.class)
            .run(
                "--server.port=0",
                "--kansli.embedded-database.data-directory=" + dataDirectory,
                "--kansli.embedded-database.clean=false",
                // The residents sign in with the test eID: the only one without a real provider.
                "--kansli.signing.test-eid.enabled=true",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--logging.level.se.kansli=WARN",
                // Every resident of the run would log that no mail server is configured.
                "--logging.level.se.kansli.messaging=ERROR",
                "--logging.level.se.kansli.signing.eid.TestEidProvider=ERROR");
    try {
      String base =
          "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
      DataSource ds = app.getBean(DataSource.class);
      String jdbcUrl = ((HikariDataSource) ds).getJdbcUrl();
      Map<String, BenchData.OrgStaff> staff = new LinkedHashMap<>();
      StaffDirectory directory = app.getBean(StaffDirectory.class);
      for (String org : BenchData.POPULATION.keySet()) {
        StaffUser registrar = user(directory, "bench.registrator." + org, Role.REGISTRAR, org);
        StaffUser officer = user(directory, "bench.handlaggare." + org, Role.CASE_OFFICER, org);
        staff.put(
            org, new BenchData.OrgStaff(registrar.id(), registrar.displayName(), officer.id()));
      }
      long loadStart = System.nanoTime();
      EServiceBenchData.ensureEServices(app.getBean(JsonMapper.class), jdbcUrl, services);
      BenchData.ensureLoaded(
          jdbcUrl, submissions, staff, Instant.now().truncatedTo(ChronoUnit.MICROS));
      EServiceBenchData.ensureResidents(jdbcUrl, residents);
      EServiceBenchData.ensureSubmissions(jdbcUrl, residents);
      Bench.log("Data ready after %s", BenchData.since(loadStart));
      Map<String, String> facts = facts(ds);

      List<String> clientOrgs = new ArrayList<>();
      BenchData.apportion(clients)
          .forEach((org, n) -> clientOrgs.addAll(Collections.nCopies(n, org)));
      Bench.log("Clients by municipality: %s", clientOrgs);
      TestEidResidents logins = new TestEidResidents(base, jdbcUrl);

      List<SubmissionJourney> journeys = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        String org = clientOrgs.get(i);
        UUID resident = EServiceBenchData.residentId((i * 7919 + 13) % residents);
        journeys.add(
            new SubmissionJourney(logins.signIn(resident, org), org, slugs(ds, org), 5000 + i));
      }
      checkpoint(ds);
      Load.Result submission = null;
      Histogram submitRequests = null;
      if (phases.contains("submission")) {
        long from = System.nanoTime() + warmup.toNanos();
        journeys.forEach(j -> j.countBetween(from, from + measured.toNanos()));
        submission =
            Load.run(
                "Submission journey (start, 3 pages, summary, submit, receipt)",
                List.copyOf(journeys),
                warmup,
                measured);
        submitRequests = new Histogram(TimeUnit.MINUTES.toNanos(2), 3);
        for (SubmissionJourney j : journeys) {
          submitRequests.add(j.submits());
        }
        Bench.log(
            "Submit requests in the journeys: %,d, p50 %.1f ms, p99 %.1f ms, max %.1f ms",
            submitRequests.getTotalCount(),
            ms(submitRequests.getValueAtPercentile(50)),
            ms(submitRequests.getValueAtPercentile(99)),
            ms(submitRequests.getMaxValue()));
      }

      PdfBacklog backlog = phases.contains("submission") ? PdfBacklog.drain(ds) : null;

      checkpoint(ds);
      Load.Result raw = null;
      if (phases.contains("raw")) {
        List<RawSubmission> raws = new ArrayList<>();
        Object[] pdf = answersPdf(ds);
        for (int i = 0; i < clients; i++) {
          String org = clientOrgs.get(i);
          raws.add(
              new RawSubmission(
                  jdbcUrl,
                  org,
                  EServiceBenchData.residentId((i * 7919 + 13) % residents),
                  "Anna Keskitalo",
                  publishedVersions(ds, org),
                  (byte[]) pdf[0],
                  (String) pdf[1],
                  6000 + i));
        }
        raw =
            Load.run(
                "Raw PostgreSQL submission writes (JDBC)", List.copyOf(raws), warmup, measured);
        for (RawSubmission r : raws) {
          r.close();
        }
      }

      List<Load.Call> browsing = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        browsing.add(catalogue(base, clientOrgs.get(i), 7000 + i));
      }
      Load.Result catalogue =
          phases.contains("catalogue")
              ? Load.run(
                  "Catalogue with search, GET /public/e-tjanster/{org}?q=",
                  browsing,
                  warmup,
                  measured)
              : null;

      List<Load.Call> myPages = new ArrayList<>();
      if (phases.contains("mypages")) {
        List<UUID> withCases = residentsWithCases(ds, clients * perClient);
        for (int i = 0; i < clients; i++) {
          List<ResidentSession> sessions = new ArrayList<>();
          for (int k = 0; k < perClient; k++) {
            sessions.add(logins.signIn(withCases.get(i * perClient + k), clientOrgs.get(i)));
          }
          myPages.add(myPages(sessions, 8000 + i));
        }
      }
      Load.Result mine =
          phases.contains("mypages")
              ? Load.run("My pages, GET /mina-sidor", myPages, warmup, measured)
              : null;
      if (submission == null || raw == null || catalogue == null || mine == null) {
        Bench.log("Only some phases were run (bench.phases); no report.");
        return;
      }

      Duration briefly = Duration.ofSeconds(5);
      Duration half = measured.dividedBy(2);
      List<Load.Result> alone =
          List.of(
              Load.run(
                  "Submission journey, 1 client",
                  List.copyOf(journeys.subList(0, 1)),
                  briefly,
                  half),
              Load.run("Catalogue, 1 client", browsing.subList(0, 1), briefly, half),
              Load.run("My pages, 1 client", myPages.subList(0, 1), briefly, half));
      double share = Double.parseDouble(System.getProperty("bench.rateShare", "0.5"));
      String percent = Math.round(share * 100) + " % of its rate";
      List<Load.Result> atRate =
          List.of(
              Load.runAtRate(
                  "Submission journey at " + percent,
                  List.copyOf(journeys),
                  atLeastOnePerTenSeconds(share * submission.perSecond()),
                  briefly,
                  half),
              Load.runAtRate(
                  "Catalogue at " + percent,
                  browsing,
                  atLeastOnePerTenSeconds(share * catalogue.perSecond()),
                  briefly,
                  half),
              Load.runAtRate(
                  "My pages at " + percent,
                  myPages,
                  atLeastOnePerTenSeconds(share * mine.perSecond()),
                  briefly,
                  half));
      String loadAfter = Bench.loadAverage();
      String report =
          new EServicesReport(
                  scale, clients, warmup, measured, clientOrgs, facts, loadBefore, loadAfter)
              .write(submission, submitRequests, backlog, raw, catalogue, mine, alone, atRate);
      Path out = Path.of("target/eservices-benchmark-results.md");
      Files.writeString(out, report);
      System.out.println();
      System.out.println(report);
      Bench.log("Written to %s", out.toAbsolutePath());
    } finally {
      app.close();
    }
  }

  /**
   * The answers' PDFs still to be made when the submission phase ended (they are made after the
   * response), and how long the application took to make them once the residents stopped.
   */
  record PdfBacklog(long pendingAtEnd, double secondsToDrain) {
    static PdfBacklog drain(DataSource ds) throws Exception {
      long start = System.nanoTime();
      long pending = pending(ds);
      long left = pending;
      // Polling the table once a second is the measurement itself: the PDFs are made on the
      // application's own background thread, which tells no one when it is done. Not a test.
      while (left > 0 && System.nanoTime() - start < TimeUnit.MINUTES.toNanos(15)) {
        Thread.sleep(1000);
        left = pending(ds);
      }
      PdfBacklog b = new PdfBacklog(pending, (System.nanoTime() - start) / 1e9);
      Bench.log(
          "Answers PDFs pending when the submissions ended: %,d; made in %.0f s after (%,d left)",
          pending, b.secondsToDrain(), left);
      return b;
    }

    private static long pending(DataSource ds) throws SQLException {
      try (Connection c = ds.getConnection();
          Statement s = c.createStatement();
          var rs =
              s.executeQuery(
                  "select count(*) from e_service_submissions where answers_pdf_pending")) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** A phase that finished nothing must not ask for requests at a rate of zero (no interval). */
  private static double atLeastOnePerTenSeconds(double perSecond) {
    return Math.max(0.1, perSecond);
  }

  static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }

  private static Load.Call catalogue(String base, String org, long seed) {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    SplittableRandom r = new SplittableRandom(seed);
    return () -> {
      String q = CATALOGUE_SEARCHES[r.nextInt(CATALOGUE_SEARCHES.length)];
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(
                          base
                              + "/public/e-tjanster/"
                              + org
                              + (q.isEmpty()
                                  ? ""
                                  : "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      ResidentSession.expect(response, 200);
    };
  }

  /** Each request is one of the client's signed-in residents, in turn. */
  private static Load.Call myPages(List<ResidentSession> sessions, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    return () -> {
      String page = sessions.get(r.nextInt(sessions.size())).get("/mina-sidor", 200);
      if (!page.contains("/mina-sidor/arenden/")) {
        throw new IllegalStateException("My pages without the resident's cases");
      }
    };
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

  private static List<String> slugs(DataSource ds, String org) throws SQLException {
    List<String> slugs = new ArrayList<>();
    try (Connection c = ds.getConnection();
        var ps = c.prepareStatement("select slug from e_services where organisation_id = ?")) {
      ps.setString(1, org);
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          slugs.add(rs.getString(1));
        }
      }
    }
    return slugs;
  }

  private static List<UUID[]> publishedVersions(DataSource ds, String org) throws SQLException {
    List<UUID[]> out = new ArrayList<>();
    try (Connection c = ds.getConnection();
        var ps =
            c.prepareStatement(
                "select e.id, v.id from e_services e join e_service_versions v"
                    + " on v.e_service_id = e.id and v.status = 'PUBLISHED'"
                    + " where e.organisation_id = ?")) {
      ps.setString(1, org);
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)});
        }
      }
    }
    return out;
  }

  /** A PDF of answers the application made in this run, and its text, for the raw writes. */
  private static Object[] answersPdf(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        var rs =
            s.executeQuery(
                "select v.content, d.file_text from document_versions v"
                    + " join documents d on d.id = v.document_id"
                    + " where v.file_name = 'ansokan.pdf' order by v.uploaded_at desc limit 1")) {
      if (rs.next()) {
        return new Object[] {rs.getBytes(1), rs.getString(2)};
      }
    }
    Bench.log("No answers PDF in the database; the raw writes file 20 KB of zeros.");
    return new Object[] {new byte[20_000], ""};
  }

  private static List<UUID> residentsWithCases(DataSource ds, int n) throws SQLException {
    List<UUID> ids = new ArrayList<>();
    try (Connection c = ds.getConnection();
        var ps =
            c.prepareStatement(
                "select resident_id from (select distinct resident_id from e_service_submissions"
                    + " where resident_id is not null) r order by md5(resident_id::text) limit ?")) {
      ps.setInt(1, n);
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getObject(1, UUID.class));
        }
      }
    }
    return ids;
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
            {
              "Published e-services",
              "select to_char(count(*), 'FM999,999,999') from e_service_versions"
                  + " where status = 'PUBLISHED'"
            },
            {"Residents", "select to_char(count(*), 'FM999,999,999') from residents"},
            {"Submissions", "select to_char(count(*), 'FM999,999,999') from e_service_submissions"},
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

  /** The results as Markdown, in the registry benchmark's layout. */
  private record EServicesReport(
      double scale,
      int clients,
      Duration warmup,
      Duration measured,
      List<String> clientOrgs,
      Map<String, String> facts,
      String loadBefore,
      String loadAfter) {

    String write(
        Load.Result submission,
        Histogram submits,
        PdfBacklog backlog,
        Load.Result raw,
        Load.Result catalogue,
        Load.Result mine,
        List<Load.Result> alone,
        List<Load.Result> atRate) {
      StringBuilder out = new StringBuilder();
      out.append("# Kansli e-service benchmark results\n\n");
      out.append(
          String.format(
              Locale.ROOT,
              "Run %s, scale %s, %d concurrent clients per phase (%s), %ds warm-up + %ds"
                  + " measured per phase.\n\n",
              Instant.now().truncatedTo(ChronoUnit.SECONDS),
              scale,
              clients,
              String.join(", ", clientOrgs),
              warmup.toSeconds(),
              measured.toSeconds()));
      header(out, true);
      for (Load.Result r : List.of(submission, raw, catalogue, mine)) {
        row(out, r, true);
      }
      out.append(
          String.format(
              Locale.ROOT,
              "| The submit request alone, inside the journeys above | %d | %,d | %.1f | %.1f |"
                  + " %.1f | %.1f | 0 |\n",
              clients,
              submits.getTotalCount(),
              submits.getTotalCount() / submission.seconds(),
              ms(submits.getValueAtPercentile(50)),
              ms(submits.getValueAtPercentile(99)),
              ms(submits.getMaxValue())));
      out.append(
          String.format(
              Locale.ROOT,
              "\nAnswers PDFs (made after the response) still waiting when the submissions ended:"
                  + " %,d, made %.0f s later.\n",
              backlog.pendingAtEnd(),
              backlog.secondsToDrain()));
      out.append("\nOne client alone:\n\n");
      header(out, false);
      alone.forEach(r -> row(out, r, false));
      out.append(
          "\nThe same clients at a fixed rate (latency from when each request was due):\n\n");
      header(out, false);
      atRate.forEach(r -> row(out, r, false));
      out.append("\n| Target (with all clients) | Measured | Met |\n|---|---|---|\n");
      out.append(
          target(
              ">= 100 submissions/s",
              String.format(Locale.ROOT, "%.1f/s", submission.perSecond()),
              submission.perSecond() >= 100));
      out.append(
          target(
              "Submission p99 < 250 ms (the submit request)",
              String.format(Locale.ROOT, "%.1f ms", ms(submits.getValueAtPercentile(99))),
              ms(submits.getValueAtPercentile(99)) < 250));
      out.append(
          target(
              "Catalogue p99 < 50 ms",
              String.format(Locale.ROOT, "%.1f ms", catalogue.p99()),
              catalogue.p99() < 50));
      out.append(
          target(
              "My pages p99 < 50 ms",
              String.format(Locale.ROOT, "%.1f ms", mine.p99()),
              mine.p99() < 50));
      out.append(
          String.format(
              Locale.ROOT,
              "\nSubmissions reach %.0f %% of the raw PostgreSQL rate of the same writes.\n",
              100 * submission.perSecond() / raw.perSecond()));
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

    private static void header(StringBuilder out, boolean withClients) {
      out.append(
              withClients
                  ? "| Measurement | Clients | Requests | Rate (/s) | p50 (ms) | p99 (ms) |"
                  : "| Measurement | Requests | Rate (/s) | p50 (ms) | p99 (ms) |")
          .append(" Max (ms) | Errors |\n")
          .append(
              withClients
                  ? "|---|---:|---:|---:|---:|---:|---:|---:|\n"
                  : "|---|---:|---:|---:|---:|---:|---:|\n");
    }

    private static void row(StringBuilder out, Load.Result r, boolean withClients) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s |%s %,d | %.1f | %.1f | %.1f | %.1f | %d |\n",
              r.name(),
              withClients ? " " + r.clients() + " |" : "",
              r.requests(),
              r.perSecond(),
              r.p50(),
              r.p99(),
              r.max(),
              r.errors()));
    }

    private static String target(String what, String measured, boolean met) {
      return "| " + what + " | " + measured + " | " + (met ? "yes" : "**no**") + " |\n";
    }
  }
}
