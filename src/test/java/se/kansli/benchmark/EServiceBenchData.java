package se.kansli.benchmark;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import se.kansli.eservices.Condition;
import se.kansli.eservices.EServices;
import se.kansli.eservices.FieldType;
import se.kansli.eservices.FieldValidation;
import se.kansli.eservices.Form;
import se.kansli.eservices.FormField;
import se.kansli.eservices.FormPage;
import tools.jackson.databind.json.JsonMapper;

/**
 * The e-service platform's data for the benchmark, beside the registry's cases from {@link
 * BenchData}: published e-services over the 14 municipalities, resident accounts, and one
 * submission (with its draft and first status) for every loaded case, as the platform would have
 * left them.
 */
final class EServiceBenchData {

  /** What each loaded e-service's form asks; every field is answered by {@link #answer}. */
  static final String[] CHOICES = {"Privatperson", "Företag", "Förening"};

  private EServiceBenchData() {}

  /**
   * Published e-services, each with one published version, inserted as the form editor's service
   * leaves them: the form is written by the application's own JSON mapper, as {@code Definitions}
   * writes it. (Through the service itself, a thousand took minutes on a loaded machine.)
   */
  static void ensureEServices(JsonMapper json, String jdbcUrl, int total) throws Exception {
    long existing = BenchData.count(jdbcUrl, "select count(*) from e_services");
    if (existing >= total) {
      Bench.log("E-services already loaded: %,d; skipping.", existing);
      return;
    }
    if (existing > 0) {
      throw new IllegalStateException(
          "The benchmark database holds " + existing + " e-services, fewer than " + total);
    }
    long start = System.nanoTime();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    List<String> orgs = List.copyOf(BenchData.POPULATION.keySet());
    try (Connection c = BenchData.connect(jdbcUrl);
        var service =
            c.prepareStatement(
                """
                insert into e_services (id, organisation_id, slug, title, description, category,
                  classification_code, officer_group, login_required, signing, statuses,
                  handling_days, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, true, 'NONE', ?, ?, ?)
                """);
        var version =
            c.prepareStatement(
                """
                insert into e_service_versions (id, e_service_id, number, status, form,
                  created_at, created_by, published_at, published_by)
                values (?, ?, 1, 'PUBLISHED', ?::jsonb, ?, 'bench.admin', ?, 'bench.admin')
                """)) {
      c.setAutoCommit(false);
      java.sql.Array statuses =
          c.createArrayOf("text", EServices.DEFAULT_STATUSES.toArray(String[]::new));
      for (int i = 0; i < total; i++) {
        String org = orgs.get(i % orgs.size());
        int n = i / orgs.size();
        EServiceTitles.Title t = EServiceTitles.ALL.get(n % EServiceTitles.ALL.size());
        String title =
            n < EServiceTitles.ALL.size()
                ? t.title()
                : t.title() + " " + (n / EServiceTitles.ALL.size() + 1);
        UUID id = UUID.randomUUID();
        service.setObject(1, id);
        service.setString(2, org);
        service.setString(3, slug(title));
        service.setString(4, title);
        service.setString(5, t.description());
        service.setString(6, t.category());
        service.setString(7, t.code());
        service.setString(8, t.category() + "handläggare");
        service.setArray(9, statuses);
        service.setInt(10, 10 + n % 30);
        service.setObject(11, now);
        service.addBatch();
        version.setObject(1, UUID.randomUUID());
        version.setObject(2, id);
        version.setString(3, json.writeValueAsString(form(t)));
        version.setObject(4, now);
        version.setObject(5, now);
        version.addBatch();
      }
      service.executeBatch();
      version.executeBatch();
      c.commit();
    }
    Bench.log("Loaded %,d published e-services in %s", total, BenchData.since(start));
  }

