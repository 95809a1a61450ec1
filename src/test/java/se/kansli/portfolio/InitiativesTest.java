package se.kansli.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.meetings.BodyDirectory;
import se.kansli.meetings.BodyView;
import se.kansli.meetings.MeetingMinutes;
import se.kansli.meetings.MeetingPlanner;
import se.kansli.meetings.MeetingView;
import se.kansli.meetings.NewBody;
import se.kansli.meetings.PlanMeeting;
import se.kansli.registry.CaseId;
import se.kansli.registry.DocumentRegistry;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.Forbidden;
import se.kansli.shared.NotFound;
import se.kansli.shared.Role;

@KansliTest
class InitiativesTest {

  @Autowired Initiatives initiatives;
  @Autowired StatusReports statuses;
  @Autowired PortfolioDecisions decisions;
  @Autowired SharedServices services;
  @Autowired Participants participants;
  @Autowired BodyDirectory bodies;
  @Autowired MeetingPlanner planner;
  @Autowired MeetingMinutes minutes;
  @Autowired DocumentRegistry documents;
  @Autowired TestStaff staff;
  @Autowired JdbcClient jdbc;

  @Test
  void aStatusReportForAClosedInitiativeIsRefusedAndNothingIsSaved() {
    Actor coordinator = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
    InitiativeView prestudy = prestudy("Förstudie e-learning " + UUID.randomUUID(), coordinator);
    statuses.report(prestudy.id(), "2022-06", "Förstudie genomförd", coordinator);
    initiatives.update(prestudy.id(), phase(prestudy, InitiativePhase.FINISHED), coordinator);

    assertThatThrownBy(() -> statuses.report(prestudy.id(), "2022-09", "Ny status", coordinator))
        .isInstanceOf(Conflict.class)
        .hasMessageStartingWith(
            "Initiativet "
                + prestudy.name()
                + " är avslutat och tar inte emot fler statusrapporter")
        .hasMessageContaining("ändra fasen först");
    assertThatThrownBy(
            () -> statuses.report(prestudy.id(), "2022-06", "Ändrad status", coordinator))
        .isInstanceOf(Conflict.class);

    assertThat(
            jdbc.sql("select text from status_reports where subject_id = ?")
                .param(prestudy.id().value())
                .query(String.class)
                .list())
        .containsExactly("Förstudie genomförd");
    assertThat(initiatives.get(prestudy.id(), coordinator).statuses())
        .extracting(StatusReportView::period)
        .containsExactly("2022-06");
  }

  @Test
  void directiveRevisionsAreKeptAndTheLatestIsInForce() {
    Actor coordinator = staff.actor(Role.ADMINISTRATOR, "e-namnden");
    InitiativeView hr = prestudy("Förstudie HR " + UUID.randomUUID(), coordinator);
    initiatives.revise(hr.id(), DirectivesTest.REV_A, coordinator);
    InitiativeView revised = initiatives.revise(hr.id(), DirectivesTest.REV_B, coordinator);

    assertThat(revised.directive()).containsExactly(DirectivesTest.REV_A, DirectivesTest.REV_B);
    assertThat(revised.currentDirective()).contains(DirectivesTest.REV_B);
    assertThatThrownBy(() -> initiatives.revise(hr.id(), DirectivesTest.REV_B, coordinator))
        .isInstanceOf(Conflict.class);
    assertThat(initiatives.get(hr.id(), coordinator).directive()).hasSize(2);
  }

  @Test
  void participationAndCoFinancingAreDatedRowsInParticipations() {
    Actor coordinator = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
    InitiativeView project = prestudy("Elevhälsan " + UUID.randomUUID(), coordinator);
    initiatives.join(project.id(), "lulea", LocalDate.parse("2022-01-01"), null, true, coordinator);
    InitiativeView joined =
        initiatives.join(
            project.id(), "boden", LocalDate.parse("2022-07-01"), null, false, coordinator);

    assertThat(joined.participantsOn(LocalDate.parse("2022-08-01")))
        .extracting(ParticipationView::municipality)
        .containsExactly("lulea", "boden");
    assertThat(joined.coFinancersOn(LocalDate.parse("2022-08-01")))
        .extracting(ParticipationView::municipality)
        .containsExactly("lulea");
    assertThat(participants.payingDays(project.id().value(), 2022)).containsOnlyKeys("lulea");
    assertThat(services.exists(project.id().value())).isTrue();
    assertThat(
            jdbc.sql(
                    "select count(*) from participations where subject_id = ? and subject_kind = 'INITIATIVE'")
                .param(project.id().value())
                .query(Integer.class)
                .single())
        .isEqualTo(2);

    assertThatThrownBy(() ->
            initiatives.join(
                project.id(), "lulea", LocalDate.parse("2022-06-01"), null, true, coordinator))
        .isInstanceOf(Conflict.class);
    UUID boden = joined.participations().getLast().id();
    assertThat(
            initiatives
                .leave(boden, LocalDate.parse("2022-12-31"), coordinator)
                .participantsOn(LocalDate.parse("2023-01-01")))
        .extracting(ParticipationView::municipality)
        .containsExactly("lulea");
  }

