package se.kansli.eservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.kansli.KansliTest;
import se.kansli.PdfAValidation;
import se.kansli.TestStaff;
import se.kansli.registry.CaseId;
import se.kansli.registry.CaseRegistry;
import se.kansli.registry.CaseView;
import se.kansli.registry.DocumentRegistry;
import se.kansli.registry.DocumentView;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.NotFound;
import se.kansli.shared.Role;
import se.kansli.signing.eid.EidIdentity;

@KansliTest
class ResidentSubmissionsTest {

  static final byte[] PNG =
      java.util.Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

  @Autowired EServices eservices;
  @Autowired ResidentAccounts accounts;
  @Autowired ResidentDrafts drafts;
  @Autowired ResidentSubmissions submissions;
  @Autowired CaseRegistry cases;
  @Autowired DocumentRegistry documents;
  @Autowired AnswersPdfFiling pdfFiling;
  @Autowired TestStaff staff;
  @Autowired JdbcClient jdbc;
  @Autowired se.kansli.messaging.Conversations conversations;
  @Autowired se.kansli.TestMailServer mail;
  @Autowired se.kansli.signing.EidSigning eidSigning;

  Actor admin;
  EServiceView service;
  DraftOwner tolvan;
  DraftOwner other;

  @BeforeEach
  void anEServiceAndTwoResidents() {
    admin = staff.actor(Role.ADMINISTRATOR, "kiruna");
    String word = "invanare" + UUID.randomUUID().toString().substring(0, 8);
    service = publish(SigningRequirement.NONE, "Anmälan " + word);
    tolvan = owner(new EidIdentity("19121212-1212", "Tolvan Tolvansson", "Tolvan", "Tolvansson"));
    other = owner(new EidIdentity("19800101-0001", "Annan Person", "Annan", "Person"));
  }

  EServiceView publish(SigningRequirement signing, String title) {
    EServiceView created =
        eservices.create(
            new EServiceSettings(
                "kiruna",
                title,
                "En anmälan.",
                "Bygga och bo",
                "3.1.2",
                "Gatuenheten",
                true,
                signing,
                null,
                14),
            admin);
    eservices.updateForm(created.draft().id(), form(), admin);
    eservices.publish(created.draft().id(), admin);
    return eservices.get(created.id(), admin);
  }

  static Form form() {
    return new Form(
        List.of(
            new FormPage(
                "Felet",
                List.of(
                    FormField.of("typ", FieldType.SINGLE_CHOICE, "Var är felet?", true)
                        .withChoices(List.of("Gata", "Park")),
                    FormField.of("gata", FieldType.SHORT_TEXT, "Vilken gata?", true)
                        .withCondition(new Condition("typ", "Gata")),
                    FormField.of("beskrivning", FieldType.LONG_TEXT, "Beskriv felet", true))),
            new FormPage(
                "Bilder",
                List.of(FormField.of("bilder", FieldType.FILE_UPLOAD, "Bilder", false)))));
  }

  DraftOwner owner(EidIdentity identity) {
    return new DraftOwner(accounts.signIn(identity).id(), null);
  }

  DraftView filledIn(DraftOwner owner) {
    DraftView draft = drafts.start("kiruna", service.slug(), owner);
    AnswerCheck first =
        drafts.savePage(
            draft.id(),
            owner,
            0,
            Map.of(
                "typ", List.of("Gata"),
                "gata", List.of("Storgatan"),
                "beskrivning", List.of("Trasig lampa"),
                "_csrf", List.of("x")),
            List.of(),
            true);
    assertThat(first.problems()).isEmpty();
    AnswerCheck second =
        drafts.savePage(
            draft.id(),
            owner,
            1,
            Map.of(),
            List.of(new UploadedAnswerFile("bilder", "lampa.png", PNG)),
            true);
    assertThat(second.problems()).isEmpty();
    return drafts.get(draft.id(), owner);
  }

  @Test
  void aDraftSurvivesAndReadsBackWithItsAnswersAndFiles() {
    DraftView draft = filledIn(tolvan);
    DraftView again = drafts.get(draft.id(), tolvan);
    assertThat(again.answers())
        .containsEntry("gata", List.of("Storgatan"))
        .containsEntry("beskrivning", List.of("Trasig lampa"));
    assertThat(again.files())
        .singleElement()
        .satisfies(f -> {
          assertThat(f.fileName()).isEqualTo("lampa.png");
          assertThat(f.contentType()).isEqualTo("image/png");
        });
    assertThat(drafts.mine(tolvan.resident())).extracting(DraftView::id).contains(draft.id());
  }

