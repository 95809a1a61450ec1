package se.kansli.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.registry.CaseView;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.Role;

@KansliTest
class HistoricalMinutesTest {

  @Autowired HistoricalMinutes historical;
  @Autowired MeetingFixture fixture;
  @Autowired MeetingMinutes minutes;
  @Autowired MinutesExtracts extracts;
  @Autowired TestStaff staff;

  Actor secretary;
  String body;

  @BeforeEach
  void secretary() {
    secretary = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
    body = "Arkivnämnden " + UUID.randomUUID();
  }

  HistoricalMeeting meeting(LocalDate date, int first, List<CaseView> cases) {
    return new HistoricalMeeting(
        "e-namnden",
        body,
        date,
        "A".repeat(64),
        List.of(
            new HistoricalMeeting.Item(
                first,
                "Budget 2023",
                cases.get(0).id().value(),
                cases.get(0).caseNumber(),
                "E-nämnden beslutar att godkänna budgeten för 2023.",
                "Budgeten är upprättad enligt fördelningsmodellerna.",
                "Ordföranden ställer proposition och finner bifall.",
                List.of("Budget 2023"),
                List.of("Kiruna kommun")),
            new HistoricalMeeting.Item(
                first + 1,
                "Delårsrapport",
                cases.get(1).id().value(),
                cases.get(1).caseNumber(),
                "E-nämnden beslutar att godkänna delårsrapporten.",
                null,
                null,
                List.of(),
                List.of())));
  }

  @Test
  void importedMinutesAreStoredReadOnlyWithTheirParagraphsAndLinkedOnASecondImport() {
    List<CaseView> cases = fixture.cases(2, secretary);

    HistoricalMinutes.Recorded first =
        historical.record(meeting(LocalDate.of(2019, 6, 22), 8, cases), secretary);

    MeetingView meeting = first.meeting();
    assertThat(first.created()).isTrue();
    assertThat(meeting.historical()).isTrue();
    assertThat(meeting.status()).isEqualTo(MeetingStatus.ATTESTED);
    assertThat(meeting.items()).extracting(AgendaItemView::paragraph).containsExactly(8, 9);
    assertThat(meeting.items().getFirst().caseNumber()).isEqualTo(cases.get(0).caseNumber());
    assertThat(meeting.items().getFirst().minutes().decisionBasis())
        .extracting(ItemMinutes.BasisDocument::title)
        .containsExactly("Budget 2023");
    assertThatThrownBy(() -> minutes.numberItems(meeting.id(), null, secretary))
        .isInstanceOf(Conflict.class);
    assertThatThrownBy(() -> extracts.dispatch(meeting.id(), secretary))
        .isInstanceOf(Conflict.class);

    HistoricalMinutes.Recorded again =
        historical.record(meeting(LocalDate.of(2019, 6, 22), 8, cases), secretary);
    assertThat(again.created()).isFalse();
    assertThat(again.meeting().id()).isEqualTo(meeting.id());
  }

  @Test
  void paragraphsAlreadyUsedThatYearAreRefusedAndNothingIsStored() {
    List<CaseView> cases = fixture.cases(2, secretary);
    historical.record(meeting(LocalDate.of(2019, 3, 16), 1, cases), secretary);

    assertThatThrownBy(
            () -> historical.record(meeting(LocalDate.of(2019, 6, 22), 2, cases), secretary))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("redan paragrafer");
    HistoricalMinutes.Recorded later =
        historical.record(meeting(LocalDate.of(2019, 6, 22), 3, cases), secretary);
    assertThat(later.created()).isTrue();
  }
}
