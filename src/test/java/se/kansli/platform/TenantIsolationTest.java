package se.kansli.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.organisations.StaffUser;
import se.kansli.registry.CaseRegistry;
import se.kansli.registry.CaseView;
import se.kansli.registry.DocumentDirection;
import se.kansli.registry.DocumentRegistry;
import se.kansli.registry.DocumentView;
import se.kansli.registry.RegisterCase;
import se.kansli.registry.RegisterDocument;
import se.kansli.registry.UploadedFile;
import se.kansli.shared.Actor;
import se.kansli.shared.Role;

/**
 * An administrator of Kiruna tries every API endpoint against Luleå's case and document and gets
 * nothing: no data, no change. The test fails when a new endpoint is added without being tried.
 */
@KansliTest
class TenantIsolationTest {

  @Autowired MockMvc mvc;
  @Autowired TestStaff staff;
  @Autowired CaseRegistry cases;
  @Autowired DocumentRegistry documents;
  @Autowired se.kansli.signing.SigningOrders signingOrders;
  @Autowired se.kansli.meetings.BodyDirectory bodies;
  @Autowired se.kansli.minutesimport.MinutesImports minutesImports;
  @Autowired se.kansli.meetings.MeetingPlanner planner;
  @Autowired se.kansli.meetings.MinutesDrafts drafts;
  @Autowired se.kansli.followup.OperationalPlans plans;
  @Autowired se.kansli.followup.Audits audits;
  @Autowired se.kansli.followup.AnnualCycle annualCycle;
  @Autowired se.kansli.followup.InternalControl internalControl;
  @Autowired se.kansli.followup.Budgets budgets;
  @Autowired se.kansli.followup.FollowUpReports reports;
  @Autowired se.kansli.eservices.EServices eservices;
  @Autowired se.kansli.messaging.Conversations conversations;
  @Autowired se.kansli.portfolio.SharedServices sharedServices;
  @Autowired se.kansli.portfolio.Initiatives initiatives;
  @Autowired se.kansli.portfolio.StatusReports statusReports;
  @Autowired se.kansli.portfolio.Agreements agreements;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  Actor lulea;
  CaseView luleaCase;
  DocumentView luleaDocument;
  RequestPostProcessor kirunaAdmin;
  RequestPostProcessor kirunaRegistrar;
  String secretWord;
  String luleaSigning;
  se.kansli.meetings.MeetingView luleaMeeting;
  se.kansli.followup.PlanView luleaPlan;

  @BeforeEach
  void twoMunicipalities() {
    lulea = staff.actor(Role.REGISTRAR, "lulea");
    secretWord = "hemligord" + Math.abs(lulea.username().hashCode());
    luleaCase =
        cases.register(
            new RegisterCase(
                "lulea",
                "3.1.1",
                "Luleås ärende " + secretWord,
                "",
                null,
                List.of(),
                null,
                Set.of(),
                null),
            lulea);
    luleaDocument =
        documents.register(
            luleaCase.id(),
            new RegisterDocument(
                DocumentDirection.INCOMING,
                LocalDate.now(),
                "Avsändare",
                "Brev " + secretWord,
                true,
                null,
                false),
            new UploadedFile(
                "brev.txt", ("Innehåll " + secretWord).getBytes(StandardCharsets.UTF_8)),
            lulea);
    luleaSigning =
        signingOrders
            .create(
                new se.kansli.signing.NewSigningOrder(
                    "lulea",
                    "Avtal " + secretWord,
                    se.kansli.registry.MinimalPdf.withText("Avtal"),
                    null,
                    List.of(
                        new se.kansli.signing.NewSigningOrder.NewSigner(
                            "Ann", "ann@example.se", null, "")),
                    null,
                    null),
                lulea)
            .order()
            .id()
            .toString();
    luleaMeeting = luleaMeeting();
    luleaPlan = luleaPlan();
    StaffUser admin = staff.create(Role.ADMINISTRATOR, "kiruna");
    StaffUser registrar = staff.create(Role.REGISTRAR, "kiruna");
    kirunaAdmin = httpBasic(admin.username(), TestStaff.PASSWORD);
    kirunaRegistrar = httpBasic(registrar.username(), TestStaff.PASSWORD);
  }

