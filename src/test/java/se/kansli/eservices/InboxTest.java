package se.kansli.eservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kansli.KansliTest;
import se.kansli.TestMailServer;
import se.kansli.TestStaff;
import se.kansli.organisations.StaffUser;
import se.kansli.registry.CaseRegistry;
import se.kansli.registry.CaseStatus;
import se.kansli.shared.Actor;
import se.kansli.shared.Forbidden;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.Role;

@KansliTest
class InboxTest {

  @Autowired Inbox inbox;
  @Autowired OfficerGroups groups;
  @Autowired SubmissionFixture fixture;
  @Autowired TestStaff staff;
  @Autowired CaseRegistry cases;
  @Autowired TestMailServer mail;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  String groupName;
  OfficerGroup group;
  EServiceView service;
  Actor admin;
  StaffUser officer;
  StaffUser colleague;
  Actor me;

  @BeforeEach
  void aGroupWithTwoOfficers() {
    groupName = "Gatuenheten " + UUID.randomUUID().toString().substring(0, 8);
    group = new OfficerGroup("kiruna", groupName);
    service = fixture.service("kiruna", groupName, 10);
    admin = staff.actor(Role.ADMINISTRATOR, "kiruna");
    officer = staff.create(Role.CASE_OFFICER, "kiruna");
    colleague = staff.create(Role.CASE_OFFICER, "kiruna");
    groups.add(group, officer.id(), admin);
    groups.add(group, colleague.id(), admin);
    me = officer.asActor();
  }

  @Test
  void theFiltersSplitNewMineOverdueOpenAndClosed() {
    var fresh = fixture.submit(service, "kiruna", null);
    var mine = fixture.submit(service, "kiruna", null);
    var late =
        fixture.submit(
            service,
            "kiruna",
            null,
            Instant.now().minus(20, ChronoUnit.DAYS),
            LocalDate.now().minusDays(3));
    var done = fixture.submit(service, "kiruna", null);
    inbox.assign(mine.id(), null, me);
    inbox.changeStatus(done.id(), "Avslutad", null, me);

    assertThat(ids(InboxFilter.NEW)).containsExactlyInAnyOrder(fresh.id(), late.id());
    assertThat(ids(InboxFilter.MINE)).containsExactly(mine.id());
    assertThat(ids(InboxFilter.OVERDUE)).containsExactly(late.id());
    assertThat(ids(InboxFilter.OPEN)).containsExactlyInAnyOrder(fresh.id(), mine.id(), late.id());
    assertThat(ids(InboxFilter.CLOSED)).containsExactly(done.id());
    InboxPage open = inbox.list(group, InboxFilter.OPEN, true, 0, me);
    assertThat(open.rows().getFirst().id()).as("oldest first").isEqualTo(late.id());
    assertThat(open.rows().getFirst().overdue()).isTrue();
    assertThat(open.total()).isEqualTo(3);
    assertThat(inbox.list(group, InboxFilter.OPEN, false, 0, me).rows().getLast().id())
        .isEqualTo(late.id());
  }

  @Test
  void onlyMembersOfTheGroupTakeOrAreAssigned() {
    var s = fixture.submit(service, "kiruna", null);
    StaffUser outsider = staff.create(Role.CASE_OFFICER, "kiruna");

    assertThatThrownBy(() -> inbox.assign(s.id(), outsider.id(), me))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("Välj någon i handläggargruppen");
    assertThatThrownBy(() -> inbox.assign(s.id(), null, outsider.asActor()))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(() -> inbox.assign(s.id(), null, admin))
        .as("an administrator who is not a member cannot take it")
        .isInstanceOf(InvalidInput.class);

    assertThat(inbox.assign(s.id(), null, me).assignedName()).isEqualTo(officer.displayName());
    SubmissionView assigned = inbox.assign(s.id(), colleague.id(), admin);
    assertThat(assigned.assignedTo()).isEqualTo(colleague.id());
  }

  @Test
  void aStatusOutsideTheFlowIsRefused() {
    var s = fixture.submit(service, "kiruna", null);
    assertThatThrownBy(() -> inbox.changeStatus(s.id(), "Arkiverad", null, me))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("Välj en status i e-tjänstens flöde");
    assertThatThrownBy(() -> inbox.changeStatus(s.id(), "Inkommen", null, me))
        .isInstanceOf(InvalidInput.class);
    assertThat(inbox.get(s.id(), me).status()).isEqualTo("Inkommen");
  }

  @Test
  void theLastStatusClosesTheSubmissionAndTheRegistryCase() {
    var s = fixture.submit(service, "kiruna", null);
    inbox.changeStatus(s.id(), "Under handläggning", "Påbörjad", me);
    SubmissionView closed = inbox.changeStatus(s.id(), "Avslutad", "Lagat", me);

    assertThat(closed.closed()).isTrue();
    assertThat(closed.nextStatuses()).isEmpty();
    assertThat(closed.history())
        .extracting(StatusChange::to)
        .containsExactly("Inkommen", "Under handläggning", "Avslutad");
    assertThat(closed.history().get(1).comment()).isEqualTo("Påbörjad");
    assertThat(cases.get(s.caseView().id(), me).status()).isEqualTo(CaseStatus.CLOSED);
    assertThatThrownBy(() -> inbox.changeStatus(s.id(), "Beslutad", null, me))
        .hasMessageContaining("avslutat");
  }

