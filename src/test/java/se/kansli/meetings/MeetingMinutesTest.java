package se.kansli.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.meetings.ItemMinutes.Ballot;
import se.kansli.meetings.ItemMinutes.Dissent;
import se.kansli.meetings.ItemMinutes.Vote;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.Forbidden;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.Role;

@KansliTest
class MeetingMinutesTest {

  @Autowired MeetingFixture fixture;
  @Autowired MeetingPlanner planner;
  @Autowired MeetingMinutes minutes;
  @Autowired TestStaff staff;
  @Autowired AttendanceStatistics statistics;

  Actor secretary;
  BodyView body;

  @BeforeEach
  void committee() {
    secretary = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
    body = fixture.committee(secretary);
  }

  @Test
  void paragraphsRunOnAcrossTheMeetingsOfAYearAndStartAgainNextYear() {
    MeetingView march = fixture.meeting(body, LocalDate.of(2022, 3, 16), 7, secretary);
    MeetingView june = fixture.meeting(body, LocalDate.of(2022, 6, 22), 9, secretary);
    MeetingView next = fixture.meeting(body, LocalDate.of(2023, 3, 15), 2, secretary);

    assertThat(paragraphs(minutes.numberItems(march.id(), null, secretary)))
        .containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(paragraphs(minutes.numberItems(june.id(), null, secretary)))
        .containsExactly(8, 9, 10, 11, 12, 13, 14, 15, 16);
    assertThat(paragraphs(minutes.numberItems(next.id(), null, secretary))).containsExactly(1, 2);
  }

  @Test
  void aChosenFirstNumberNeverReusesOneAndAnItemAddedLaterGetsTheNext() {
    MeetingView march = fixture.meeting(body, LocalDate.of(2022, 3, 16), 1, secretary);
    minutes.numberItems(march.id(), 2, secretary);
    MeetingView june = fixture.meeting(body, LocalDate.of(2022, 6, 22), 2, secretary);

    assertThatThrownBy(() -> minutes.numberItems(june.id(), 2, secretary))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("§ 2 är redan använd")
        .hasMessageContaining("§ 3");
    assertThat(paragraphs(minutes.numberItems(june.id(), 8, secretary))).containsExactly(8, 9);

    planner.addCase(june.id(), fixture.cases(1, secretary).getFirst().id(), secretary);
    assertThat(paragraphs(minutes.numberItems(june.id(), null, secretary)))
        .containsExactly(8, 9, 10);
  }

  @Test
  void anEarlierMeetingCannotTakeNumbersALaterMeetingHas() {
    MeetingView june = fixture.meeting(body, LocalDate.of(2022, 6, 22), 1, secretary);
    minutes.numberItems(june.id(), 8, secretary);
    MeetingView march = fixture.meeting(body, LocalDate.of(2022, 3, 16), 3, secretary);

    assertThatThrownBy(() -> minutes.numberItems(march.id(), 6, secretary))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("§ 8");
  }

  @Test
  void reorderingKeepsTheNumbersInAgendaOrder() {
    MeetingView meeting = fixture.meeting(body, LocalDate.of(2022, 6, 22), 3, secretary);
    meeting = minutes.numberItems(meeting.id(), 8, secretary);
    String third = meeting.items().get(2).title();

    meeting = planner.move(meeting.id(), meeting.items().get(2).id(), -1, secretary);

    assertThat(paragraphs(meeting)).containsExactly(8, 9, 10);
    assertThat(meeting.items().get(1).title()).isEqualTo(third);
  }

  @Test
  void theCheckSaysWhatIsMissingUntilTheMinutesAreComplete() {
    MeetingView meeting = fixture.meeting(body, LocalDate.of(2022, 6, 22), 1, secretary);

    assertThat(messages(minutes.check(meeting.id(), secretary)))
        .anyMatch(m -> m.contains("Närvaro saknas för ledamoten Ledamot lulea"))
        .anyMatch(m -> m.contains("inget paragrafnummer"))
        .anyMatch(m -> m.contains("Beslut saknas"))
        .anyMatch(m -> m.contains("inte beslutför"))
        .anyMatch(m -> m.contains("justerare"));

    meeting = complete(meeting);

    assertThat(minutes.check(meeting.id(), secretary)).isEmpty();
  }