  @Test
  void onlyTheOwningCommitteesCoordinatorChangesAnInitiative() {
    Actor coordinator = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
    InitiativeView mine = prestudy("Behovsanalys " + UUID.randomUUID(), coordinator);
    Actor member = staff.actor(Role.COMMITTEE_MEMBER, "e-namnden");
    Actor lulea = staff.actor(Role.ADMINISTRATOR, "lulea");

    assertThat(initiatives.get(mine.id(), member).name()).isEqualTo(mine.name());
    assertThatThrownBy(() -> statuses.report(mine.id(), "2022-06", "x", member))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(() -> initiatives.get(mine.id(), lulea)).isInstanceOf(NotFound.class);
  }

  @Test
  void theStatusItemIsFiledInACaseAndPutOnThePlannedMeetingsAgendaOnceAndLinkedAsADecision() {
    Actor secretary = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
    InitiativeView hr = prestudy("Gemensamt HR " + UUID.randomUUID(), secretary);
    String period = "P-" + UUID.randomUUID().toString().substring(0, 8);
    statuses.report(
        hr.id(), period, "Förstudien pågår\nrevidering av direktiv (se separat ärende)", secretary);

    StatusItem item = statuses.item("e-namnden", period, secretary);
    assertThat(item.text())
        .contains(
            "• "
                + hr.name()
                + "\nSTATUS:\n  – Förstudien pågår\n  – revidering av direktiv (se separat ärende)\n");

    BodyView body =
        bodies.create(
            new NewBody(
                "e-namnden",
                "Nämnd " + UUID.randomUUID(),
                "Nämnden",
                "Sekreteraren",
                "sekreterare@example.se"),
            secretary);
    LocalDate day = LocalDate.now().plusDays(30);
    MeetingView meeting =
        planner.plan(
            body.id(),
            // This year or the next: a case number is looked for among those years' meetings.
            new PlanMeeting(day, LocalTime.of(9, 0), null, "Luleå", false),
            secretary);
    FileStatusItem command =
        new FileStatusItem("e-namnden", period, meeting.id().toString(), null, "2.2.0.1");
    StatusFiling filed = statuses.file(command, secretary);
    StatusFiling again = statuses.file(command, secretary);

    assertThat(again).isEqualTo(filed);
    assertThat(documents.ofCase(new CaseId(filed.caseId()), secretary)).hasSize(1);
    MeetingView planned = planner.get(meeting.id(), secretary);
    assertThat(planned.items()).hasSize(1);
    assertThat(planned.items().getFirst().caseNumber()).isEqualTo(filed.caseNumber());
    assertThat(planned.items().getFirst().minutes().summary()).isEqualTo(item.text().strip());

    MeetingView numbered = minutes.numberItems(meeting.id(), null, secretary);
    Integer paragraph = numbered.items().getFirst().paragraph();
    InitiativeView linked =
        decisions.link(
            hr.id(), new DecisionChoice(null, meeting.id().toString(), paragraph), secretary);
    decisions.link(hr.id(), new DecisionChoice(filed.caseNumber(), null, null), secretary);
    assertThat(initiatives.get(hr.id(), secretary).decisions())
        .extracting(DecisionView::label)
        .containsExactly(body.name() + " " + day + " § " + paragraph);
    assertThat(linked.decisions().getFirst().itemId()).isEqualTo(filed.itemId());
  }

  private InitiativeView prestudy(String name, Actor actor) {
    return initiatives.create(
        new NewInitiative(
            "e-namnden",
            InitiativeKind.PRESTUDY,
            InitiativePhase.ONGOING,
            name,
            "Förstudie om ett gemensamt IT-stöd.",
            "HR-chef, Luleå kommun\nHR-chef, Bodens kommun",
            "Extern projektledare"),
        actor);
  }

  private static NewInitiative phase(InitiativeView i, InitiativePhase phase) {
    return new NewInitiative(
        i.organisation(),
        i.kind(),
        phase,
        i.name(),
        i.description(),
        String.join("\n", i.steeringGroup()),
        i.projectLead());
  }
}