  @Test
  void theResidentIsToldByEmailWithoutWhatTheCaseIsAbout() throws Exception {
    String address = "invanare-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
    var s = fixture.submit(service, "kiruna", fixture.resident(address));

    inbox.changeStatus(s.id(), "Under handläggning", "Hemlig kommentar", me);

    // Delivered after the commit on the committing thread, so it is there when changeStatus
    // returns.
    List<MimeMessage> received = mail.to(address);
    assertThat(received).hasSize(1);
    String text = (String) received.getFirst().getContent();
    assertThat(received.getFirst().getSubject()).contains(s.caseView().caseNumber());
    assertThat(text)
        .contains(s.caseView().caseNumber())
        .contains("Mina sidor")
        .doesNotContain("Under handläggning")
        .doesNotContain("Hemlig kommentar")
        .doesNotContain("Storgatan")
        .doesNotContain(service.title());
    assertThat(text).as("a link to the case on My pages").contains("/mina-sidor/arenden/" + s.id());
  }

  @Test
  void aResidentWhoChoseSmsIsToldOfANewStatusBySmsOnlyAndItIsMetered() {
    String address = "sms-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
    var s =
        fixture.submit(
            service,
            "kiruna",
            fixture.resident(address, "070-111 22 33", ResidentNotification.SMS));

    inbox.changeStatus(s.id(), "Under handläggning", "Hemlig kommentar", me);

    assertThat(mail.to(address)).as("e-mail was not chosen").isEmpty();
    var sms = notices(s.caseView().caseNumber());
    assertThat(sms)
        .singleElement()
        .satisfies(n -> {
          assertThat(n.get("channel")).isEqualTo("SMS");
          assertThat(n.get("kind")).isEqualTo("STATUS_CHANGED");
          assertThat(n.get("recipient")).isEqualTo("070-111 22 33");
          assertThat(n.get("sent_at")).as("sent after the commit").isNotNull();
          assertThat((String) n.get("text"))
              .contains(s.caseView().caseNumber())
              .contains("/mina-sidor/arenden/" + s.id())
              .doesNotContain("Under handläggning")
              .doesNotContain("Hemlig")
              .doesNotContain(service.title());
        });
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from eid_transactions
                     where organisation_id = 'kiruna' and kind = 'SMS' and reference like ?
                    """)
                .param("notice:" + sms.getFirst().get("id") + ":%")
                .query(Long.class)
                .single())
        .as("metered once, for the municipality")
        .isEqualTo(1);
  }

  @Test
  void aStatusChangeThatRollsBackNotifiesNobody() {
    String address = "rullad-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
    var a = fixture.submit(service, "kiruna", fixture.resident(address));
    var b = fixture.submit(service, "kiruna", null);
    inbox.changeStatus(b.id(), "Beslutad", null, me);

    assertThatThrownBy(() -> inbox.changeStatusAll(List.of(a.id(), b.id()), "Beslutad", null, me))
        .isInstanceOf(InvalidInput.class);

    assertThat(inbox.get(a.id(), me).status()).isEqualTo("Inkommen");
    assertThat(mail.to(address)).isEmpty();
    assertThat(notices(a.caseView().caseNumber())).as("nothing queued either").isEmpty();
  }

  private List<java.util.Map<String, Object>> notices(String caseNumber) {
    return jdbc.sql(
            "select * from resident_notices where organisation_id = 'kiruna' and case_number = ?")
        .param(caseNumber)
        .query()
        .listOfRows();
  }

  @Test
  void aBulkStatusChangeIsAllOrNothing() {
    var a = fixture.submit(service, "kiruna", null);
    var b = fixture.submit(service, "kiruna", null);
    inbox.changeStatus(b.id(), "Under handläggning", null, me);

    assertThatThrownBy(
            () -> inbox.changeStatusAll(List.of(a.id(), b.id()), "Under handläggning", null, me))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining(b.caseView().caseNumber())
        .hasMessageContaining("Inget ändrades");
    assertThat(inbox.get(a.id(), me).status()).isEqualTo("Inkommen");

    assertThat(inbox.changeStatusAll(List.of(a.id(), b.id()), "Beslutad", null, me)).isEqualTo(2);
    assertThat(inbox.get(a.id(), me).status()).isEqualTo("Beslutad");
    assertThat(inbox.get(b.id(), me).status()).isEqualTo("Beslutad");
    assertThat(inbox.assignAll(List.of(a.id(), b.id()), null, me)).isEqualTo(2);
    assertThat(ids(InboxFilter.MINE)).containsExactlyInAnyOrder(a.id(), b.id());
  }

  @Test
  void aLuleaOfficerNeverSeesAKirunaCase() {
    var s = fixture.submit(service, "kiruna", null);
    Actor luleaAdmin = staff.actor(Role.ADMINISTRATOR, "lulea");

    assertThatThrownBy(() -> inbox.get(s.id(), luleaAdmin)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> inbox.assign(s.id(), null, luleaAdmin)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> inbox.changeStatus(s.id(), "Avslutad", null, luleaAdmin))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> inbox.list(group, InboxFilter.OPEN, false, 0, luleaAdmin))
        .isInstanceOf(NotFound.class);
    assertThat(groups.visibleTo(luleaAdmin)).doesNotContain(group);
    assertThat(groups.visibleTo(admin)).contains(group);
    assertThat(groups.visibleTo(me)).containsExactly(group);
  }

  @Test
  void theDetailShowsTheVisibleAnswersWrittenOut() {
    var s = fixture.submit(service, "kiruna", null);
    SubmissionView view = inbox.get(s.id(), me);
    assertThat(view.answers())
        .containsExactly(
            new SubmissionView.Answer("Var är felet?", "Storgatan 3"),
            new SubmissionView.Answer("Är det farligt?", "Nej"),
            new SubmissionView.Answer("Adress", "Storgatan 3, 98131 Kiruna"));
    assertThat(view.statuses()).isEqualTo(SubmissionFixture.FLOW);
  }

  private List<UUID> ids(InboxFilter filter) {
    return inbox.list(group, filter, false, 0, me).rows().stream().map(InboxRow::id).toList();
  }
}