  @Test
  void everyApiEndpointGivesAnotherMunicipalityNothing() throws Exception {
    String c = luleaCase.id().toString();
    String d = luleaDocument.id().toString();
    String updateJson = "{\"classificationCode\":\"3.1.1\",\"title\":\"Kapad\"}";
    String documentJson =
        "{\"direction\":\"INCOMING\",\"documentDate\":\"2024-01-01\",\"counterpart\":\"X\",\"description\":\"Inskjuten\"}";
    MockMultipartFile metadata =
        new MockMultipartFile("document", "", "application/json", documentJson.getBytes());
    MockMultipartFile file = new MockMultipartFile("file", "x.txt", "text/plain", "x".getBytes());

    Map<String, Probe> probes = new LinkedHashMap<>();
    probes.put(
        "GET /api/cases",
        new Probe(get("/api/cases").param("q", secretWord), Expect.NO_LULEA_DATA));
    probes.put(
        "GET /api/search",
        new Probe(get("/api/search").param("q", secretWord), Expect.NO_LULEA_DATA));
    probes.put(
        "GET /api/cases/by-number",
        new Probe(
            get("/api/cases/by-number").param("number", luleaCase.caseNumber()),
            Expect.NO_LULEA_DATA));
    probes.put(
        "POST /api/cases",
        new Probe(
            json(
                post("/api/cases"),
                "{\"organisation\":\"lulea\",\"classificationCode\":\"3.1.1\",\"title\":\"Inskjutet\"}"),
            Expect.REFUSED));
    probes.put("GET /api/cases/{id}", new Probe(get("/api/cases/" + c), Expect.NOT_FOUND));
    probes.put(
        "PUT /api/cases/{id}",
        new Probe(json(put("/api/cases/" + c), updateJson), Expect.NOT_FOUND));
    probes.put(
        "POST /api/cases/{id}/close",
        new Probe(
            json(post("/api/cases/" + c + "/close"), "{\"outcome\":\"Stängt\"}"),
            Expect.NOT_FOUND));
    probes.put(
        "POST /api/cases/{id}/reopen",
        new Probe(post("/api/cases/" + c + "/reopen"), Expect.NOT_FOUND));
    probes.put(
        "GET /api/cases/{id}/journal",
        new Probe(get("/api/cases/" + c + "/journal"), Expect.NOT_FOUND));
    probes.put(
        "GET /api/cases/{caseId}/documents",
        new Probe(get("/api/cases/" + c + "/documents"), Expect.NOT_FOUND));
    probes.put(
        "POST /api/cases/{caseId}/documents",
        new Probe(json(post("/api/cases/" + c + "/documents"), documentJson), Expect.NOT_FOUND));
    probes.put(
        "POST /api/cases/{caseId}/documents (multipart)",
        new Probe(
            multipart("/api/cases/" + c + "/documents").file(metadata).file(file),
            Expect.NOT_FOUND));
    probes.put("GET /api/documents/{id}", new Probe(get("/api/documents/" + d), Expect.NOT_FOUND));
    probes.put(
        "GET /api/documents/{id}/content",
        new Probe(get("/api/documents/" + d + "/content"), Expect.NOT_FOUND));
    probes.put(
        "POST /api/documents/{id}/versions",
        new Probe(multipart("/api/documents/" + d + "/versions").file(file), Expect.NOT_FOUND));
    probes.put(
        "POST /api/documents/{id}/final",
        new Probe(post("/api/documents/" + d + "/final"), Expect.NOT_FOUND));
    probes.put(
        "POST /api/journal/verification",
        new Probe(post("/api/journal/verification"), Expect.NO_LULEA_DATA));
    String sg = luleaSigning;
    MockMultipartFile orderPart =
        new MockMultipartFile(
            "order",
            "",
            "application/json",
            ("{\"organisation\":\"lulea\",\"title\":\"Inskjutet\",\"signers\":[{\"name\":\"X\","
                    + "\"email\":\"x@example.se\"}]}")
                .getBytes());
    MockMultipartFile pdf =
        new MockMultipartFile(
            "file", "a.pdf", "application/pdf", se.kansli.registry.MinimalPdf.withText("x"));
    probes.put(
        "POST /api/signing-orders",
        new Probe(multipart("/api/signing-orders").file(orderPart).file(pdf), Expect.REFUSED));
    probes.put(
        "GET /api/signing-orders", new Probe(get("/api/signing-orders"), Expect.NO_LULEA_DATA));
    probes.put(
        "GET /api/signing-orders/{id}",
        new Probe(get("/api/signing-orders/" + sg), Expect.NOT_FOUND));
    probes.put(
        "GET /api/signing-orders/{id}/document",
        new Probe(get("/api/signing-orders/" + sg + "/document"), Expect.NOT_FOUND));
    probes.put(
        "POST /api/signing-orders/{id}/cancel",
        new Probe(post("/api/signing-orders/" + sg + "/cancel"), Expect.NOT_FOUND));
    probes.put(
        "GET /api/eid-transactions",
        new Probe(
            get("/api/eid-transactions").param("from", "2000-01-01").param("to", "2999-12-31"),
            Expect.NO_LULEA_DATA));
    // The classification scheme is shared reference data of the whole platform, owned by no
    // municipality: everyone reads it and only administrators change it.
    probes.put("GET /api/classification", new Probe(get("/api/classification"), Expect.SHARED));
    probes.put(
        "GET /api/classification/versions",
        new Probe(get("/api/classification/versions"), Expect.SHARED));
    probes.put(
        "PUT /api/classification/{code}",
        new Probe(
            json(put("/api/classification/3.1.1"), "{\"title\":\"Kapad\"}"), Expect.ADMIN_ONLY));
    probes.put(
        "DELETE /api/classification/{code}",
        new Probe(delete("/api/classification/3.1.3"), Expect.ADMIN_ONLY));

    // The public registry is open to everyone by law; signed in elsewhere you get exactly what an
    // anonymous visitor gets, and secret fields stay masked (PublicRegistryTest).
    String publicBase = "/api/public/registry/lulea";
    probes.put("GET /api/public/registry/{org}/cases", open(publicBase + "/cases?q=" + secretWord));
    probes.put(
        "GET /api/public/registry/{org}/cases/{year}/{serial}",
        open(publicBase + "/cases/" + luleaCase.year() + "/" + luleaCase.serial()));
    probes.put(
        "GET /api/public/registry/{org}/documents/{id}/file",
        open(publicBase + "/documents/" + d + "/file"));

    // The notice board is public by law (Kommunallagen 8 kap. 12 §): the same for everyone.
    probes.put(
        "GET /api/public/notice-board/{organisation}", open("/api/public/notice-board/lulea"));

    // Verification is public by design and shows only names, roles and times of signers.
    probes.put(
        "GET /api/public/verification", open("/api/public/verification?sha256=" + "A".repeat(64)));
    probes.put(
        "POST /api/public/verification",
        new Probe(
            multipart("/api/public/verification")
                .file(new MockMultipartFile("file", "x.pdf", "application/pdf", "x".getBytes())),
            Expect.REFUSED));
    meetingProbes(probes);
    importProbes(probes);
    planProbes(probes);
    se.kansli.followup.AuditView luleaAudit = followUpProbes(probes);
    budgetProbes(probes);
    portfolioProbes(probes);
    var luleaReport = reportProbes(probes);
    se.kansli.eservices.EServiceView luleaService = eserviceProbes(probes);
    var luleaConversation = messagingProbes(probes);
    inboxProbes(probes, luleaService);
    // OParl is open data: the published meetings of every organisation, to anyone. Lists are tried
    // for Luleå and objects by ids that do not exist; OParlApiTest checks what they contain.
    String oparl = "/api/public/oparl/v1.1";
    probes.put("GET " + oparl + "/system", open(oparl + "/system"));
    probes.put("GET " + oparl + "/bodies", open(oparl + "/bodies"));
    probes.put("GET " + oparl + "/body/{org}", open(oparl + "/body/lulea"));
    for (String list :
        List.of(
            "organizations",
            "people",
            "memberships",
            "legislativeTerms",
            "meetings",
            "agendaItems",
            "locations",
            "files",
            "papers",
            "consultations")) {
      probes.put("GET " + oparl + "/body/{org}/" + list, open(oparl + "/body/lulea/" + list));
    }
    String none = java.util.UUID.randomUUID().toString();
    for (String object :
        List.of(
            "organization",
            "person",
            "membership",
            "meeting",
            "agendaItem",
            "location",
            "paper",
            "consultation",
            "file")) {
      probes.put("GET " + oparl + "/" + object + "/{id}", open(oparl + "/" + object + "/" + none));
    }
    probes.put(
        "GET " + oparl + "/organization/{id}/meetings",
        open(oparl + "/organization/" + none + "/meetings"));
    probes.put("GET " + oparl + "/file/{id}/content", open(oparl + "/file/" + none + "/content"));
    probes.put("GET " + oparl + "/file/{id}/download", open(oparl + "/file/" + none + "/download"));

    Set<String> tried =
        probes.keySet().stream()
            .map(k -> k.replace(" (multipart)", ""))
            .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    assertThat(tried).as("every API endpoint is tried").isEqualTo(apiEndpoints());

    for (var probe : probes.entrySet()) {
      probe.getValue().check(probe.getKey());
    }

    CaseView untouched = cases.get(luleaCase.id(), lulea);
    assertThat(untouched.title()).isEqualTo(luleaCase.title());
    assertThat(untouched.open()).isTrue();
    assertThat(documents.ofCase(luleaCase.id(), lulea)).hasSize(1);
    assertThat(documents.get(luleaDocument.id(), lulea).versions()).hasSize(1);
    assertThat(documents.get(luleaDocument.id(), lulea).finalVersion()).isFalse();
    assertThat(signingOrders.get(java.util.UUID.fromString(luleaSigning), lulea).status())
        .isEqualTo(se.kansli.signing.OrderStatus.OPEN);
    Actor luleaSecretary = staff.actor(Role.COMMITTEE_SECRETARY, "lulea");
    var meeting = planner.get(luleaMeeting.id(), luleaSecretary);
    assertThat(meeting.status()).isEqualTo(se.kansli.meetings.MeetingStatus.PLANNED);
    assertThat(meeting.items()).hasSize(1);
    assertThat(meeting.items().getFirst().minutes().decision()).isNull();
    assertThat(meeting.attendance()).isEmpty();
    assertThat(meeting.body().seats()).hasSize(1);
    assertThat(drafts.versions(luleaMeeting.id(), luleaSecretary)).isEmpty();
    var report = reports.get(luleaReport.id(), luleaSecretary);
    assertThat(report.registered()).isFalse();
    assertThat(report.texts().summary()).isNull();
    var plan = plans.get(luleaPlan.id(), luleaSecretary);
    assertThat(plan.goals()).hasSize(1);
    assertThat(plan.goals().getFirst().text()).isEqualTo("Mål " + secretWord);
    assertThat(plan.goals().getFirst().indicators()).hasSize(1);
    assertThat(plan.goals().getFirst().indicators().getFirst().name())
        .isEqualTo("Indikator " + secretWord);
    assertThat(plan.goals().getFirst().indicators().getFirst().outcomes()).isEmpty();
    assertThat(plan.goals().getFirst().indicators().getFirst().forecast()).isNull();
    var audit = audits.get(luleaAudit.id(), lulea);
    assertThat(audit.decision()).isNull();
    assertThat(audit.recommendations()).hasSize(1);
    assertThat(audit.recommendations().getFirst().open()).isTrue();
    assertThat(audit.recommendations().getFirst().actions().getFirst().status())
        .isEqualTo(se.kansli.followup.ActionStatus.OPEN);
    var untouchedService = eservices.get(luleaService.id(), lulea);
    assertThat(untouchedService.title()).isEqualTo(luleaService.title());
    assertThat(untouchedService.activatedFor()).isEmpty();
    assertThat(untouchedService.versions())
        .extracting(se.kansli.eservices.VersionSummary::status)
        .containsExactly(
            se.kansli.eservices.VersionStatus.DRAFT, se.kansli.eservices.VersionStatus.PUBLISHED);
    assertThat(
            eservices
                .version(untouchedService.draft().id(), lulea)
                .form()
                .pages()
                .getFirst()
                .title())
        .isEqualTo("Sida");
    assertThat(internalControl.plan(lulea))
        .filteredOn(p -> p.title().contains(secretWord))
        .hasSize(1)
        .allMatch(p -> p.followUps().isEmpty());
    Actor luleaOfficer = staff.actor(Role.CASE_OFFICER, "lulea");
    assertThat(conversations.messageCount(luleaConversation, luleaOfficer)).isEqualTo(1);
    assertThat(conversations.forOrganisation(luleaOfficer, true))
        .filteredOn(s -> s.id().equals(luleaConversation))
        .singleElement()
        .extracting(se.kansli.messaging.ConversationSummary::unread)
        .as("still unread: Kiruna's attempt to read it marked nothing")
        .isEqualTo(1);
  }