  @Test
  void quorumNeedsMoreThanHalfOfTheMembersAndASubstituteCountsForTheAbsentMember() {
    MeetingView meeting = fixture.meeting(body, LocalDate.of(2022, 6, 22), 1, secretary);
    // 7 members: 3 present and one substitute serving is 4 of 7, more than half.
    List<RecordAttendance.Entry> entries = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      SeatView member = MeetingFixture.seat(body, "Ledamot " + MeetingFixture.MUNICIPALITIES[i]);
      entries.add(
          new RecordAttendance.Entry(
              member.id(), i < 3 ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT, null));
    }
    SeatView substitute = MeetingFixture.seat(body, "Ersättare kiruna");
    entries.add(
        new RecordAttendance.Entry(
            substitute.id(),
            AttendanceStatus.SERVING,
            MeetingFixture.seat(body, "Ledamot kiruna").id()));
    meeting = minutes.recordAttendance(meeting.id(), new RecordAttendance(entries, ""), secretary);
    AgendaItemView item = meeting.items().getFirst();
    assertThat(MinutesCheck.quorate(meeting, item)).isTrue();

    // One of the four has a conflict of interest: 3 of 7 may not decide.
    meeting =
        minutes.writeItem(
            meeting.id(),
            item.id(),
            new ItemMinutes(
                null,
                "E-nämnden beslutar att bifalla.",
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(substitute.id()),
                null,
                null),
            secretary);
    assertThat(MinutesCheck.quorate(meeting, meeting.items().getFirst())).isFalse();
  }

  @Test
  void aMemberWhoLeftBeforeAnItemNeitherDecidesNorCountsForItsQuorum() {
    MeetingView meeting = attendAll(fixture.meeting(body, LocalDate.of(2022, 6, 22), 1, secretary));
    AgendaItemView item = meeting.items().getFirst();
    List<SeatId> left = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      left.add(MeetingFixture.seat(body, "Ledamot " + MeetingFixture.MUNICIPALITIES[i]).id());
    }
    SeatId gone = left.getFirst();

    meeting =
        minutes.writeItem(
            meeting.id(),
            item.id(),
            new ItemMinutes(
                null, "Beslut", null, null, null, null, null, null, null, null, null, false, left),
            secretary);

    AgendaItemView written = meeting.items().getFirst();
    assertThat(written.minutes().absent()).containsExactlyElementsOf(left);
    assertThat(meeting.decidingOn(written)).doesNotContain(gone).hasSize(3);
    assertThat(MinutesCheck.quorate(meeting, written)).isFalse();
    MeetingView finalMeeting = meeting;
    assertThatThrownBy(() ->
            minutes.writeItem(
                finalMeeting.id(),
                item.id(),
                new ItemMinutes(
                    null,
                    "Beslut",
                    null,
                    null,
                    null,
                    "Proposition",
                    new Vote("Ja mot nej", List.of(new Ballot(gone, VoteChoice.YES))),
                    null,
                    null,
                    null,
                    null,
                    false,
                    left),
                secretary))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("kan inte rösta");
  }

  @Test
  void aVoteOrDissentBySomeoneNotServingIsRefused() {
    MeetingView meeting = attendAll(fixture.meeting(body, LocalDate.of(2022, 6, 22), 1, secretary));
    SeatView substitute = MeetingFixture.seat(body, "Ersättare pitea");
    AgendaItemView item = meeting.items().getFirst();

    assertThatThrownBy(() ->
            minutes.writeItem(
                meeting.id(),
                item.id(),
                new ItemMinutes(
                    null,
                    "Beslut",
                    null,
                    null,
                    null,
                    "Proposition",
                    new Vote(
                        "Bifall mot avslag", List.of(new Ballot(substitute.id(), VoteChoice.YES))),
                    null,
                    null,
                    null,
                    null),
                secretary))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("Ersättare pitea tjänstgör inte");
    assertThatThrownBy(() ->
            minutes.writeItem(
                meeting.id(),
                item.id(),
                new ItemMinutes(
                    null,
                    "Beslut",
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(new Dissent(substitute.id(), "Skäl")),
                    null,
                    null,
                    null),
                secretary))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("kan inte reservera sig");
  }

  @Test
  void voteCountsMustMatchTheServingMembers() {
    MeetingView meeting = complete(fixture.meeting(body, LocalDate.of(2022, 6, 22), 1, secretary));
    AgendaItemView item = meeting.items().getFirst();
    List<Ballot> ballots = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ballots.add(
          new Ballot(
              MeetingFixture.seat(body, "Ledamot " + MeetingFixture.MUNICIPALITIES[i]).id(),
              i < 4 ? VoteChoice.YES : VoteChoice.NO));
    }
    meeting =
        minutes.writeItem(
            meeting.id(),
            item.id(),
            new ItemMinutes(
                null,
                "E-nämnden beslutar att bifalla förslaget.",
                null,
                null,
                null,
                "Ordföranden ställer förslagen mot varandra och finner bifall; votering begärs.",
                new Vote("Ja för bifall, nej för avslag", ballots),
                null,
                null,
                null,
                null),
            secretary);

    assertThat(messages(minutes.check(meeting.id(), secretary)))
        .containsExactly("Rösterna (6) stämmer inte med antalet tjänstgörande ledamöter (7).");
    assertThat(meeting.items().getFirst().minutes().vote().result()).isEqualTo("Bifall");
  }

  @Test
  void recipientsNeedAnAddressAndMembersMayNotEditMinutes() {
    MeetingView meeting = fixture.meeting(body, LocalDate.of(2022, 6, 22), 1, secretary);
    AgendaItemView item = meeting.items().getFirst();
    assertThatThrownBy(() ->
            minutes.writeItem(
                meeting.id(),
                item.id(),
                new ItemMinutes(
                    null,
                    "Beslut",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(new ItemMinutes.Recipient("Kiruna kommun", " "))),
                secretary))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("Kiruna kommun saknar giltig e-postadress");

    Actor member = staff.actor(Role.COMMITTEE_MEMBER, "e-namnden");
    assertThatThrownBy(() -> minutes.numberItems(meeting.id(), null, member))
        .isInstanceOf(Forbidden.class);
  }

  @Test
  void attendanceIsCountedPerMeetingAndForTheYear() {
    MeetingView march = fixture.meeting(body, LocalDate.of(2022, 3, 16), 1, secretary);
    List<RecordAttendance.Entry> entries = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      SeatView member = MeetingFixture.seat(body, "Ledamot " + MeetingFixture.MUNICIPALITIES[i]);
      entries.add(
          new RecordAttendance.Entry(
              member.id(), i < 4 ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT, null));
    }
    minutes.recordAttendance(march.id(), new RecordAttendance(entries, ""), secretary);
    attendAll(fixture.meeting(body, LocalDate.of(2022, 6, 22), 1, secretary));
    fixture.meeting(body, LocalDate.of(2022, 10, 12), 1, secretary);

    AttendanceStatistics.YearAttendance year = statistics.year(body.id(), 2022, secretary);

    assertThat(year.meetings())
        .extracting(AttendanceStatistics.MeetingAttendance::percent)
        .containsExactly(57, 100);
    assertThat(year.members()).isEqualTo(14);
    assertThat(year.membersPresent()).isEqualTo(11);
    assertThat(year.percent()).isEqualTo(79);
  }

  MeetingView attendAll(MeetingView meeting) {
    return fixture.attendAll(body, meeting, secretary);
  }

  MeetingView complete(MeetingView meeting) {
    return fixture.complete(body, meeting, secretary);
  }

  static List<Integer> paragraphs(MeetingView meeting) {
    return meeting.items().stream().map(AgendaItemView::paragraph).toList();
  }

  static List<String> messages(List<MinutesCheck.Problem> problems) {
    return problems.stream().map(MinutesCheck.Problem::message).toList();
  }
}
