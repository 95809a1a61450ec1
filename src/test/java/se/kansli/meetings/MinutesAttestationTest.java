package se.kansli.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.Role;
import se.kansli.shared.Sha256;
import se.kansli.signing.EidSigning;
import se.kansli.signing.SignatureVerification;
import se.kansli.signing.SigningOrders;

@KansliTest
class MinutesAttestationTest {

  @Autowired MeetingFixture fixture;
  @Autowired MinutesAttestation attestation;
  @Autowired MeetingMinutes minutes;
  @Autowired MeetingPlanner planner;
  @Autowired NoticeBoard board;
  @Autowired EidSigning eid;
  @Autowired SigningOrders orders;
  @Autowired SignatureVerification verification;
  @Autowired TestStaff staff;
  @Autowired BodyDirectory bodies;
  @Autowired MinutesExtracts extracts;
  @Autowired se.kansli.registry.DocumentRegistry documents;
  @Autowired se.kansli.registry.CaseRegistry cases;
  @Autowired se.kansli.TestMailServer mail;

  Actor secretary;
  BodyView body;

  @BeforeEach
  void committee() {
    secretary = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
    body = fixture.committee(secretary);
  }

  static String token(String link) {
    return link.substring(link.lastIndexOf('/') + 1);
  }

  void sign(String link) {
    eid.start(token(link), "test", "127.0.0.1", false);
    eid.collect(token(link));
  }

  @Test
  void signedByTheChairAndTheAttesterTheMinutesAreSealedAndPosted() {
    MeetingView meeting =
        fixture.complete(
            body, fixture.meeting(body, LocalDate.of(2022, 6, 22), 2, secretary), secretary);

    AttestationSent sent = attestation.send(meeting.id(), secretary);
    assertThat(sent.meeting().status()).isEqualTo(MeetingStatus.IN_ATTESTATION);
    assertThat(sent.signerLinks()).hasSize(2);
    assertThatThrownBy(() -> attestation.send(meeting.id(), secretary))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("skickat för justering");
    assertThatThrownBy(() -> minutes.numberItems(meeting.id(), null, secretary))
        .isInstanceOf(Conflict.class);

    sent.signerLinks().forEach(this::sign);

    MeetingView attested = planner.get(meeting.id(), secretary);
    assertThat(attested.status()).isEqualTo(MeetingStatus.ATTESTED);
    MinutesPdf pdf = attestation.minutes(meeting.id(), secretary);
    assertThat(pdf.sha256()).isEqualTo(attested.sealedSha256()).isEqualTo(Sha256.of(pdf.content()));
    assertThat(board.minutes(meeting.id()).sha256()).isEqualTo(attested.sealedSha256());
    assertThat(verification.verifyHash(attested.sealedSha256()).recognised()).isTrue();
    assertThatThrownBy(() ->
            minutes.writeItem(
                meeting.id(),
                attested.items().getFirst().id(),
                attested.items().getFirst().minutes(),
                secretary))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("ändras aldrig");
  }

