package se.kansli.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.meetings.BodyDirectory;
import se.kansli.meetings.MeetingMinutes;
import se.kansli.meetings.MeetingPlanner;
import se.kansli.meetings.MeetingView;
import se.kansli.meetings.NewBody;
import se.kansli.meetings.PlanMeeting;
import se.kansli.registry.CaseRegistry;
import se.kansli.registry.CaseView;
import se.kansli.registry.RegisterCase;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.Role;

@KansliTest
class AuditsTest {

  @Autowired Audits audits;
  @Autowired TestStaff staff;
  @Autowired BodyDirectory bodies;
  @Autowired MeetingPlanner planner;
  @Autowired MeetingMinutes minutes;
  @Autowired CaseRegistry cases;

  Actor secretary;
  int year;

  @BeforeEach
  void secretary() {
    secretary = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
    // Each test its own year: (organisation, municipality, year) is unique and the database shared.
    year = 1990 + Math.floorMod(UUID.randomUUID().hashCode(), 200);
  }

  private AuditView audit(String municipality, String... recommendations) {
    try {
      return audits.create(
          new NewAudit(
              "e-namnden",
              municipality,
              year,
              null,
              "Tillräcklig styrning.",
              List.of(recommendations)),
          secretary);
    } catch (Conflict e) {
      year = 1990 + Math.floorMod(UUID.randomUUID().hashCode(), 200);
      return audit(municipality, recommendations);
    }
  }

  @Test
  void aRecommendationStaysOpenUntilClosedEvenWhenItsActionsAreDone() {
    AuditView audit = audit("arvidsjaur", "Säkerställ att samtliga kontrollmoment följs upp.");
    assertThat(audit.title())
        .isEqualTo("Grundläggande granskning " + year + ", Arvidsjaurs kommun");
    UUID rec = audit.recommendations().getFirst().id();
    audit =
        audits.addAction(
            rec,
            new NewAction(
                "Följ upp kontrollmomenten", "Samordnaren", LocalDate.of(2022, 8, 31), null, ""),
            secretary);
    UUID action = audit.recommendations().getFirst().actions().getFirst().id();
    assertThat(audit.recommendations().getFirst().actions().getFirst().status())
        .isEqualTo(ActionStatus.OPEN);

    audit =
        audits.updateAction(action, ActionStatus.DONE, "Redovisat vid delårsrapport 2.", secretary);
    assertThat(audit.recommendations().getFirst().open()).isTrue();
    assertThat(audits.withOpenRecommendations(secretary))
        .extracting(AuditView::id)
        .contains(audit.id());

    assertThatThrownBy(() -> audits.close(rec, " ", secretary))
        .isInstanceOf(InvalidInput.class)
        .hasFieldOrPropertyWithValue("field", "closingComment");
    audit = audits.close(rec, "Samtliga kontrollmoment följs nu upp.", secretary);
    assertThat(audit.recommendations().getFirst().open()).isFalse();
    assertThat(audit.openRecommendations()).isZero();
    assertThat(audits.withOpenRecommendations(secretary))
        .extracting(AuditView::id)
        .doesNotContain(audit.id());
    assertThatThrownBy(() -> audits.updateAction(action, ActionStatus.OPEN, "", secretary))
        .isInstanceOf(Conflict.class);
  }

  @Test
  void closingIsRefusedWhileAnActionIsNotDone() {
    AuditView audit = audit("kiruna", "Upprätta årshjul med rapporteringsdirektiv.");
    UUID rec = audit.recommendations().getFirst().id();
    audits.addAction(
        rec,
        new NewAction(
            "Upprätta årshjul", "Samordnaren", LocalDate.of(2022, 12, 31), ActionStatus.DONE, ""),
        secretary);
    audits.addAction(
        rec,
        new NewAction(
            "För in rapporteringsdirektiv",
            "Samordnaren",
            LocalDate.of(2022, 12, 31),
            ActionStatus.IN_PROGRESS,
            ""),
        secretary);

    assertThatThrownBy(() -> audits.close(rec, "Klart.", secretary))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("1 åtgärd som inte är klar");
    assertThat(audits.get(audit.id(), secretary).recommendations().getFirst().open()).isTrue();
  }