  /** The address the form editor gives a title (EServices.slug): lower case ASCII and dashes. */
  static String slug(String title) {
    String folded =
        java.text.Normalizer.normalize(
                title.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  /**
   * A realistic form of three pages: the applicant, the matter (a choice, a date, a number, a long
   * text), and the assurance with a condition.
   */
  static Form form(EServiceTitles.Title t) {
    return new Form(
        List.of(
            new FormPage(
                "Sökande",
                List.of(
                    FormField.of("om-tjansten", FieldType.INFORMATION_TEXT, t.title(), false)
                        .withHelp(t.description()),
                    FormField.of("sokande-typ", FieldType.SINGLE_CHOICE, "Du ansöker som", true)
                        .withChoices(List.of(CHOICES)),
                    FormField.of("namn", FieldType.SHORT_TEXT, "Namn", true),
                    FormField.of("epost", FieldType.EMAIL, "E-postadress", true),
                    FormField.of("telefon", FieldType.PHONE, "Telefonnummer", false),
                    FormField.of("adress", FieldType.ADDRESS, "Adress", true))),
            new FormPage(
                "Ärendet",
                List.of(
                    FormField.of("datum", FieldType.DATE, "Från vilket datum gäller det?", true),
                    FormField.of("antal", FieldType.NUMBER, "Antal", false)
                        .withValidation(
                            new FieldValidation(
                                null, null, BigDecimal.ONE, BigDecimal.valueOf(1000), null, null)),
                    FormField.of("beskrivning", FieldType.LONG_TEXT, "Beskriv ärendet", true)
                        .withValidation(new FieldValidation(10, 4000, null, null, null, null)))),
            new FormPage(
                "Intygande",
                List.of(
                    FormField.of("kontakt", FieldType.SINGLE_CHOICE, "Vill du bli kontaktad?", true)
                        .withChoices(List.of("Ja", "Nej")),
                    FormField.of("kontakttid", FieldType.SHORT_TEXT, "När når vi dig bäst?", true)
                        .withCondition(new Condition("kontakt", "Ja")),
                    FormField.of(
                        "intygar",
                        FieldType.CHECKBOX,
                        "Jag intygar att uppgifterna är riktiga",
                        true)))));
  }

  /** Resident accounts with valid personal identity numbers, loaded with COPY. */
  static void ensureResidents(String jdbcUrl, int total) throws Exception {
    long existing = BenchData.count(jdbcUrl, "select count(*) from residents");
    if (existing >= total) {
      Bench.log("Residents already loaded: %,d; skipping.", existing);
      return;
    }
    long start = System.nanoTime();
    SplittableRandom r = new SplittableRandom(260_000);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    try (Connection c = BenchData.connect(jdbcUrl)) {
      c.setAutoCommit(false);
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      StringBuilder rows = new StringBuilder(1 << 22);
      for (int i = 0; i < total; i++) {
        String name = SwedishText.person(r);
        String email = r.nextInt(10) < 7 ? "invanare" + i + "@example.se" : null;
        OffsetDateTime created =
            now.minus(r.nextLong(6L * 365 * 24 * 3600), ChronoUnit.SECONDS)
                .atOffset(ZoneOffset.UTC);
        rows.append(residentId(i))
            .append('\t')
            .append(personalIdentityNumber(i))
            .append('\t')
            .append(name)
            .append('\t')
            .append(email == null ? "\\N" : email)
            .append('\t')
            .append(email == null ? "NONE" : "EMAIL")
            .append('\t')
            .append(created)
            .append('\t')
            .append(created.plusDays(r.nextInt(400)))
            .append('\n');
        if (rows.length() > (1 << 22) - 1024) {
          copy(copy, rows);
        }
      }
      copy(copy, rows);
      c.commit();
    }
    Bench.log("Loaded %,d residents in %s", total, BenchData.since(start));
  }

  private static void copy(CopyManager copy, StringBuilder rows) throws SQLException {
    try {
      copy.copyIn(
          "copy residents (id, personal_identity_number, name, email, notify_by, created_at,"
              + " last_login_at) from stdin",
          new StringReader(rows.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    rows.setLength(0);
  }

  /** The i-th loaded resident's id: SQL builds the same one when it links submissions. */
  static UUID residentId(int i) {
    return UUID.fromString(String.format("00000000-0000-4000-8000-%012x", i));
  }

  /** Born 1940–2005, a serial from i, and a valid Luhn check digit. */
  static String personalIdentityNumber(int i) {
    int year = 1940 + i % 66;
    int month = 1 + (i / 66) % 12;
    int day = 1 + (i / (66 * 12)) % 28;
    int serial = (i / (66 * 12 * 28)) % 1000;
    String nine = String.format("%02d%02d%02d%03d", year % 100, month, day, serial);
    return String.format("%d%02d%02d-%03d%d", year, month, day, serial, luhn(nine));
  }

  private static int luhn(String nine) {
    int sum = 0;
    for (int i = 0; i < nine.length(); i++) {
      int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    return (10 - sum % 10) % 10;
  }

  /**
   * Makes every loaded case a submission: its draft (submitted), the submission row with answers to
   * the form, and its first status. A case gets an e-service of its municipality with the same
   * class when there is one, and a resident at random.
   */
  static void ensureSubmissions(String jdbcUrl, int residents) throws Exception {
    long cases = BenchData.count(jdbcUrl, "select count(*) from cases");
    long existing = BenchData.count(jdbcUrl, "select count(*) from e_service_submissions");
    if (existing >= cases) {
      Bench.log("Submissions already loaded: %,d; skipping.", existing);
      return;
    }
    if (existing > 0) {
      throw new IllegalStateException(
          "The benchmark database holds " + existing + " submissions for " + cases + " cases");
    }
    long start = System.nanoTime();
    try (Connection c = BenchData.connect(jdbcUrl);
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute("set synchronous_commit = off");
      s.execute("set work_mem = '256MB'");
      s.execute(
          """
          create temporary table bench_services on commit drop as
          select s.organisation_id, s.classification_code, array_agg(s.id order by s.id) services
          from e_services s group by 1, 2
          """);
      s.execute(
          """
          create temporary table bench_org_services on commit drop as
          select s.organisation_id, array_agg(s.id order by s.id) services
          from e_services s group by 1
          """);
      s.execute(
          "create temporary table bench_links on commit drop as"
              + " select c.id case_id, c.case_number, c.organisation_id, c.registered_at,"
              + " c.closed_on, c.description, gen_random_uuid() draft_id,"
              + " gen_random_uuid() submission_id,"
              + " ('00000000-0000-4000-8000-' || lpad(to_hex((hashtext(c.id::text) & 2147483647)"
              + " % "
              + residents
              + "), 12, '0'))::uuid resident_id,"
              + " (coalesce(k.services, o.services))[1 + (hashtext(c.case_number) & 2147483647)"
              + " % cardinality(coalesce(k.services, o.services))] e_service_id"
              + " from cases c"
              + " join bench_org_services o on o.organisation_id = c.organisation_id"
              + " left join bench_services k on k.organisation_id = c.organisation_id"
              + "  and k.classification_code = c.classification_code");
      s.execute(
          """
          insert into e_service_drafts (id, e_service_id, version_id, organisation_id,
              resident_id, answers, page, created_at, updated_at, submitted_at)
          select l.draft_id, l.e_service_id, v.id, l.organisation_id, l.resident_id,
                 a.answers, 2, l.registered_at - interval '20 minutes',
                 l.registered_at, l.registered_at
          from bench_links l
          join e_service_versions v on v.e_service_id = l.e_service_id and v.status = 'PUBLISHED'
          join residents r on r.id = l.resident_id
          cross join lateral (select
          """
              + ANSWERS_SQL
              + " answers) a");
      s.execute(
          """
          insert into e_service_submissions (id, draft_id, e_service_id, version_id,
              organisation_id, resident_id, case_id, case_number, officer_group, status, due_on,
              submitted_at, closed_at, answers)
          select l.submission_id, l.draft_id, l.e_service_id, d.version_id, l.organisation_id,
                 l.resident_id, l.case_id, l.case_number, e.officer_group,
                 case when l.closed_on is null then e.statuses[1]
                      else e.statuses[cardinality(e.statuses)] end,
                 (l.registered_at at time zone 'Europe/Stockholm')::date + e.handling_days,
                 l.registered_at,
                 (l.closed_on + time '14:00') at time zone 'Europe/Stockholm',
                 d.answers
          from bench_links l
          join e_services e on e.id = l.e_service_id
          join e_service_drafts d on d.id = l.draft_id
          """);
      s.execute(
          """
          insert into e_service_status_changes (id, submission_id, from_status, to_status,
                                                changed_at, changed_by, comment)
          select gen_random_uuid(), s.id, null, e.statuses[1], s.submitted_at,
                 'E-tjänsteplattformen', 'Inskickad'
          from e_service_submissions s join e_services e on e.id = s.e_service_id
          """);
      c.commit();
      c.setAutoCommit(true);
      for (String table :
          List.of(
              "residents",
              "e_service_drafts",
              "e_service_submissions",
              "e_service_status_changes")) {
        s.execute("vacuum (analyze) " + table);
      }
      s.execute("checkpoint");
    }
    Bench.log(
        "Linked %,d cases to submissions in %s",
        BenchData.count(jdbcUrl, "select count(*) from e_service_submissions"),
        BenchData.since(start));
  }

  /** Answers to {@link #form}, in the shape the platform keeps them (key to list of values). */
  private static final String ANSWERS_SQL =
      """
      jsonb_build_object(
        'sokande-typ', jsonb_build_array('Privatperson'),
        'namn', jsonb_build_array(r.name),
        'epost', jsonb_build_array(coalesce(r.email, 'ingen@example.se')),
        'adress.street', jsonb_build_array('Storgatan ' || (1 + abs(hashtext(r.name)) % 60)),
        'adress.postcode', jsonb_build_array('97' || lpad((abs(hashtext(l.case_number)) % 1000)::text, 3, '0')),
        'adress.city', jsonb_build_array(initcap(l.organisation_id)),
        'datum', jsonb_build_array(((l.registered_at at time zone 'Europe/Stockholm')::date + 14)::text),
        'beskrivning', jsonb_build_array(l.description),
        'kontakt', jsonb_build_array('Nej'),
        'intygar', jsonb_build_array('ja'))
      """;

  /** Answers for the benchmark's own submissions, per form field, as a browser posts them. */
  static List<String[]> answer(int page, SplittableRandom r, String org) {
    return switch (page) {
      case 1 ->
          List.of(
              new String[] {"sokande-typ", CHOICES[r.nextInt(CHOICES.length)]},
              new String[] {"namn", SwedishText.person(r)},
              new String[] {"epost", "invanare" + r.nextInt(100_000) + "@example.se"},
              new String[] {"telefon", "070-" + (1_000_000 + r.nextInt(8_999_999))},
              new String[] {"adress.street", SwedishText.address(r, org)},
              new String[] {"adress.postcode", "97" + (100 + r.nextInt(899))},
              new String[] {"adress.city", org});
      case 2 ->
          List.of(
              new String[] {"datum", java.time.LocalDate.now().plusDays(r.nextInt(90)).toString()},
              new String[] {"antal", Integer.toString(1 + r.nextInt(20))},
              new String[] {"beskrivning", SwedishText.description(r, org, SwedishText.person(r))});
      default ->
          r.nextBoolean()
              ? List.of(
                  new String[] {"kontakt", "Ja"},
                  new String[] {"kontakttid", "Förmiddagar"},
                  new String[] {"intygar", "ja"})
              : List.of(new String[] {"kontakt", "Nej"}, new String[] {"intygar", "ja"});
    };
  }
}