  /** A resident's conversation with Luleå about Luleå's case, with an attachment. */
  private se.kansli.messaging.ConversationId messagingProbes(Map<String, Probe> probes) {
    var resident =
        new se.kansli.messaging.Resident(
            se.kansli.shared.ResidentId.random(), "Sökande " + secretWord, null, null);
    var conversation =
        conversations.open(
            se.kansli.shared.OrganisationId.of("lulea"),
            luleaCase.id().value(),
            luleaCase.caseNumber(),
            "Fråga " + secretWord,
            resident,
            lulea);
    var message =
        conversations.postByResident(
            conversation.id(),
            resident.id(),
            "Meddelande " + secretWord,
            List.of(
                new se.kansli.messaging.Attachment(
                    "bilaga.txt", ("Bilaga " + secretWord).getBytes(StandardCharsets.UTF_8))));
    String m = "/api/conversations/" + conversation.id();
    probes.put(
        "GET /api/conversations", new Probe(get("/api/conversations"), Expect.NO_LULEA_DATA));
    probes.put("GET /api/conversations/{id}", new Probe(get(m), Expect.NOT_FOUND));
    probes.put(
        "POST /api/conversations/{id}/messages (multipart)",
        new Probe(
            multipart(m + "/messages")
                .file(new MockMultipartFile("files", "x.txt", "text/plain", "x".getBytes()))
                .param("text", "Inskjutet")
                .param("internal", "false"),
            Expect.NOT_FOUND));
    probes.put(
        "GET /api/conversations/{id}/attachments/{attachmentId}",
        new Probe(
            get(m + "/attachments/" + message.attachments().getFirst().id()), Expect.NOT_FOUND));
    return conversation.id();
  }

  /**
   * Luleå's published e-service with a draft: Kiruna's administrator reads none of it, changes none
   * of it and cannot switch the committee's e-services on in Luleå.
   */
  private se.kansli.eservices.EServiceView eserviceProbes(Map<String, Probe> probes) {
    Actor admin = staff.actor(Role.ADMINISTRATOR, "lulea");
    var service =
        eservices.create(
            new se.kansli.eservices.EServiceSettings(
                "lulea",
                "E-tjänst " + secretWord,
                "Beskrivning " + secretWord,
                "Skola",
                "3.1.1",
                "Skolkontoret",
                true,
                se.kansli.eservices.SigningRequirement.ONE,
                null,
                10),
            admin);
    var first = service.draft().id();
    eservices.updateForm(
        first,
        new se.kansli.eservices.Form(
            List.of(
                new se.kansli.eservices.FormPage(
                    "Sida",
                    List.of(
                        se.kansli.eservices.FormField.of(
                            "namn", se.kansli.eservices.FieldType.SHORT_TEXT, "Namn", true))))),
        admin);
    eservices.publish(first, admin);
    var draft = eservices.newDraft(service.id(), admin).id();
    String e = "/api/eservices/" + service.id();
    String v = "/api/eservice-versions/" + draft;
    String p = "/api/eservice-versions/" + first;
    String settings =
        "{\"organisation\":\"lulea\",\"title\":\"Kapad\",\"description\":\"X\","
            + "\"category\":\"X\",\"classificationCode\":\"3.1.1\",\"officerGroup\":\"X\","
            + "\"loginRequired\":false,\"signing\":\"NONE\",\"handlingDays\":1}";
    String form =
        "{\"pages\":[{\"title\":\"Kapad\",\"fields\":[{\"key\":\"x\",\"type\":\"SHORT_TEXT\","
            + "\"label\":\"X\"}]}]}";
    probes.put("GET /api/eservices", new Probe(get("/api/eservices"), Expect.NO_LULEA_DATA));
    probes.put(
        "POST /api/eservices", new Probe(json(post("/api/eservices"), settings), Expect.REFUSED));
    probes.put("GET /api/eservices/{id}", new Probe(get(e), Expect.NOT_FOUND));
    probes.put("PUT /api/eservices/{id}", new Probe(json(put(e), settings), Expect.NOT_FOUND));
    probes.put("POST /api/eservices/{id}/drafts", new Probe(post(e + "/drafts"), Expect.NOT_FOUND));
    probes.put(
        "POST /api/eservices/{id}/import",
        new Probe(json(post(e + "/import"), "{\"form\":" + form + "}"), Expect.NOT_FOUND));
    probes.put(
        "PUT /api/eservices/{id}/activations/{municipality}",
        new Probe(put(e + "/activations/kiruna"), Expect.NOT_FOUND));
    probes.put(
        "DELETE /api/eservices/{id}/activations/{municipality}",
        new Probe(delete(e + "/activations/kiruna"), Expect.NOT_FOUND));
    probes.put("GET /api/eservice-versions/{id}", new Probe(get(v), Expect.NOT_FOUND));
    probes.put(
        "PUT /api/eservice-versions/{id}/form",
        new Probe(json(put(v + "/form"), form), Expect.NOT_FOUND));
    probes.put(
        "POST /api/eservice-versions/{id}/publish",
        new Probe(post(v + "/publish"), Expect.NOT_FOUND));
    probes.put(
        "POST /api/eservice-versions/{id}/retire",
        new Probe(post(p + "/retire"), Expect.NOT_FOUND));
    probes.put(
        "GET /api/eservice-versions/{id}/export", new Probe(get(p + "/export"), Expect.NOT_FOUND));
    // The catalogue is public: the same to anyone, signed in anywhere or not at all.
    probes.put("GET /api/public/e-services/{organisation}", open("/api/public/e-services/lulea"));
    probes.put(
        "GET /api/public/e-services/{organisation}/{slug}",
        open("/api/public/e-services/lulea/" + service.slug()));
    return service;
  }

