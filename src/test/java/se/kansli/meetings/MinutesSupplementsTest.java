package se.kansli.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.kansli.KansliTest;
import se.kansli.PdfAValidation;
import se.kansli.TestStaff;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.Role;
import se.kansli.signing.EidSigning;

@KansliTest
class MinutesSupplementsTest {

  @Autowired MeetingFixture fixture;
  @Autowired MinutesSupplements supplements;
  @Autowired MinutesAttestation attestation;
  @Autowired MeetingMinutes minutes;
  @Autowired MeetingPlanner planner;
  @Autowired EidSigning eid;
  @Autowired TestStaff staff;

  Actor secretary;
  BodyView body;

  @BeforeEach
  void committee() {
    secretary = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
    body = fixture.committee(secretary);
  }

  void sign(String link) {
    String token = link.substring(link.lastIndexOf('/') + 1);
    eid.start(token, "test", "127.0.0.1", false);
    eid.collect(token);
  }

  @Test
  void anImmediatelyAttestedParagraphIsSignedAtOnceAndThenFixed() {
    MeetingView meeting =
        fixture.complete(
            body, fixture.meeting(body, LocalDate.of(2022, 6, 22), 2, secretary), secretary);
    AgendaItemView first = meeting.items().getFirst();

    MinutesSupplements.Sent sent =
        supplements.attestImmediately(meeting.id(), first.id(), secretary);
    assertThat(sent.signerLinks()).hasSize(2);
    assertThatThrownBy(() -> supplements.attestImmediately(meeting.id(), first.id(), secretary))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("redan omedelbart justerad");
    sent.signerLinks().forEach(this::sign);

    SupplementView done = supplements.of(meeting.id(), secretary).getFirst();
    assertThat(done.status()).isEqualTo(SupplementView.Status.ATTESTED);
    byte[] pdf = supplements.pdf(meeting.id(), done.id(), secretary).content();
    PdfAValidation.assertCompliant(pdf, PDFAFlavour.PDFA_2_B);
    assertThat(text(pdf)).contains("Omedelbart justerad paragraf").contains(first.paragraphLabel());
    assertThatThrownBy(
            () -> minutes.writeItem(meeting.id(), first.id(), first.minutes(), secretary))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("omedelbart justerad");
    assertThatThrownBy(() -> planner.move(meeting.id(), meeting.items().get(1).id(), -1, secretary))
        .isInstanceOf(Conflict.class);

    attestation.send(meeting.id(), secretary).signerLinks().forEach(this::sign);
    assertThat(planner.get(meeting.id(), secretary).status()).isEqualTo(MeetingStatus.ATTESTED);
  }

  @Test
  void aCorrectionIsANewSignedDocumentThatPointsToTheAttestedMinutes() {
    MeetingView meeting =
        fixture.complete(
            body, fixture.meeting(body, LocalDate.of(2022, 6, 22), 1, secretary), secretary);
    AgendaItemView item = meeting.items().getFirst();
    assertThatThrownBy(() -> supplements.correct(meeting.id(), item.id(), "Rätt text", secretary))
        .isInstanceOf(Conflict.class);
    attestation.send(meeting.id(), secretary).signerLinks().forEach(this::sign);
    MeetingView attested = planner.get(meeting.id(), secretary);
    assertThatThrownBy(() -> supplements.correct(meeting.id(), item.id(), " ", secretary))
        .isInstanceOf(InvalidInput.class)
        .extracting("field")
        .isEqualTo("correction");

    supplements
        .correct(
            meeting.id(),
            item.id(),
            "Beslutet ska lyda: E-nämnden beslutar att godkänna rapporten.",
            secretary)
        .signerLinks()
        .forEach(this::sign);

    SupplementView correction = supplements.of(meeting.id(), secretary).getFirst();
    assertThat(correction.kind()).isEqualTo(SupplementView.Kind.CORRECTION);
    assertThat(correction.status()).isEqualTo(SupplementView.Status.ATTESTED);
    String text = text(supplements.pdf(meeting.id(), correction.id(), secretary).content());
    assertThat(text)
        .contains("Rättelse av protokoll")
        .contains(attested.sealedSha256())
        .contains("E-nämnden beslutar att godkänna rapporten.");
    assertThat(planner.get(meeting.id(), secretary).sealedSha256())
        .isEqualTo(attested.sealedSha256());
  }

  static String text(byte[] pdf) {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