  @Test
  void badInputIsRefusedWithTheFieldNamed() {
    assertThatThrownBy(() ->
            audits.create(
                new NewAudit("e-namnden", "stockholm", year, null, "Bra.", List.of()), secretary))
        .isInstanceOf(InvalidInput.class)
        .hasFieldOrPropertyWithValue("field", "municipality");
    assertThatThrownBy(() ->
            audits.create(
                new NewAudit("e-namnden", "e-namnden", year, null, "Bra.", List.of()), secretary))
        .hasFieldOrPropertyWithValue("field", "municipality");
    assertThatThrownBy(() ->
            audits.create(
                new NewAudit("e-namnden", "kiruna", year, null, "Bra.", List.of(" ")), secretary))
        .isInstanceOf(InvalidInput.class)
        .hasFieldOrPropertyWithValue("field", "recommendations");
    AuditView audit = audit("pajala", "Följ upp målen.");
    assertThatThrownBy(() -> audits.addRecommendation(audit.id(), "  ", secretary))
        .isInstanceOf(InvalidInput.class)
        .hasFieldOrPropertyWithValue("field", "recommendation");
    UUID rec = audit.recommendations().getFirst().id();
    assertThatThrownBy(() ->
            audits.addAction(
                rec, new NewAction("Gör något", "Samordnaren", null, null, ""), secretary))
        .isInstanceOf(InvalidInput.class)
        .hasFieldOrPropertyWithValue("field", "due")
        .hasMessage("Ange när åtgärden ska vara klar.");
    assertThatThrownBy(() -> audits.get(audit.id(), staff.actor(Role.ADMINISTRATOR, "kiruna")))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void theDecisionIsFoundByCaseNumberOrByMeetingAndParagraph() {
    var body =
        bodies.create(
            new NewBody("e-namnden", "Revisionsnämnd " + UUID.randomUUID(), "Nämnden", null, null),
            secretary);
    CaseView c =
        cases.register(
            new RegisterCase(
                "e-namnden",
                "2.2.0.1",
                "Grundläggande granskning",
                "",
                null,
                List.of(),
                null,
                Set.of(),
                null),
            secretary);
    MeetingView meeting =
        planner.plan(
            body.id(),
            new PlanMeeting(LocalDate.now(), LocalTime.of(9, 0), null, "Luleå", false),
            secretary);
    planner.addCase(meeting.id(), c.id(), secretary);
    meeting = minutes.numberItems(meeting.id(), 8, secretary);
    AuditView audit = audit("alvsbyn");

    String shortNumber = c.year() + "/" + c.serial();
    audit = audits.linkDecision(audit.id(), new DecisionChoice(shortNumber, null, null), secretary);
    assertThat(audit.decision().label()).isEqualTo(body.name() + " " + LocalDate.now() + " § 8");
    assertThat(audit.decision().itemId()).isEqualTo(meeting.items().getFirst().id().value());

    audit =
        audits.linkDecision(
            audit.id(), new DecisionChoice(null, meeting.id().toString(), 8), secretary);
    assertThat(audit.decision().meetingId()).isEqualTo(meeting.id().value());
    String id = audit.id().toString();
    String meetingId = meeting.id().toString();
    assertThatThrownBy(() ->
            audits.linkDecision(
                UUID.fromString(id), new DecisionChoice(null, meetingId, 99), secretary))
        .hasFieldOrPropertyWithValue("field", "paragraph");
    assertThatThrownBy(() ->
            audits.linkDecision(
                UUID.fromString(id), new DecisionChoice("1999/999", null, null), secretary))
        .hasFieldOrPropertyWithValue("field", "caseNumber");
  }
}