  /**
   * A submission to Luleå's e-service, in the case above: Kiruna's administrator neither reads nor
   * takes nor moves it, nor opens its officer group's inbox or reads its statistics.
   */
  private void inboxProbes(
      Map<String, Probe> probes, se.kansli.eservices.EServiceView luleaService) {
    var jdbc =
        mappings
            .getApplicationContext()
            .getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
    var published = eservices.get(luleaService.id(), lulea).published().id().value();
    java.util.UUID draft = java.util.UUID.randomUUID();
    java.util.UUID submission = java.util.UUID.randomUUID();
    jdbc.sql(
            """
            insert into e_service_drafts (id, e_service_id, version_id, organisation_id,
              anonymous_token_sha256, created_at, updated_at, submitted_at)
            values (?, ?, ?, 'lulea', ?, now(), now(), now())
            """)
        .params(draft, luleaService.id().value(), published, "token-" + draft)
        .update();
    jdbc.sql(
            """
            insert into e_service_submissions (id, draft_id, e_service_id, version_id,
              organisation_id, case_id, case_number, officer_group, status, due_on,
              submitted_at, answers)
            values (?, ?, ?, ?, 'lulea', ?, ?, 'Skolkontoret', 'Inkommen', current_date,
              now(), ?::jsonb)
            """)
        .params(
            submission,
            draft,
            luleaService.id().value(),
            published,
            luleaCase.id().value(),
            luleaCase.caseNumber(),
            "{\"namn\": [\"" + secretWord + "\"]}")
        .update();
    String sub = "/api/eservices/submissions/" + submission;
    probes.put(
        "GET /api/eservices/inbox",
        new Probe(
            get("/api/eservices/inbox")
                .param("group", "lulea:Skolkontoret")
                .param("filter", "OPEN"),
            Expect.NOT_FOUND));
    probes.put("GET /api/eservices/submissions/{id}", new Probe(get(sub), Expect.NOT_FOUND));
    probes.put(
        "POST /api/eservices/submissions/{id}/assignment",
        new Probe(json(post(sub + "/assignment"), "{\"userId\":null}"), Expect.NOT_FOUND));
    probes.put(
        "POST /api/eservices/submissions/{id}/status",
        new Probe(
            json(post(sub + "/status"), "{\"status\":\"Avslutad\",\"comment\":\"x\"}"),
            Expect.NOT_FOUND));
    probes.put(
        "GET /api/eservices/statistics",
        new Probe(get("/api/eservices/statistics"), Expect.NO_LULEA_DATA));
  }

  /** Luleå's operational plan with a goal and a manual indicator, in a year still free. */
  private se.kansli.followup.PlanView luleaPlan() {
    Actor secretary = staff.actor(Role.COMMITTEE_SECRETARY, "lulea");
    se.kansli.followup.PlanView plan = null;
    for (int year = 2100; plan == null; year--) {
      try {
        plan =
            plans.create(
                new se.kansli.followup.NewPlan("lulea", year, "Plan " + secretWord), secretary);
      } catch (se.kansli.shared.Conflict taken) {
        // Another test's plan: try the year before.
      }
    }
    plan = plans.addGoal(plan.id(), new se.kansli.followup.NewGoal("Mål " + secretWord), secretary);
    return plans.addIndicator(
        plan.id(),
        new se.kansli.followup.NewIndicator(
            plan.goals().getFirst().id(),
            "Indikator " + secretWord,
            se.kansli.followup.Target.Comparison.AT_LEAST,
            java.math.BigDecimal.ONE,
            se.kansli.followup.Target.TargetUnit.COUNT,
            null,
            se.kansli.followup.IndicatorSource.MANUAL,
            null),
        secretary);
  }

  /** Kiruna reads nothing of Luleå's plan and changes nothing in it. */
  private void planProbes(Map<String, Probe> probes) {
    String p = "/api/plans/" + luleaPlan.id();
    var goal = luleaPlan.goals().getFirst();
    String i = p + "/indicators/" + goal.indicators().getFirst().id();
    probes.put("GET /api/plans", new Probe(get("/api/plans"), Expect.NO_LULEA_DATA));
    probes.put(
        "POST /api/plans",
        new Probe(
            json(post("/api/plans"), "{\"organisation\":\"lulea\",\"year\":2001}"),
            Expect.REFUSED));
    probes.put("GET /api/plans/{id}", new Probe(get(p), Expect.NOT_FOUND));
    probes.put(
        "POST /api/plans/{id}/goals",
        new Probe(json(post(p + "/goals"), "{\"text\":\"Kapat\"}"), Expect.NOT_FOUND));
    probes.put(
        "POST /api/plans/{id}/indicators",
        new Probe(
            json(
                post(p + "/indicators"),
                "{\"goal\":\""
                    + goal.id()
                    + "\",\"name\":\"X\",\"comparison\":\"AT_LEAST\","
                    + "\"targetValue\":1,\"unit\":\"COUNT\",\"source\":\"MANUAL\"}"),
            Expect.NOT_FOUND));
    probes.put(
        "PUT /api/plans/{id}/goals/{goal}",
        new Probe(json(put(p + "/goals/" + goal.id()), "{\"text\":\"Kapat\"}"), Expect.NOT_FOUND));
    probes.put(
        "DELETE /api/plans/{id}/goals/{goal}",
        new Probe(delete(p + "/goals/" + goal.id()), Expect.NOT_FOUND));
    probes.put(
        "PUT /api/plans/{id}/indicators/{indicator}",
        new Probe(
            json(
                put(i),
                "{\"goal\":\""
                    + goal.id()
                    + "\",\"name\":\"Kapad\",\"comparison\":\"AT_LEAST\","
                    + "\"targetValue\":1,\"unit\":\"COUNT\",\"source\":\"MANUAL\"}"),
            Expect.NOT_FOUND));
    probes.put(
        "DELETE /api/plans/{id}/indicators/{indicator}", new Probe(delete(i), Expect.NOT_FOUND));
    probes.put(
        "POST /api/plans/{id}/indicators/{indicator}/outcomes",
        new Probe(
            json(post(i + "/outcomes"), "{\"period\":\"2100\",\"value\":5}"), Expect.NOT_FOUND));
    probes.put(
        "PUT /api/plans/{id}/indicators/{indicator}/forecast",
        new Probe(json(put(i + "/forecast"), "{\"forecast\":\"AT_RISK\"}"), Expect.NOT_FOUND));
  }