  @Test
  void anotherResidentsDraftDoesNotExist() {
    DraftView draft = filledIn(tolvan);
    assertThatThrownBy(() -> drafts.get(draft.id(), other)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> submissions.submit(draft.id(), other)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> drafts.get(draft.id(), DraftOwner.nobody()))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void aValueForAHiddenFieldAndATamperedKeyAreRefusedAndNothingIsStored() {
    DraftView draft = drafts.start("kiruna", service.slug(), tolvan);
    AnswerCheck hidden =
        drafts.savePage(
            draft.id(),
            tolvan,
            0,
            Map.of(
                "typ", List.of("Park"),
                "gata", List.of("Storgatan"),
                "beskrivning", List.of("Trasig bänk")),
            List.of(),
            true);
    assertThat(hidden.problems())
        .extracting(FormProblem::message)
        .containsExactly("”Vilken gata?” ska inte besvaras med de svar du har lämnat.");
    AnswerCheck tampered =
        drafts.savePage(
            draft.id(),
            tolvan,
            0,
            Map.of("typ", List.of("Park"), "beskrivning", List.of("x"), "admin", List.of("ja")),
            List.of(),
            true);
    assertThat(tampered.problems()).extracting(FormProblem::field).contains("admin");
    assertThat(drafts.get(draft.id(), tolvan).answers()).isEmpty();
  }

  @Test
  void aDisguisedFileIsRefusedByItsBytesAndNothingIsStored() {
    DraftView draft = filledIn(tolvan);
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    System.arraycopy(
        "This program cannot be run in DOS mode".getBytes(StandardCharsets.US_ASCII),
        0,
        exe,
        78,
        38);
    AnswerCheck check =
        drafts.savePage(
            draft.id(),
            tolvan,
            1,
            Map.of(),
            List.of(new UploadedAnswerFile("bilder", "kvitto.pdf", exe)),
            true);
    assertThat(check.problems())
        .singleElement()
        .satisfies(p ->
            assertThat(p.message()).contains("”kvitto.pdf”").contains("inte av en tillåten typ"));
    assertThat(drafts.get(draft.id(), tolvan).files()).hasSize(1);
  }

  @Test
  void aSubmissionMakesOneCaseWithTheResidentAsPartyAndThePdfAndJson() throws Exception {
    DraftView draft = filledIn(tolvan);
    ResidentSubmissionView first = submissions.submit(draft.id(), tolvan);
    ResidentSubmissionView again = submissions.submit(draft.id(), tolvan);
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.caseNumber()).isEqualTo(first.caseNumber());
    assertThat(first.status()).isEqualTo(EServices.DEFAULT_STATUSES.getFirst());
    assertThat(first.dueOn())
        .isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).plusDays(14));

    Actor registrar = staff.actor(Role.REGISTRAR, "kiruna");
    CaseView c = cases.get(new CaseId(first.caseId()), registrar);
    assertThat(c.caseNumber()).isEqualTo(first.caseNumber());
    assertThat(c.classificationCode()).isEqualTo("3.1.2");
    assertThat(c.parties())
        .singleElement()
        .satisfies(p -> {
          assertThat(p.name()).isEqualTo("Tolvan Tolvansson");
          assertThat(p.identityNumber()).isEqualTo("19121212-1212");
        });
    // The PDF is filed after the commit, on its own thread; here at once, as the schedule would.
    pdfFiling.fileWaiting();
    List<DocumentView> docs = documents.ofCase(c.id(), registrar);
    assertThat(docs).hasSize(3);
    DocumentView pdf =
        docs.stream().filter(d -> d.description().endsWith("ansökan")).findFirst().orElseThrow();
    byte[] pdfBytes = documents.content(pdf.id(), null, registrar).bytes();
    PdfAValidation.assertCompliant(pdfBytes, PDFAFlavour.PDFA_2_A);
    DocumentView json =
        docs.stream().filter(d -> d.description().contains("JSON")).findFirst().orElseThrow();
    String text =
        new String(documents.content(json.id(), null, registrar).bytes(), StandardCharsets.UTF_8);
    assertThat(text).contains("\"gata\"").contains("Storgatan").contains(first.caseNumber());
    assertThat(submissions.mine(tolvan.resident()))
        .extracting(ResidentSubmissionView::id)
        .contains(first.id());
    assertThat(drafts.mine(tolvan.resident())).extracting(DraftView::id).doesNotContain(draft.id());
    assertThat(
            jdbc.sql("select count(*) from e_service_status_changes where submission_id = ?")
                .param(first.id())
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aSignedInResidentsCaseGetsItsConversationWithoutTheOfficersNotes() {
    ResidentSubmissionView submitted = submissions.submit(filledIn(tolvan).id(), tolvan);
    var conversation =
        conversations.forResident(tolvan.resident()).stream()
            .filter(c -> c.caseNumber().equals(submitted.caseNumber()))
            .findFirst()
            .orElseThrow();
    UUID linked =
        jdbc.sql("select conversation_id from e_service_submissions where id = ?")
            .param(submitted.id())
            .query(UUID.class)
            .single();
    assertThat(linked).isEqualTo(conversation.id().value());

    Actor officer = staff.actor(Role.CASE_OFFICER, "kiruna");
    conversations.postByOfficer(
        conversation.id(), officer, "Vi behöver ett foto av skadan.", List.of(), false);
    conversations.postByOfficer(conversation.id(), officer, "Ring Ann om detta.", List.of(), true);
    conversations.postByResident(
        conversation.id(), tolvan.resident(), "Här kommer fotot snart.", List.of());

    assertThat(conversations.residentView(conversation.id(), tolvan.resident()).messages())
        .extracting(se.kansli.messaging.MessageView::text)
        .containsExactly("Vi behöver ett foto av skadan.", "Här kommer fotot snart.");
    assertThat(conversations.staffView(conversation.id(), officer).messages()).hasSize(3);
    assertThatThrownBy(() -> conversations.residentView(conversation.id(), other.resident()))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() ->
            conversations.staffView(conversation.id(), staff.actor(Role.CASE_OFFICER, "lulea")))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void twoConcurrentSubmissionsOfOneDraftMakeOneCase() throws Exception {
    DraftView draft = filledIn(tolvan);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<ResidentSubmissionView> submit = () -> submissions.submit(draft.id(), tolvan);
      Future<ResidentSubmissionView> a = pool.submit(submit);
      Future<ResidentSubmissionView> b = pool.submit(submit);
      assertThat(a.get().id()).isEqualTo(b.get().id());
    } finally {
      pool.shutdown();
    }
    assertThat(
            jdbc.sql("select count(*) from e_service_submissions where draft_id = ?")
                .param(draft.id())
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aRetiredVersionRefusesTheSubmissionAndKeepsTheDraft() {
    DraftView draft = filledIn(tolvan);
    eservices.retire(draft.version().id(), admin);
    assertThatThrownBy(() -> submissions.submit(draft.id(), tolvan))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("E-tjänsten har ändrats; dina svar finns kvar");
    assertThat(drafts.get(draft.id(), tolvan).answers())
        .containsEntry("gata", List.of("Storgatan"));
    assertThat(
            jdbc.sql("select count(*) from e_service_submissions where draft_id = ?")
                .param(draft.id())
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void anIncompleteFormIsNotSentIn() {
    DraftView draft = drafts.start("kiruna", service.slug(), tolvan);
    assertThatThrownBy(() -> submissions.submit(draft.id(), tolvan))
        .hasMessage("Välj ett svar på ”Var är felet?”.");
  }

  @Test
  void theResidentGetsAReceiptByEmailWhenTheyGaveAnAddress() throws Exception {
    String address = "tolvan-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
    assertThatThrownBy(() ->
            accounts.updateSettings(
                tolvan.resident(), new ResidentSettings(null, null, ResidentNotification.EMAIL)))
        .hasMessageContaining("e-postadress");
    accounts.updateSettings(
        tolvan.resident(),
        new ResidentSettings(address, "070-123 45 67", ResidentNotification.BOTH));
    ResidentSubmissionView sent = submissions.submit(filledIn(tolvan).id(), tolvan);
    // The receipt is sent after the commit on the submitting thread, and GreenMail has stored it
    // before it answers the SMTP client, so it is there when submit returns.
    assertThat(mail.to(address))
        .singleElement()
        .satisfies(m -> {
          assertThat(m.getSubject()).contains(sent.caseNumber());
          assertThat(m.getContent().toString())
              .contains(sent.caseNumber())
              .contains("/mina-sidor/arenden/" + sent.id())
              .as("not what the case is about")
              .doesNotContain(service.title())
              .doesNotContain("Trasig lampa");
        });
    assertThat(
            jdbc.sql(
                    """
                    select channel || ' ' || recipient from resident_notices
                     where kind = 'RECEIPT' and organisation_id = 'kiruna' and case_number = ?
                       and sent_at is not null
                    """)
                .param(sent.caseNumber())
                .query(String.class)
                .list())
        .as("e-mail and SMS, as the resident chose both")
        .containsExactlyInAnyOrder("EMAIL " + address, "SMS 070-123 45 67");
  }

  @Test
  void anAnonymousSenderGetsTheReceiptByEmailToTheFormsAddressAndNothingElse() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String address = "anonym-" + tag + "@example.se";
    EServiceView created =
        eservices.create(
            new EServiceSettings(
                "kiruna",
                "Tips " + tag,
                "Ett tips.",
                "Bygga och bo",
                "3.1.2",
                "Gatuenheten",
                false,
                SigningRequirement.NONE,
                null,
                14),
            admin);
    eservices.updateForm(
        created.draft().id(),
        new Form(
            List.of(
                new FormPage(
                    "Tipset",
                    List.of(
                        FormField.of("tips", FieldType.LONG_TEXT, "Ditt tips", true),
                        FormField.of("epost", FieldType.EMAIL, "E-post för kvitto", false))))),
        admin);
    eservices.publish(created.draft().id(), admin);
    DraftOwner anonymous = new DraftOwner(null, "token-" + tag);
    DraftView draft = drafts.start("kiruna", eservices.get(created.id(), admin).slug(), anonymous);
    drafts.savePage(
        draft.id(),
        anonymous,
        0,
        Map.of("tips", List.of("Hemligt tips om grannen"), "epost", List.of(address)),
        List.of(),
        true);

    ResidentSubmissionView sent = submissions.submit(draft.id(), anonymous);

    assertThat(mail.to(address))
        .singleElement()
        .satisfies(m -> {
          assertThat(m.getSubject()).contains(sent.caseNumber());
          assertThat(m.getContent().toString())
              .contains(sent.caseNumber())
              .as("no My pages to point to")
              .doesNotContain("/mina-sidor")
              .doesNotContain("Hemligt tips")
              .doesNotContain("Tips " + tag);
        });
  }

  @Test
  void anOfficersMessageIsNotifiedTheWayTheResidentChoseLast() {
    String address = "tolvan-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
    accounts.updateSettings(
        tolvan.resident(),
        new ResidentSettings(address, "070-555 66 77", ResidentNotification.BOTH));
    ResidentSubmissionView submitted = submissions.submit(filledIn(tolvan).id(), tolvan);
    var conversation =
        conversations.forResident(tolvan.resident()).stream()
            .filter(c -> c.caseNumber().equals(submitted.caseNumber()))
            .findFirst()
            .orElseThrow();
    accounts.updateSettings(
        tolvan.resident(),
        new ResidentSettings(address, "070-555 66 77", ResidentNotification.SMS));

    conversations.postByOfficer(
        conversation.id(), staff.actor(Role.CASE_OFFICER, "kiruna"), "Svar", List.of(), false);

    assertThat(
            jdbc.sql(
                    """
                    select channel from resident_notices
                     where kind = 'MESSAGE_WAITING' and organisation_id = 'kiruna'
                       and case_number = ? and sent_at is not null
                    """)
                .param(submitted.caseNumber())
                .query(String.class)
                .list())
        .containsExactly("SMS");
    assertThat(mail.to(address)).as("only the receipt").hasSize(1);
  }

  @Test
  void anEServiceWithOneSignatureIsSentInWhenTheApplicantHasSignedWithEid() {
    service =
        publish(SigningRequirement.ONE, "Signerad " + UUID.randomUUID().toString().substring(0, 8));
    DraftView draft = filledIn(tolvan);
    assertThatThrownBy(() -> submissions.submit(draft.id(), tolvan))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("Skriv under");
    String link =
        submissions.requestSignature(draft.id(), tolvan, "tolvan-signerar@example.se", List.of());
    assertThat(submissions.ofDraft(draft.id(), tolvan)).isEmpty();
    String token = link.substring(link.lastIndexOf("/sign/") + "/sign/".length());
    eidSigning.start(token, "test", "127.0.0.1", true);
    eidSigning.collect(token);

    ResidentSubmissionView sent = submissions.ofDraft(draft.id(), tolvan).orElseThrow();
    Actor registrar = staff.actor(Role.REGISTRAR, "kiruna");
    pdfFiling.fileWaiting();
    assertThat(documents.ofCase(new CaseId(sent.caseId()), registrar))
        .extracting(DocumentView::description)
        .anyMatch(d -> d.endsWith("underskriven ansökan"))
        .hasSize(4);
    assertThatThrownBy(
            () -> submissions.requestSignature(draft.id(), tolvan, "x@example.se", List.of()))
        .isInstanceOf(Conflict.class);
  }

  @Test
  void severalSignaturesNeedACoSigner() {
    service =
        publish(
            SigningRequirement.SEVERAL, "Flera " + UUID.randomUUID().toString().substring(0, 8));
    DraftView draft = filledIn(tolvan);
    assertThatThrownBy(
            () -> submissions.requestSignature(draft.id(), tolvan, "tolvan@example.se", List.of()))
        .hasMessageContaining("den andra vårdnadshavaren");
    String link =
        submissions.requestSignature(
            draft.id(),
            tolvan,
            "tolvan@example.se",
            List.of(new ResidentSubmissions.CoSigner("Andra Vårdnadshavaren", "andra@example.se")));
    String token = link.substring(link.lastIndexOf("/sign/") + "/sign/".length());
    eidSigning.start(token, "test", "127.0.0.1", true);
    eidSigning.collect(token);
    assertThat(submissions.ofDraft(draft.id(), tolvan)).as("waits for the co-signer").isEmpty();
  }
}
