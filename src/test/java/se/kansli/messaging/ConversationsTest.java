package se.kansli.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import se.kansli.KansliTest;
import se.kansli.TestMailServer;
import se.kansli.TestStaff;
import se.kansli.registry.MinimalPdf;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.Forbidden;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.ResidentId;
import se.kansli.shared.Role;
import se.kansli.signing.EidMetering;
import se.kansli.signing.TransactionKind;

/**
 * A resident and Piteå's officers write about a case. Piteå is used because no other test meters
 * SMS for it, so the metering can be counted.
 */
@KansliTest
class ConversationsTest {

  static final OrganisationId PITEA = OrganisationId.of("pitea");

  @Autowired Conversations conversations;
  @Autowired TestStaff staff;
  @Autowired TestMailServer mail;
  @Autowired EidMetering metering;
  @Autowired TransactionTemplate transactions;

  Actor officer;
  Resident resident;
  String email;
  UUID caseId;
  ConversationView conversation;

  @BeforeEach
  void aConversation() {
    officer = staff.actor(Role.CASE_OFFICER, "pitea");
    email = "sokande-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
    resident = new Resident(ResidentId.random(), "Anna Sökande", email, null);
    caseId = UUID.randomUUID();
    conversation =
        conversations.open(
            PITEA, caseId, "2026/12-2.3.1", "Bygglov Storgatan 1", resident, officer);
  }

  @Test
  void openingAgainReturnsTheSameConversationWithTheResidentsNewContactDetails() {
    Resident moved = new Resident(resident.id(), "Anna Sökande", "ny-" + email, "070-123 45 67");

    ConversationView again =
        conversations.openForResident(PITEA, caseId, "2026/12-2.3.1", "Bygglov", moved);

    assertThat(again.id()).isEqualTo(conversation.id());
    assertThat(again.subject()).isEqualTo("Bygglov Storgatan 1");
    assertThat(again.organisationName()).isEqualTo("Piteå kommun");
    Resident someoneElse = new Resident(ResidentId.random(), "Bo Annan", null, null);
    assertThatThrownBy(
            () -> conversations.openForResident(PITEA, caseId, "2026/12", "X", someoneElse))
        .isInstanceOf(Conflict.class);
  }

  @Test
  void residentAndOfficerWriteAndTheResidentNeverSeesInternalNotes() {
    conversations.postByResident(
        conversation.id(), resident.id(), "Hur långt har ni kommit?", List.of());
    assertThat(conversations.forOrganisation(officer, true))
        .filteredOn(s -> s.id().equals(conversation.id()))
        .singleElement()
        .extracting(ConversationSummary::unread)
        .isEqualTo(1);

    ThreadView staffThread = conversations.staffView(conversation.id(), officer);
    assertThat(staffThread.messages())
        .singleElement()
        .satisfies(m -> {
          assertThat(m.author()).isEqualTo(Author.RESIDENT);
          assertThat(m.readByStaffAt()).isNotNull();
        });
    assertThat(conversations.forOrganisation(officer, true))
        .noneMatch(s -> s.id().equals(conversation.id()));

    conversations.postByOfficer(
        conversation.id(), officer, "Sökanden verkar stressad, ring upp.", List.of(), true);
    byte[] pdf = MinimalPdf.withText("Beslut");
    conversations.postByOfficer(
        conversation.id(),
        officer,
        "Vi har fått ritningarna.",
        List.of(new Attachment("beslut.pdf", pdf)),
        false);
    assertThat(conversations.forResident(resident.id()))
        .singleElement()
        .extracting(ConversationSummary::unread)
        .as("the note is not counted")
        .isEqualTo(1);

    ThreadView residentThread = conversations.residentView(conversation.id(), resident.id());

    assertThat(residentThread.messages())
        .extracting(MessageView::text)
        .containsExactly("Hur långt har ni kommit?", "Vi har fått ritningarna.");
    assertThat(residentThread.messages()).noneMatch(MessageView::internalNote);
    MessageView answer = residentThread.messages().get(1);
    assertThat(answer.readByResidentAt()).as("read receipt").isNotNull();
    assertThat(answer.attachments())
        .singleElement()
        .satisfies(a -> {
          assertThat(a.mediaType()).isEqualTo("application/pdf");
          assertThat(a.sha256()).hasSize(64);
        });
    assertThat(
            conversations
                .attachment(conversation.id(), answer.attachments().getFirst().id(), resident.id())
                .bytes())
        .isEqualTo(pdf);
    assertThat(conversations.forResident(resident.id()).getFirst().unread()).isZero();

    ThreadView whole = conversations.staffView(conversation.id(), officer);
    assertThat(whole.messages()).hasSize(3);
    assertThat(whole.messages().get(1).internalNote()).isTrue();
    assertThat(whole.messages().get(1).readByResidentAt()).as("a note is never read").isNull();
    assertThat(whole.messages().get(2).readByResidentAt()).isEqualTo(answer.readByResidentAt());
  }