  /**
   * Luleå's audit (with a recommendation and an action), annual cycle item and control point;
   * Kiruna reads none of them and changes nothing.
   */
  private se.kansli.followup.AuditView followUpProbes(Map<String, Probe> probes) {
    se.kansli.followup.AuditView audit = null;
    // (organisation, municipality, year) is unique and the database shared: find a free year.
    for (int year = 1990 + Math.floorMod(secretWord.hashCode(), 150); audit == null; year++) {
      try {
        audit =
            audits.create(
                new se.kansli.followup.NewAudit(
                    "lulea",
                    "boden",
                    year,
                    "Granskning " + secretWord,
                    "Bedömning " + secretWord,
                    List.of("Rekommendation " + secretWord)),
                lulea);
      } catch (se.kansli.shared.Conflict e) {
        // taken by an earlier run; try the next year
      }
    }
    var rec = audit.recommendations().getFirst().id();
    audit =
        audits.addAction(
            rec,
            new se.kansli.followup.NewAction(
                "Åtgärd " + secretWord, "Ägare", LocalDate.of(2030, 1, 1), null, ""),
            lulea);
    var action = audit.recommendations().getFirst().actions().getFirst().id();
    var item =
        annualCycle.add(
            new se.kansli.followup.NewCycleItem(
                "lulea",
                se.kansli.followup.CycleKind.BUDGET,
                "Budget " + secretWord,
                "Direktiv " + secretWord,
                "Ägare",
                null,
                6,
                1),
            lulea);
    var point =
        internalControl.add(
            new se.kansli.followup.NewControlPoint(
                "lulea",
                "Kontroll " + secretWord,
                "Metod",
                "Ägare",
                se.kansli.followup.ControlFrequency.MONTHLY,
                LocalDate.of(2022, 1, 1)),
            lulea);
    String a = "/api/audits/" + audit.id();
    probes.put("GET /api/audits", new Probe(get("/api/audits"), Expect.NO_LULEA_DATA));
    probes.put(
        "GET /api/audits/open-recommendations",
        new Probe(get("/api/audits/open-recommendations"), Expect.NO_LULEA_DATA));
    probes.put(
        "POST /api/audits",
        new Probe(
            json(
                post("/api/audits"),
                "{\"organisation\":\"lulea\",\"municipality\":\"boden\",\"year\":2001,\"assessment\":\"X\"}"),
            Expect.REFUSED));
    probes.put("GET /api/audits/{id}", new Probe(get(a), Expect.NOT_FOUND));
    probes.put(
        "POST /api/audits/{id}/recommendations",
        new Probe(
            json(post(a + "/recommendations"), "{\"text\":\"Inskjuten\"}"), Expect.NOT_FOUND));
    probes.put(
        "POST /api/audits/{id}/decision",
        new Probe(json(post(a + "/decision"), "{\"caseNumber\":\"2022/9\"}"), Expect.NOT_FOUND));
    probes.put(
        "POST /api/audits/recommendations/{id}/actions",
        new Probe(
            json(
                post("/api/audits/recommendations/" + rec + "/actions"),
                "{\"description\":\"X\",\"owner\":\"X\",\"due\":\"2030-01-01\"}"),
            Expect.NOT_FOUND));
    probes.put(
        "PUT /api/audits/actions/{id}",
        new Probe(
            json(put("/api/audits/actions/" + action), "{\"status\":\"DONE\"}"), Expect.NOT_FOUND));
    probes.put(
        "POST /api/audits/recommendations/{id}/close",
        new Probe(
            json(post("/api/audits/recommendations/" + rec + "/close"), "{\"comment\":\"X\"}"),
            Expect.NOT_FOUND));
    probes.put("GET /api/annual-cycle", new Probe(get("/api/annual-cycle"), Expect.NO_LULEA_DATA));
    probes.put(
        "POST /api/annual-cycle",
        new Probe(
            json(
                post("/api/annual-cycle"),
                "{\"organisation\":\"lulea\",\"kind\":\"BUDGET\",\"title\":\"X\",\"directive\":\"X\",\"owner\":\"X\",\"dueMonth\":1,\"dueDay\":1}"),
            Expect.REFUSED));
    probes.put(
        "GET /api/annual-cycle/{id}",
        new Probe(get("/api/annual-cycle/" + item.id()), Expect.NOT_FOUND));
    probes.put(
        "GET /api/annual-cycle/years/{year}",
        new Probe(get("/api/annual-cycle/years/2026"), Expect.NO_LULEA_DATA));
    probes.put(
        "GET /api/internal-control", new Probe(get("/api/internal-control"), Expect.NO_LULEA_DATA));
    probes.put(
        "POST /api/internal-control",
        new Probe(
            json(
                post("/api/internal-control"),
                "{\"organisation\":\"lulea\",\"title\":\"X\",\"method\":\"X\",\"owner\":\"X\",\"frequency\":\"MONTHLY\"}"),
            Expect.REFUSED));
    probes.put(
        "GET /api/internal-control/{id}",
        new Probe(get("/api/internal-control/" + point.id()), Expect.NOT_FOUND));
    probes.put(
        "POST /api/internal-control/{id}/follow-ups",
        new Probe(
            json(
                post("/api/internal-control/" + point.id() + "/follow-ups"),
                "{\"date\":\"2022-01-01\",\"result\":\"X\"}"),
            Expect.NOT_FOUND));
    return audit;
  }

