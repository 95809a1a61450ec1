package se.kansli.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kansli.KansliTest;
import se.kansli.TestMailServer;
import se.kansli.TestStaff;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.Forbidden;
import se.kansli.shared.Role;
import se.kansli.shared.Sha256;
import se.kansli.signing.EidSigning;

@KansliTest
class MinutesDraftsTest {

  static final String CHAIR = "lulea-ledamot@example.se";
  static final String ATTESTER = "boden-ledamot@example.se";
  static final String DECISION = "E-nämnden beslutar att lägga informationen till handlingarna.";

  @Autowired MeetingFixture fixture;
  @Autowired MinutesDrafts drafts;
  @Autowired MeetingMinutes minutes;
  @Autowired MeetingPlanner planner;
  @Autowired MinutesAttestation attestation;
  @Autowired EidSigning eid;
  @Autowired TestStaff staff;
  @Autowired TestMailServer mail;

  Actor secretary;
  BodyView body;
  MeetingView meeting;

  @BeforeEach
  void completeMinutes() {
    secretary = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
    body = fixture.committee(secretary);
    meeting =
        fixture.complete(
            body, fixture.meeting(body, LocalDate.of(2022, 6, 22), 2, secretary), secretary);
  }

  @Test
  void aCirculatedDraftIsKeptWithItsPdfAndMailedToTheChairAndTheAttester() throws Exception {
    DraftVersion first = drafts.circulate(meeting.id(), secretary);

    assertThat(first.number()).isEqualTo(1);
    assertThat(first.sentTo()).contains(CHAIR).contains(ATTESTER);
    MinutesPdf pdf = drafts.pdf(meeting.id(), 1, secretary);
    assertThat(new String(pdf.content(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    assertThat(pdf.sha256()).isEqualTo(first.sha256()).isEqualTo(Sha256.of(pdf.content()));
    assertThat(drafts.versions(meeting.id(), secretary)).containsExactly(first);
    for (String reader : List.of(CHAIR, ATTESTER)) {
      List<MimeMessage> received = draftsTo(reader);
      assertThat(received).hasSize(1);
      assertThat(received.getFirst().getSubject()).startsWith("Utkast 1 till protokoll");
      assertThat(Sha256.of(attachment(received.getFirst()))).isEqualTo(first.sha256());
    }
    assertThat(drafts.changes(meeting.id(), secretary)).isEmpty();
  }

  @Test
  void correctionsAfterADraftAreListedUntilTheNextDraft() {
    drafts.circulate(meeting.id(), secretary);
    AgendaItemView item = meeting.items().getFirst();
    String corrected = "E-nämnden beslutar att godkänna redovisningen.";
    minutes.writeItem(meeting.id(), item.id(), decision(corrected), secretary);
    minutes.recordAttendance(meeting.id(), attendanceWithout("Ledamot kiruna"), secretary);
    planner.addCase(meeting.id(), fixture.cases(1, secretary).getFirst().id(), secretary);

    List<MinutesChange> changes = drafts.changes(meeting.id(), secretary);

    assertThat(changes)
        .contains(new MinutesChange("§ 1", "Beslut", DECISION, corrected))
        .contains(new MinutesChange("Närvaro", "Ledamot kiruna", "Närvarande", "Frånvarande"))
        .anySatisfy(c -> {
          assertThat(c.where()).isEqualTo("Ärende 3");
          assertThat(c.field()).isEqualTo("Ärendet tillagt");
          assertThat(c.after()).startsWith("Ärende 0");
        })
        .hasSize(3);

    DraftVersion second = drafts.circulate(meeting.id(), secretary);

    assertThat(second.number()).isEqualTo(2);
    assertThat(drafts.versions(meeting.id(), secretary))
        .extracting(DraftVersion::number)
        .containsExactly(1, 2);
    assertThat(drafts.changes(meeting.id(), secretary)).isEmpty();
    assertThat(draftsTo(ATTESTER)).hasSize(2);
  }

  @Test
  void minutesSentForAttestationOrAttestedAreNotCirculated() {
    AttestationSent sent = attestation.send(meeting.id(), secretary);
    assertThatThrownBy(() -> drafts.circulate(meeting.id(), secretary))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("skickat för justering");

    sent.signerLinks().forEach(this::sign);

    assertThat(planner.get(meeting.id(), secretary).status()).isEqualTo(MeetingStatus.ATTESTED);
    assertThatThrownBy(() -> drafts.circulate(meeting.id(), secretary))
        .isInstanceOf(Conflict.class);
    assertThat(drafts.versions(meeting.id(), secretary)).isEmpty();
  }

  @Test
  void aMemberMayReadButNotCirculate() {
    Actor member = staff.actor(Role.COMMITTEE_MEMBER, "e-namnden");

    assertThatThrownBy(() -> drafts.circulate(meeting.id(), member)).isInstanceOf(Forbidden.class);
    drafts.circulate(meeting.id(), secretary);
    assertThat(drafts.versions(meeting.id(), member))
        .extracting(DraftVersion::number)
        .containsExactly(1);
  }

  static ItemMinutes decision(String decision) {
    return new ItemMinutes(null, decision, null, null, null, null, null, null, null, null, null);
  }

  RecordAttendance attendanceWithout(String absent) {
    List<RecordAttendance.Entry> entries = new ArrayList<>();
    for (SeatView member : body.membersOn(meeting.date())) {
      entries.add(
          new RecordAttendance.Entry(
              member.id(),
              member.personName().equals(absent)
                  ? AttendanceStatus.ABSENT
                  : AttendanceStatus.PRESENT,
              null));
    }
    return new RecordAttendance(entries, "Sekreterare");
  }

  /** This test's drafts only: the mail server is shared by every test of the run. */
  List<MimeMessage> draftsTo(String address) {
    return mail.to(address).stream()
        .filter(m -> MeetingWebTest.subject(m).contains(body.name()))
        .toList();
  }

  static byte[] attachment(MimeMessage message) throws Exception {
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      Part part = parts.getBodyPart(i);
      if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        return part.getInputStream().readAllBytes();
      }
    }
    throw new AssertionError("The draft's e-mail has no attachment");
  }

  void sign(String link) {
    String token = link.substring(link.lastIndexOf('/') + 1);
    eid.start(token, "test", "127.0.0.1", false);
    eid.collect(token);
  }
}