  @Test
  void anotherResidentAndAnotherMunicipalityFindNothing() {
    ResidentId other = ResidentId.random();
    Actor kiruna = staff.actor(Role.ADMINISTRATOR, "kiruna");

    assertThatThrownBy(
            () -> conversations.postByResident(conversation.id(), other, "Hej", List.of()))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> conversations.residentView(conversation.id(), other))
        .isInstanceOf(NotFound.class);
    assertThat(conversations.forResident(other)).isEmpty();
    assertThatThrownBy(
            () -> conversations.postByOfficer(conversation.id(), kiruna, "Hej", List.of(), false))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> conversations.staffView(conversation.id(), kiruna))
        .isInstanceOf(NotFound.class);
    assertThat(conversations.forOrganisation(kiruna, false))
        .noneMatch(s -> s.id().equals(conversation.id()));
    Actor auditor = staff.actor(Role.AUDITOR, "pitea");
    assertThatThrownBy(() -> conversations.staffView(conversation.id(), auditor))
        .isInstanceOf(Forbidden.class);
    assertThat(conversations.messageCount(conversation.id(), officer)).isZero();
  }

  @Test
  void textMustBeGivenAndNotTooLong() {
    assertThatThrownBy(
            () -> conversations.postByResident(conversation.id(), resident.id(), "  ", List.of()))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("Skriv ett meddelande.");
    assertThatThrownBy(() ->
            conversations.postByResident(
                conversation.id(), resident.id(), "x".repeat(10_001), List.of()))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("högst 10 000 tecken");
    conversations.postByResident(conversation.id(), resident.id(), "x".repeat(10_000), List.of());
    assertThat(conversations.messageCount(conversation.id(), officer)).isEqualTo(1);
  }

  @Test
  void aDisguisedFileIsRefusedAndNothingIsStored() throws IOException {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };

    assertThatThrownBy(() ->
            conversations.postByResident(
                conversation.id(),
                resident.id(),
                "Här är intyget",
                List.of(
                    new Attachment("ok.txt", "text".getBytes(StandardCharsets.UTF_8)),
                    new Attachment("intyg.pdf", exe))))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("\"intyg.pdf\"")
        .hasMessageContaining("kan inte skickas");
    assertThatThrownBy(() ->
            conversations.postByResident(
                conversation.id(), resident.id(), "Bild", List.of(new Attachment("bild.pdf", png))))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("namnet stämmer inte");
    assertThatThrownBy(() ->
            conversations.postByResident(
                conversation.id(),
                resident.id(),
                "Sex filer",
                java.util.Collections.nCopies(6, new Attachment("a.png", png))))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("Högst 5");
    assertThat(conversations.messageCount(conversation.id(), officer)).isZero();

    MessageView posted =
        conversations.postByResident(
            conversation.id(),
            resident.id(),
            "Ansökan och ritning",
            List.of(new Attachment("ansökan.docx", docx()), new Attachment("ritning.png", png)));
    assertThat(posted.attachments())
        .extracting(AttachmentView::mediaType)
        .containsExactly(AttachmentInspection.DOCX, "image/png");
  }

  @Test
  void theResidentIsToldByEmailThatAMessageWaitsButNotWhatItSays() throws Exception {
    conversations.postByOfficer(
        conversation.id(), officer, "Intern: hemlig bedömning", List.of(), true);
    conversations.postByOfficer(
        conversation.id(), officer, "Ert bygglov är beviljat med villkor.", List.of(), false);

    assertThat(mail.to(email)).as("the note notifies nobody").hasSize(1);
    MimeMessage message = mail.to(email).getFirst();
    String body = message.getContent().toString();
    assertThat(message.getSubject()).contains("Piteå kommun");
    assertThat(body)
        .contains("2026/12-2.3.1")
        .contains("/mina-sidor/meddelanden/" + conversation.id())
        .doesNotContain("bygglov är beviljat")
        .doesNotContain("hemlig");
  }

  @Test
  void aRolledBackMessageNotifiesNobody() {
    transactions.executeWithoutResult(tx -> {
      conversations.postByOfficer(conversation.id(), officer, "Svar", List.of(), false);
      tx.setRollbackOnly();
    });

    assertThat(mail.to(email)).isEmpty();
    assertThat(conversations.messageCount(conversation.id(), officer)).isZero();
    transactions.executeWithoutResult(tx -> {
      conversations.postByOfficer(conversation.id(), officer, "Svar", List.of(), false);
      assertThat(mail.to(email)).as("not before commit").isEmpty();
    });
    assertThat(mail.to(email)).as("after commit").hasSize(1);
  }

  @Test
  void eachSmsIsMeteredForTheOrganisation() {
    Resident withPhone = new Resident(resident.id(), resident.name(), null, "070-765 43 21");
    conversations.openForResident(PITEA, caseId, "2026/12-2.3.1", "Bygglov", withPhone);
    Actor counter = staff.actor(Role.ADMINISTRATOR, "pitea");
    long before = smsCount(counter);

    conversations.postByOfficer(conversation.id(), officer, "Svar", List.of(), false);
    conversations.postByOfficer(conversation.id(), officer, "Anteckning", List.of(), true);

    assertThat(smsCount(counter)).isEqualTo(before + 1);
    assertThat(mail.to(email)).as("no e-mail address any more").isEmpty();
  }

  private long smsCount(Actor actor) {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
    return metering.counts(today, today, actor).stream()
        .filter(c -> c.organisation().equals("pitea") && c.kind() == TransactionKind.SMS)
        .filter(c -> c.provider().equals("log"))
        .mapToLong(EidMetering.TransactionCount::count)
        .sum();
  }

  static byte[] docx() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }
}