  @Test
  void extractsAreRegisteredInTheCaseSentToTheRecipientsAndCloseTheCaseOnce() throws Exception {
    MeetingView meeting =
        fixture.complete(
            body, fixture.meeting(body, LocalDate.of(2022, 6, 22), 1, secretary), secretary);
    AgendaItemView item = meeting.items().getFirst();
    String registrar = "registrator-" + java.util.UUID.randomUUID() + "@kiruna.example";
    minutes.writeItem(
        meeting.id(),
        item.id(),
        new ItemMinutes(
            null,
            "E-nämnden beslutar att bifalla ansökan.",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            java.util.List.of(new ItemMinutes.Recipient("Kiruna kommun", registrar)),
            true),
        secretary);
    attestation.send(meeting.id(), secretary).signerLinks().forEach(this::sign);
    se.kansli.PdfAValidation.assertCompliant(
        attestation.minutes(meeting.id(), secretary).content(),
        org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_B);

    var dispatched = extracts.dispatch(meeting.id(), secretary);

    assertThat(dispatched).hasSize(1);
    assertThat(dispatched.getFirst().sentTo()).containsExactly("Kiruna kommun <" + registrar + ">");
    var registered =
        documents.content(dispatched.getFirst().document().id(), null, secretary).bytes();
    se.kansli.PdfAValidation.assertCompliant(
        registered, org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_B);
    var certification = verification.verifyFile(registered);
    assertThat(certification.recognised()).isTrue();
    assertThat(certification.documents().getFirst().signers())
        .extracting(se.kansli.signing.SignatureVerification.SignedBy::role)
        .containsExactly("utdragsbestyrkande");
    var caseId = new se.kansli.registry.CaseId(item.caseId());
    assertThat(documents.ofCase(caseId, secretary))
        .anySatisfy(d -> {
          assertThat(d.direction()).isEqualTo(se.kansli.registry.DocumentDirection.OUTGOING);
          assertThat(d.description()).startsWith("Protokollsutdrag");
          assertThat(d.counterpart()).isEqualTo("Kiruna kommun");
          assertThat(d.finalVersion()).isTrue();
        });
    assertThat(cases.get(caseId, secretary).open()).isFalse();
    var received = mail.to(registrar);
    assertThat(received).hasSize(1);
    assertThat(received.getFirst().getContentType()).startsWith("multipart");
    assertThat(extracts.dispatch(meeting.id(), secretary)).isEmpty();
    assertThat(mail.to(registrar)).hasSize(1);
  }

  @Test
  void aSeatWithAPersonalIdentityNumberCanOnlyBeSignedByThatPersonsEid() {
    BodyView bound =
        bodies.create(
            new NewBody(
                "e-namnden", "Bunden nämnd " + java.util.UUID.randomUUID(), null, null, null),
            secretary);
    for (String town : java.util.List.of("lulea", "kiruna")) {
      bound =
          bodies.addSeat(
              bound.id(),
              new NewSeat(
                  "Ledamot " + town,
                  town + "@example.se",
                  SeatKind.MEMBER,
                  town.equals("lulea") ? Office.CHAIR : null,
                  town,
                  null,
                  LocalDate.of(2020, 1, 1),
                  LocalDate.of(2030, 1, 1),
                  town.equals("lulea") ? "191212121212" : null),
              secretary);
    }
    MeetingView meeting = fixture.meeting(bound, LocalDate.of(2022, 6, 22), 1, secretary);
    meeting = fixture.attendAll(bound, meeting, secretary);
    meeting = minutes.numberItems(meeting.id(), null, secretary);
    minutes.writeItem(
        meeting.id(),
        meeting.items().getFirst().id(),
        new ItemMinutes(null, "Beslut.", null, null, null, null, null, null, null, null, null),
        secretary);
    minutes.attestation(
        meeting.id(),
        java.util.List.of(MeetingFixture.seat(bound, "Ledamot kiruna").id()),
        null,
        null,
        secretary);

    String chairLink = attestation.send(meeting.id(), secretary).signerLinks().getFirst();

    assertThatThrownBy(() ->
            orders.recordSignature(token(chairLink), "test", "Fel Person", "20121212-1212", "{}"))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("någon annan");
    assertThat(bodies.get(bound.id(), secretary).toString()).doesNotContain("191212121212");
  }

  @Test
  void incompleteMinutesAreNotSentAndTheCheckSaysWhy() {
    MeetingView meeting = fixture.meeting(body, LocalDate.of(2022, 6, 22), 1, secretary);
    assertThatThrownBy(() -> attestation.send(meeting.id(), secretary))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("Beslut saknas");
    assertThat(planner.get(meeting.id(), secretary).status()).isEqualTo(MeetingStatus.PLANNED);
  }

  @Test
  void aDeclinedAttestationReturnsTheMinutesToDraft() {
    MeetingView meeting =
        fixture.complete(
            body, fixture.meeting(body, LocalDate.of(2022, 6, 22), 1, secretary), secretary);
    AttestationSent sent = attestation.send(meeting.id(), secretary);
    orders.decline(token(sent.signerLinks().getFirst()), "§ 1 stämmer inte med beslutet");
    assertThat(planner.get(meeting.id(), secretary).status()).isEqualTo(MeetingStatus.PLANNED);
  }
}
