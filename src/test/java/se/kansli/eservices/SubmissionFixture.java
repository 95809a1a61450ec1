package se.kansli.eservices;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.kansli.TestStaff;
import se.kansli.registry.CaseRegistry;
import se.kansli.registry.CaseView;
import se.kansli.registry.RegisterCase;
import se.kansli.shared.Actor;
import se.kansli.shared.Role;

/**
 * Submissions as the resident side makes them: a published e-service, a case in the registry and
 * the submissions row, written straight into the tables since the resident side is built apart.
 */
@Component
class SubmissionFixture {

  static final List<String> FLOW =
      List.of("Inkommen", "Under handläggning", "Beslutad", "Avslutad");

  private final EServices eservices;
  private final CaseRegistry cases;
  private final JdbcClient jdbc;
  private final TestStaff staff;

  SubmissionFixture(EServices eservices, CaseRegistry cases, JdbcClient jdbc, TestStaff staff) {
    this.eservices = eservices;
    this.cases = cases;
    this.jdbc = jdbc;
    this.staff = staff;
  }

  /** A published e-service of the organisation with its own officer group and the test flow. */
  EServiceView service(String organisation, String group, int handlingDays) {
    Actor admin = staff.actor(Role.ADMINISTRATOR, organisation);
    EServiceView service =
        eservices.create(
            new EServiceSettings(
                organisation,
                "Felanmälan " + UUID.randomUUID().toString().substring(0, 8),
                "Anmäl fel.",
                "Bygga och bo",
                "3.1.1",
                group,
                false,
                SigningRequirement.NONE,
                FLOW,
                handlingDays),
            admin);
    eservices.updateForm(
        service.draft().id(),
        new Form(
            List.of(
                new FormPage(
                    "Felet",
                    List.of(
                        FormField.of("plats", FieldType.SHORT_TEXT, "Var är felet?", true),
                        FormField.of("farligt", FieldType.SINGLE_CHOICE, "Är det farligt?", true)
                            .withChoices(List.of("Ja", "Nej")),
                        FormField.of("hur", FieldType.LONG_TEXT, "På vilket sätt?", false)
                            .withCondition(new Condition("farligt", "Ja")),
                        FormField.of("adress", FieldType.ADDRESS, "Adress", false))))),
        admin);
    eservices.publish(service.draft().id(), admin);
    return eservices.get(service.id(), admin);
  }

  /** A resident, with an e-mail address when one is given, notified by e-mail. */
  UUID resident(String email) {
    return resident(email, null, ResidentNotification.EMAIL);
  }

  /** A resident with these contact details, notified as they chose. */
  UUID resident(String email, String phone, ResidentNotification notifyBy) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into residents (id, personal_identity_number, name, email, phone, notify_by,
              created_at)
            values (?, ?, 'Test Testsson', ?, ?, ?, now())
            """)
        .params(id, "pnr-" + id, email, phone, notifyBy.name())
        .update();
    return id;
  }

  /**
   * A submission of the e-service to the organisation, received at {@code at}, due on {@code due}.
   */
  Submitted submit(
      EServiceView service, String organisation, UUID resident, Instant at, LocalDate due) {
    Actor registrar = staff.actor(Role.REGISTRAR, organisation);
    CaseView c =
        cases.register(
            new RegisterCase(
                organisation, "3.1.1", service.title(), "", null, List.of(), null, Set.of(), null),
            registrar);
    UUID version = service.published().id().value();
    UUID draft = UUID.randomUUID();
    jdbc.sql(
            """
            insert into e_service_drafts (id, e_service_id, version_id, organisation_id,
              resident_id, anonymous_token_sha256, answers, created_at, updated_at, submitted_at)
            values (?, ?, ?, ?, ?, ?, '{}'::jsonb, now(), now(), now())
            """)
        .params(
            draft,
            service.id().value(),
            version,
            organisation,
            resident,
            resident == null ? "token-" + draft : null)
        .update();
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into e_service_submissions (id, draft_id, e_service_id, version_id,
              organisation_id, resident_id, case_id, case_number, officer_group, status, due_on,
              submitted_at, answers)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
            """)
        .params(
            id,
            draft,
            service.id().value(),
            version,
            organisation,
            resident,
            c.id().value(),
            c.caseNumber(),
            service.officerGroup(),
            FLOW.getFirst(),
            due,
            OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
            """
            {"plats": ["Storgatan 3"], "farligt": ["Nej"], "hur": ["Dolt svar"],
             "adress.street": ["Storgatan 3"], "adress.postcode": ["98131"],
             "adress.city": ["Kiruna"]}
            """)
        .update();
    jdbc.sql(
            """
            insert into e_service_status_changes (id, submission_id, from_status, to_status,
              changed_at, changed_by)
            values (?, ?, null, ?, ?, 'E-tjänsten')
            """)
        .params(
            UUID.randomUUID(), id, FLOW.getFirst(), OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .update();
    return new Submitted(id, c);
  }

  Submitted submit(EServiceView service, String organisation, UUID resident) {
    return submit(service, organisation, resident, Instant.now(), LocalDate.now().plusDays(10));
  }

  /** Marks a submission closed at a given time, as a finished flow would, for statistics. */
  void closeAt(UUID submission, Instant at) {
    jdbc.sql("update e_service_submissions set closed_at = ?, status = 'Avslutad' where id = ?")
        .params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), submission)
        .update();
  }

  record Submitted(UUID id, CaseView caseView) {}
}