  private se.kansli.meetings.MeetingView luleaMeeting() {
    Actor secretary = staff.actor(Role.COMMITTEE_SECRETARY, "lulea");
    var body =
        bodies.create(
            new se.kansli.meetings.NewBody(
                "lulea", "Kommunstyrelsen " + secretWord, null, null, null),
            secretary);
    body =
        bodies.addSeat(
            body.id(),
            new se.kansli.meetings.NewSeat(
                "Ledamot " + secretWord,
                null,
                se.kansli.meetings.SeatKind.MEMBER,
                null,
                "lulea",
                null,
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2030, 1, 1)),
            secretary);
    var meeting =
        planner.plan(
            body.id(),
            new se.kansli.meetings.PlanMeeting(
                LocalDate.now(), java.time.LocalTime.NOON, null, "Stadshuset", false),
            secretary);
    return planner.addCase(meeting.id(), luleaCase.id(), secretary);
  }

  /** Luleå's registrar has read old minutes; Kiruna sees nothing of them and commits nothing. */
  private void importProbes(Map<String, Probe> probes) throws Exception {
    byte[] seed;
    try (var in =
        getClass().getResourceAsStream("/minutesimport/ocr-minutes-e-namnden-2022-06-22.txt")) {
      seed = in.readAllBytes();
    }
    var read = minutesImports.read("lulea", "protokoll-" + secretWord + ".txt", seed, lulea);
    String imp = "/api/minutes-imports/" + read.id();
    probes.put(
        "POST /api/minutes-imports",
        new Probe(
            multipart("/api/minutes-imports")
                .file(new MockMultipartFile("file", "p.txt", "text/plain", seed))
                .param("organisation", "lulea"),
            Expect.REFUSED));
    probes.put(
        "GET /api/minutes-imports", new Probe(get("/api/minutes-imports"), Expect.NO_LULEA_DATA));
    probes.put("GET /api/minutes-imports/{id}", new Probe(get(imp), Expect.NOT_FOUND));
    probes.put(
        "POST /api/minutes-imports/{id}/commit",
        new Probe(post(imp + "/commit"), Expect.NOT_FOUND));
  }

  /** Luleå's interim report, a draft: Kiruna reads, changes, files and schedules nothing. */
  private se.kansli.followup.ReportView reportProbes(Map<String, Probe> probes) {
    Actor secretary = staff.actor(Role.COMMITTEE_SECRETARY, "lulea");
    se.kansli.followup.ReportView report = null;
    for (int year = 2000 + Math.floorMod(secretWord.hashCode(), 90); report == null; year++) {
      try {
        report =
            reports.create(
                new se.kansli.followup.NewReport(
                    "lulea",
                    year,
                    se.kansli.followup.ReportKind.INTERIM,
                    5,
                    "Rapport " + secretWord),
                secretary);
      } catch (se.kansli.shared.Conflict taken) {
        // Another run's report of that year; try the next.
      }
    }
    String r = "/api/reports/" + report.id();
    probes.put("GET /api/reports", new Probe(get("/api/reports"), Expect.NO_LULEA_DATA));
    probes.put(
        "POST /api/reports",
        new Probe(
            json(
                post("/api/reports"),
                "{\"organisation\":\"lulea\",\"year\":2099,\"kind\":\"ANNUAL\"}"),
            Expect.REFUSED));
    probes.put("GET /api/reports/{id}", new Probe(get(r), Expect.NOT_FOUND));
    probes.put(
        "PUT /api/reports/{id}/texts",
        new Probe(json(put(r + "/texts"), "{\"summary\":\"Kapad\"}"), Expect.NOT_FOUND));
    probes.put("GET /api/reports/{id}/pdf", new Probe(get(r + "/pdf"), Expect.NOT_FOUND));
    probes.put(
        "POST /api/reports/{id}/registration",
        new Probe(
            json(post(r + "/registration"), "{\"classificationCode\":\"3.1.1\"}"),
            Expect.NOT_FOUND));
    probes.put(
        "POST /api/reports/{id}/agenda",
        new Probe(
            json(post(r + "/agenda"), "{\"meeting\":\"" + luleaMeeting.id() + "\"}"),
            Expect.NOT_FOUND));
    return report;
  }

  /** Luleå's own budget (a Kiruna administrator is no member of Luleå, nor of e-nämnden). */
  private void budgetProbes(Map<String, Probe> probes) {
    Actor luleaAdmin = staff.actor(Role.ADMINISTRATOR, "lulea");
    se.kansli.followup.BudgetView budget = null;
    for (int year = 2000; budget == null; year++) {
      try {
        budget = budgets.create("lulea", year, luleaAdmin);
      } catch (se.kansli.shared.Conflict taken) {
        // Another test run's budget of that year; try the next.
      }
    }
    budget =
        budgets.addLine(
            budget.id(),
            new se.kansli.followup.NewBudgetLine(
                se.kansli.followup.LineKind.COST,
                "Rad " + secretWord,
                new java.math.BigDecimal("1000"),
                se.kansli.followup.AllocationModel.EQUAL,
                null,
                Map.of()),
            luleaAdmin);
    String bu = "/api/budgets/" + budget.id();
    String line = bu + "/lines/" + budget.lines().getFirst().id();
    String lineJson =
        "{\"kind\":\"COST\",\"name\":\"Kapad\",\"amount\":1,\"allocationModel\":\"EQUAL\"}";
    probes.put("GET /api/budgets", new Probe(get("/api/budgets"), Expect.NO_LULEA_DATA));
    probes.put(
        "POST /api/budgets",
        new Probe(
            json(post("/api/budgets"), "{\"organisation\":\"lulea\",\"year\":2099}"),
            Expect.REFUSED));
    probes.put("GET /api/budgets/{id}", new Probe(get(bu), Expect.NOT_FOUND));
    probes.put(
        "POST /api/budgets/{id}/lines",
        new Probe(json(post(bu + "/lines"), lineJson), Expect.NOT_FOUND));
    probes.put(
        "PUT /api/budgets/{id}/lines/{line}",
        new Probe(json(put(line), lineJson), Expect.NOT_FOUND));
    probes.put("DELETE /api/budgets/{id}/lines/{line}", new Probe(delete(line), Expect.NOT_FOUND));
    probes.put(
        "PUT /api/budgets/{id}/aki",
        new Probe(json(put(bu + "/aki"), "{\"akiPercent\":3}"), Expect.NOT_FOUND));
    probes.put(
        "POST /api/budgets/{id}/next-year", new Probe(post(bu + "/next-year"), Expect.NOT_FOUND));
    probes.put(
        "GET /api/budgets/{id}/allocation", new Probe(get(bu + "/allocation"), Expect.NOT_FOUND));
    probes.put(
        "GET /api/budgets/{id}/allocation.csv",
        new Probe(get(bu + "/allocation.csv"), Expect.NOT_FOUND));
    probes.put(
        "GET /api/budgets/{id}/invoice-basis",
        new Probe(get(bu + "/invoice-basis"), Expect.NOT_FOUND));
    probes.put(
        "GET /api/budgets/{id}/invoice-basis.csv",
        new Probe(get(bu + "/invoice-basis.csv"), Expect.NOT_FOUND));
    probes.put(
        "GET /api/budgets/{id}/invoice-basis.pdf",
        new Probe(get(bu + "/invoice-basis.pdf"), Expect.NOT_FOUND));
    MockMultipartFile ledger =
        new MockMultipartFile(
            "file",
            "huvudbok.csv",
            "text/csv",
            ("månad;rad;belopp\n1;1;100\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    probes.put(
        "POST /api/budgets/{id}/actuals (multipart)",
        new Probe(multipart(bu + "/actuals").file(ledger), Expect.NOT_FOUND));
    probes.put(
        "GET /api/budgets/{id}/follow-up", new Probe(get(bu + "/follow-up"), Expect.NOT_FOUND));
    probes.put(
        "PUT /api/budgets/{id}/lines/{line}/forecast",
        new Probe(json(put(line + "/forecast"), "{\"amount\":1}"), Expect.NOT_FOUND));
  }

  private void portfolioProbes(Map<String, Probe> probes) {
    Actor luleaAdmin = staff.actor(Role.ADMINISTRATOR, "lulea");
    se.kansli.portfolio.ServiceView service =
        sharedServices.join(
            sharedServices
                .create(
                    new se.kansli.portfolio.NewService(
                        "lulea",
                        "Tjänst " + secretWord,
                        "Luleås egen",
                        "Luleå",
                        se.kansli.portfolio.ServiceStage.PLANNED,
                        null,
                        null,
                        false),
                    luleaAdmin)
                .id(),
            "boden",
            LocalDate.of(2024, 1, 1),
            null,
            luleaAdmin);
    String s = "/api/portfolio/services/" + service.id();
    String p = "/api/portfolio/participations/" + service.participations().getFirst().id();
    String serviceJson =
        "{\"organisation\":\"lulea\",\"name\":\"Kapad\",\"description\":\"x\",\"owner\":\"x\","
            + "\"stage\":\"PLANNED\"}";
    probes.put(
        "GET /api/portfolio/services",
        new Probe(get("/api/portfolio/services"), Expect.NO_LULEA_DATA));
    probes.put(
        "POST /api/portfolio/services",
        new Probe(json(post("/api/portfolio/services"), serviceJson), Expect.REFUSED));
    probes.put("GET /api/portfolio/services/{id}", new Probe(get(s), Expect.NOT_FOUND));
    probes.put(
        "PUT /api/portfolio/services/{id}", new Probe(json(put(s), serviceJson), Expect.NOT_FOUND));
    probes.put(
        "POST /api/portfolio/services/{id}/participations",
        new Probe(
            json(
                post(s + "/participations"),
                "{\"municipality\":\"kiruna\",\"joinedOn\":\"2024-01-01\"}"),
            Expect.NOT_FOUND));
    probes.put(
        "POST /api/portfolio/participations/{id}/leave",
        new Probe(json(post(p + "/leave"), "{\"leftOn\":\"2024-12-31\"}"), Expect.NOT_FOUND));
    probes.put("DELETE /api/portfolio/participations/{id}", new Probe(delete(p), Expect.NOT_FOUND));
    probes.put("GET /api/public/portfolio/services", open("/api/public/portfolio/services"));
    probes.put(
        "PUT /api/portfolio/services/{id}/status",
        new Probe(
            json(put(s + "/status"), "{\"period\":\"2024-01\",\"text\":\"x\"}"), Expect.NOT_FOUND));
    probes.put(
        "POST /api/portfolio/services/{id}/decisions",
        new Probe(json(post(s + "/decisions"), "{\"caseNumber\":\"2024/1\"}"), Expect.NOT_FOUND));
    se.kansli.portfolio.AgreementView agreement =
        agreements.create(
            new se.kansli.portfolio.NewAgreement(
                "lulea",
                se.kansli.portfolio.AgreementKind.CONTRACT,
                "Avtal " + secretWord,
                "Leverantör " + secretWord,
                null,
                "Luleås eget " + secretWord,
                true,
                null,
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 3, 31),
                null,
                1,
                java.util.List.of(service.id().value()),
                null),
            luleaAdmin);
    String a = "/api/portfolio/agreements/" + agreement.id();
    String agreementJson =
        "{\"organisation\":\"lulea\",\"kind\":\"CONTRACT\",\"title\":\"Kapat\","
            + "\"supplierName\":\"x\",\"scope\":\"x\",\"allMembers\":true,"
            + "\"startsOn\":\"2024-01-01\",\"endsOn\":\"2024-12-31\"}";
    probes.put(
        "GET /api/portfolio/agreements",
        new Probe(get("/api/portfolio/agreements"), Expect.NO_LULEA_DATA));
    probes.put(
        "POST /api/portfolio/agreements",
        new Probe(json(post("/api/portfolio/agreements"), agreementJson), Expect.REFUSED));
    probes.put(
        "GET /api/portfolio/agreements/deadlines",
        new Probe(
            get("/api/portfolio/agreements/deadlines").param("day", "2024-01-15"),
            Expect.NO_LULEA_DATA));
    probes.put("GET /api/portfolio/agreements/{id}", new Probe(get(a), Expect.NOT_FOUND));
    probes.put(
        "PUT /api/portfolio/agreements/{id}",
        new Probe(json(put(a), agreementJson), Expect.NOT_FOUND));
    probes.put("GET /api/public/portfolio/agreements", open("/api/public/portfolio/agreements"));
    initiativeProbes(probes, luleaAdmin);
  }

  private void initiativeProbes(Map<String, Probe> probes, Actor luleaAdmin) {
    se.kansli.portfolio.InitiativeView initiative =
        initiatives.create(
            new se.kansli.portfolio.NewInitiative(
                "lulea",
                se.kansli.portfolio.InitiativeKind.PRESTUDY,
                se.kansli.portfolio.InitiativePhase.ONGOING,
                "Förstudie " + secretWord,
                "Luleås egen",
                null,
                null),
            luleaAdmin);
    initiative =
        initiatives.join(
            initiative.id(), "boden", LocalDate.of(2024, 1, 1), null, true, luleaAdmin);
    initiative =
        initiatives.addMilestone(
            initiative.id(), "Rapport", LocalDate.of(2024, 6, 1), null, luleaAdmin);
    statusReports.report(initiative.id(), "2024-01", "Pågår " + secretWord, luleaAdmin);
    String i = "/api/portfolio/initiatives/" + initiative.id();
    String p =
        "/api/portfolio/initiatives/participations/" + initiative.participations().getFirst().id();
    String initiativeJson =
        "{\"organisation\":\"lulea\",\"kind\":\"PRESTUDY\",\"phase\":\"ONGOING\","
            + "\"name\":\"Kapad\",\"description\":\"x\"}";
    probes.put(
        "GET /api/portfolio/initiatives",
        new Probe(get("/api/portfolio/initiatives"), Expect.NO_LULEA_DATA));
    probes.put(
        "POST /api/portfolio/initiatives",
        new Probe(json(post("/api/portfolio/initiatives"), initiativeJson), Expect.REFUSED));
    probes.put("GET /api/portfolio/initiatives/{id}", new Probe(get(i), Expect.NOT_FOUND));
    probes.put(
        "PUT /api/portfolio/initiatives/{id}",
        new Probe(json(put(i), initiativeJson), Expect.NOT_FOUND));
    probes.put(
        "POST /api/portfolio/initiatives/{id}/participations",
        new Probe(
            json(
                post(i + "/participations"),
                "{\"municipality\":\"kiruna\",\"joinedOn\":\"2024-01-01\",\"coFinancing\":true}"),
            Expect.NOT_FOUND));
    probes.put(
        "POST /api/portfolio/initiatives/participations/{id}/leave",
        new Probe(json(post(p + "/leave"), "{\"leftOn\":\"2024-12-31\"}"), Expect.NOT_FOUND));
    probes.put(
        "DELETE /api/portfolio/initiatives/participations/{id}",
        new Probe(delete(p), Expect.NOT_FOUND));
    probes.put(
        "POST /api/portfolio/initiatives/{id}/directive",
        new Probe(
            json(
                post(i + "/directive"),
                "{\"revision\":\"Rev Z\",\"scope\":\"x\",\"decidedOn\":\"2024-01-01\","
                    + "\"decidedBy\":\"x\"}"),
            Expect.NOT_FOUND));
    probes.put(
        "POST /api/portfolio/initiatives/{id}/milestones",
        new Probe(
            json(post(i + "/milestones"), "{\"title\":\"x\",\"dueOn\":\"2024-01-01\"}"),
            Expect.NOT_FOUND));
    probes.put(
        "POST /api/portfolio/initiatives/{id}/milestones/{milestone}/done",
        new Probe(
            json(
                post(i + "/milestones/" + initiative.milestones().getFirst().id() + "/done"),
                "{\"doneOn\":\"2024-01-01\"}"),
            Expect.NOT_FOUND));
    probes.put(
        "PUT /api/portfolio/initiatives/{id}/status",
        new Probe(
            json(put(i + "/status"), "{\"period\":\"2024-02\",\"text\":\"x\"}"), Expect.NOT_FOUND));
    probes.put(
        "POST /api/portfolio/initiatives/{id}/decisions",
        new Probe(json(post(i + "/decisions"), "{\"caseNumber\":\"2024/1\"}"), Expect.NOT_FOUND));
    probes.put(
        "GET /api/portfolio/status-report",
        new Probe(
            get("/api/portfolio/status-report?organisation=lulea&period=2024-01"),
            Expect.NOT_FOUND));
    probes.put(
        "POST /api/portfolio/status-report",
        new Probe(
            json(
                post("/api/portfolio/status-report"),
                "{\"organisation\":\"lulea\",\"period\":\"2024-01\","
                    + "\"meetingId\":\""
                    + luleaMeeting.id()
                    + "\",\"classificationCode\":\"2.2.0.1\"}"),
            Expect.NOT_FOUND));
    probes.put("GET /api/public/portfolio/initiatives", open("/api/public/portfolio/initiatives"));
  }

  private void meetingProbes(Map<String, Probe> probes) {
    String b = "/api/bodies/" + luleaMeeting.body().id();
    String m = "/api/meetings/" + luleaMeeting.id();
    String i = m + "/items/" + luleaMeeting.items().getFirst().id();
    String seat = luleaMeeting.body().seats().getFirst().id().toString();
    probes.put("GET /api/bodies", new Probe(get("/api/bodies"), Expect.NO_LULEA_DATA));
    probes.put(
        "POST /api/bodies",
        new Probe(
            json(post("/api/bodies"), "{\"organisation\":\"lulea\",\"name\":\"X\"}"),
            Expect.REFUSED));
    probes.put("GET /api/bodies/{id}", new Probe(get(b), Expect.NOT_FOUND));
    probes.put(
        "GET /api/bodies/{id}/attendance", new Probe(get(b + "/attendance"), Expect.NOT_FOUND));
    probes.put(
        "POST /api/bodies/{id}/seats",
        new Probe(
            json(
                post(b + "/seats"),
                "{\"personName\":\"X\",\"kind\":\"MEMBER\",\"termFrom\":\"2020-01-01\",\"termTo\":\"2030-01-01\"}"),
            Expect.NOT_FOUND));
    String plan = "{\"date\":\"2030-01-01\",\"startsAt\":\"09:00\",\"place\":\"X\"}";
    probes.put(
        "POST /api/bodies/{id}/meetings",
        new Probe(json(post(b + "/meetings"), plan), Expect.NOT_FOUND));
    probes.put(
        "GET /api/meetings",
        new Probe(
            get("/api/meetings").param("year", "" + LocalDate.now().getYear()),
            Expect.NO_LULEA_DATA));
    probes.put("GET /api/meetings/{id}", new Probe(get(m), Expect.NOT_FOUND));
    probes.put(
        "PUT /api/meetings/{id}/schedule",
        new Probe(json(put(m + "/schedule"), plan), Expect.NOT_FOUND));
    probes.put("POST /api/meetings/{id}/cancel", new Probe(post(m + "/cancel"), Expect.NOT_FOUND));
    probes.put(
        "POST /api/meetings/{id}/items",
        new Probe(
            json(post(m + "/items"), "{\"caseNumber\":\"" + luleaCase.caseNumber() + "\"}"),
            Expect.NOT_FOUND));
    probes.put(
        "POST /api/meetings/{id}/items/{item}/move",
        new Probe(json(post(i + "/move"), "{\"step\":1}"), Expect.NOT_FOUND));
    probes.put("DELETE /api/meetings/{id}/items/{item}", new Probe(delete(i), Expect.NOT_FOUND));
    probes.put(
        "PUT /api/meetings/{id}/items/{item}/minutes",
        new Probe(json(put(i + "/minutes"), "{\"decision\":\"Kapat\"}"), Expect.NOT_FOUND));
    probes.put("POST /api/meetings/{id}/notice", new Probe(post(m + "/notice"), Expect.NOT_FOUND));
    probes.put(
        "POST /api/meetings/{id}/numbering", new Probe(post(m + "/numbering"), Expect.NOT_FOUND));
    probes.put(
        "PUT /api/meetings/{id}/attendance",
        new Probe(
            json(
                put(m + "/attendance"),
                "{\"entries\":[{\"seat\":\"" + seat + "\",\"status\":\"ABSENT\"}]}"),
            Expect.NOT_FOUND));
    probes.put(
        "PUT /api/meetings/{id}/attestation",
        new Probe(json(put(m + "/attestation"), "{\"attesters\":[]}"), Expect.NOT_FOUND));
    probes.put("GET /api/meetings/{id}/check", new Probe(get(m + "/check"), Expect.NOT_FOUND));
    probes.put(
        "POST /api/meetings/{id}/attestation-order",
        new Probe(post(m + "/attestation-order"), Expect.NOT_FOUND));
    probes.put("GET /api/meetings/{id}/minutes", new Probe(get(m + "/minutes"), Expect.NOT_FOUND));
    probes.put(
        "GET /api/meetings/{id}/items/{item}/extract",
        new Probe(get(i + "/extract"), Expect.NOT_FOUND));
    probes.put(
        "POST /api/meetings/{id}/extracts", new Probe(post(m + "/extracts"), Expect.NOT_FOUND));
    probes.put(
        "POST /api/meetings/{id}/items/{item}/immediate-attestation",
        new Probe(post(i + "/immediate-attestation"), Expect.NOT_FOUND));
    probes.put(
        "POST /api/meetings/{id}/corrections",
        new Probe(
            json(
                post(m + "/corrections"),
                "{\"item\":\"" + luleaMeeting.items().getFirst().id() + "\",\"correction\":\"X\"}"),
            Expect.NOT_FOUND));
    probes.put(
        "GET /api/meetings/{id}/supplements", new Probe(get(m + "/supplements"), Expect.NOT_FOUND));
    probes.put(
        "GET /api/meetings/{id}/supplements/{supplement}",
        new Probe(get(m + "/supplements/" + java.util.UUID.randomUUID()), Expect.NOT_FOUND));
    probes.put("POST /api/meetings/{id}/drafts", new Probe(post(m + "/drafts"), Expect.NOT_FOUND));
    probes.put("GET /api/meetings/{id}/drafts", new Probe(get(m + "/drafts"), Expect.NOT_FOUND));
    probes.put(
        "GET /api/meetings/{id}/drafts/changes",
        new Probe(get(m + "/drafts/changes"), Expect.NOT_FOUND));
    probes.put(
        "GET /api/meetings/{id}/drafts/{version}",
        new Probe(get(m + "/drafts/1"), Expect.NOT_FOUND));
  }

  private Set<String> apiEndpoints() {
    Set<String> endpoints = new TreeSet<>();
    mappings
        .getHandlerMethods()
        .keySet()
        .forEach(info -> {
          for (String pattern : info.getPatternValues()) {
            if (pattern.startsWith("/api/")) {
              info.getMethodsCondition()
                  .getMethods()
                  .forEach(m -> endpoints.add(m + " " + pattern));
            }
          }
        });
    return endpoints;
  }

  /** A public endpoint: tried signed in as Kiruna and anonymously, which must not differ. */
  private Probe open(String url) {
    Probe probe = new Probe(get(url), Expect.PUBLIC);
    probe.publicUrl = url;
    return probe;
  }

  private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
    return b.contentType(MediaType.APPLICATION_JSON).content(body);
  }

  enum Expect {
    NOT_FOUND,
    REFUSED,
    NO_LULEA_DATA,
    SHARED,
    ADMIN_ONLY,
    PUBLIC
  }

  private record ProbeResult(int status, String body) {}

  private final class Probe {
    final AbstractMockHttpServletRequestBuilder<?> request;
    final Expect expect;
    String publicUrl;

    Probe(AbstractMockHttpServletRequestBuilder<?> request, Expect expect) {
      this.request = request;
      this.expect = expect;
    }

    void check(String name) throws Exception {
      if (expect == Expect.PUBLIC) {
        ProbeResult signedIn = run(kirunaAdmin);
        MvcResult anonymous = mvc.perform(get(publicUrl)).andReturn();
        assertThat(signedIn)
            .as(name + " gives the same as to anyone")
            .isEqualTo(
                new ProbeResult(
                    anonymous.getResponse().getStatus(),
                    anonymous.getResponse().getContentAsString(StandardCharsets.UTF_8)));
        return;
      }
      // Builders are single-use; administrators may change the shared scheme, so those
      // endpoints are tried as Kiruna's registrar and everything else as Kiruna's administrator.
      ProbeResult result = run(expect == Expect.ADMIN_ONLY ? kirunaRegistrar : kirunaAdmin);
      assertThat(result.body())
          .as(name + " leaks Luleå's data")
          .doesNotContain(secretWord)
          .doesNotContain("\"caseNumber\":\"" + luleaCase.caseNumber())
          .doesNotContain("\"organisation\":\"lulea\"");
      switch (expect) {
        case NOT_FOUND -> assertThat(result.status()).as(name).isEqualTo(404);
        case REFUSED -> assertThat(result.status()).as(name).isBetween(400, 404);
        case NO_LULEA_DATA, SHARED -> assertThat(result.status()).as(name).isEqualTo(200);
        case ADMIN_ONLY -> assertThat(result.status()).as(name + " as a registrar").isEqualTo(403);
      }
    }

    private ProbeResult run(RequestPostProcessor user) throws Exception {
      MvcResult r = mvc.perform(request.with(user)).andReturn();
      return new ProbeResult(
          r.getResponse().getStatus(), r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
  }
}
