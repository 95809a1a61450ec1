package se.kansli.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.shared.Actor;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

@KansliTest
class NoticeBoardTest {

  @Autowired AttestedMinutes attest;
  @Autowired NoticeBoard board;
  @Autowired Notices notices;
  @Autowired SwedishCalendar calendar;
  @Autowired TestStaff staff;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService signIn;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;

  Actor committeeSecretary;
  LocalDate today;

  @BeforeEach
  void secretary() {
    committeeSecretary = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
    today = LocalDate.now(SwedishCalendar.ZONE);
  }

  @Test
  void theAttestationIsPostedTheMomentItCommits() {
    MinutesAttested attested = attest.attest(committeeSecretary, "e-namnden", Instant.now());

    NoticeView notice = posted("e-namnden", attested);
    assertThat(notice.attestedOn()).isEqualTo(today);
    assertThat(notice.postedOn()).isEqualTo(today);
    assertThat(notice.appealEndsOn()).isEqualTo(calendar.deadline(today.plusWeeks(3)));
    assertThat(notice.takeDownOn()).isEqualTo(notice.appealEndsOn().plusDays(1));
    assertThat(notice.keptAt()).isEqualTo("Kommunkansliet, Luleå kommun");
    assertThat(notice.bodyName()).isEqualTo(attested.bodyName());
    assertThat(notice.meetingDate()).isEqualTo(attested.meetingDate());
    assertThat(notice.sealedSha256()).isEqualTo(attested.sealedSha256());
    assertThat(notice.verification()).isEqualTo("/verify?sha256=" + attested.sealedSha256());
    assertThat(staffNotice(attested).late()).isFalse();
  }

  @Test
  void anAttestationThatRollsBackIsNeverPosted() {
    MinutesAttested attested =
        attest.attestWithoutEvent(committeeSecretary, "e-namnden", Instant.now());

    transaction.executeWithoutResult(status -> {
      events.publishEvent(attested);
      status.setRollbackOnly();
    });

    assertThat(notices.find(attested.meeting())).isEmpty();
  }

  @Test
  void postingTwiceKeepsTheFirstPostingDay() {
    MinutesAttested attested = attest.attest(committeeSecretary, "e-namnden", Instant.now());

    assertThat(board.post(attested, today.plusDays(5))).isFalse();
    board.postMissing();

    assertThat(notices.find(attested.meeting()).orElseThrow().dates().postedOn()).isEqualTo(today);
  }

  @Test
  void theCommitteesNoticeIsOnEveryMemberMunicipalitysBoard() {
    MinutesAttested committee = attest.attest(committeeSecretary, "e-namnden", Instant.now());
    Actor kirunaSecretary = staff.actor(Role.COMMITTEE_SECRETARY, "kiruna");
    MinutesAttested kiruna = attest.attest(kirunaSecretary, "kiruna", Instant.now());

    assertThat(posted("kiruna", committee).organisationName()).isEqualTo("Norrbottens e-nämnd");
    assertThat(posted("lulea", committee)).isNotNull();
    assertThat(posted("pitea", committee)).isNotNull();
    assertThat(posted("kiruna", kiruna).organisationName()).isEqualTo("Kiruna kommun");
    assertThat(meetings(board.board(OrganisationId.of("lulea")))).doesNotContain(kiruna.meeting());
    assertThat(meetings(board.board(OrganisationId.of("e-namnden"))))
        .doesNotContain(kiruna.meeting());
  }

  @Test
  void aNoticeThatMissedItsEventIsPostedByTheScheduleWithAWarningWhenLate() {
    Instant tenDaysAgo = Instant.now().minusSeconds(10 * 24 * 3600);
    MinutesAttested attested =
        attest.attestWithoutEvent(committeeSecretary, "e-namnden", tenDaysAgo);
    assertThat(notices.find(attested.meeting())).isEmpty();

    assertThat(board.postMissing()).isPositive();

    StaffNotice notice = staffNotice(attested);
    assertThat(notice.notice().postedOn()).isEqualTo(today);
    assertThat(notice.postingDeadline()).isBefore(today);
    assertThat(notice.late()).isTrue();
    assertThat(notice.lateWarning())
        .contains("efter sista dagen " + notice.postingDeadline())
        .contains("8 kap. 12 §");
    // The appeal period runs from the day it actually went up.
    assertThat(notice.notice().appealEndsOn()).isEqualTo(calendar.deadline(today.plusWeeks(3)));
  }

  @Test
  void staffSeeTheirNoticesAndTheLatePostingWarning() throws Exception {
    Instant aWeekAgo = Instant.now().minusSeconds(7 * 24 * 3600);
    MinutesAttested late = attest.attest(committeeSecretary, "e-namnden", aWeekAgo);
    var secretary = signIn.loadUserByUsername(committeeSecretary.username());

    mvc.perform(get("/meetings/notices").with(user(secretary)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(late.bodyName())))
        .andExpect(content().string(containsString("Anslag som sattes upp för sent")))
        .andExpect(content().string(containsString("efter sista dagen")));
    mvc.perform(get("/meetings/notices")).andExpect(status().is3xxRedirection());
  }

  @Test
  void aNoticeComesDownAfterTheAppealPeriodAndStaysAsTheRecord() throws Exception {
    // Attested and posted Thursday 30 June 2022: the appeal ended 21 July, down on 22 July.
    Instant thursday =
        ZonedDateTime.of(LocalDate.of(2022, 6, 30), LocalTime.of(10, 0), SwedishCalendar.ZONE)
            .toInstant();
    MinutesAttested old = attest.attestWithoutEvent(committeeSecretary, "e-namnden", thursday);
    board.post(old, LocalDate.of(2022, 6, 30));
    // Posted two months ago: taken down about five weeks ago, within the year's history.
    LocalDate twoMonthsAgo = today.minusMonths(2);
    MinutesAttested recent =
        attest.attestWithoutEvent(
            committeeSecretary,
            "e-namnden",
            twoMonthsAgo.atTime(10, 0).atZone(SwedishCalendar.ZONE).toInstant());
    board.post(recent, twoMonthsAgo);

    NoticeView up = posted("kiruna", old);
    assertThat(up.postedOn()).isEqualTo(LocalDate.of(2022, 6, 30));
    assertThat(up.appealEndsOn()).isEqualTo(LocalDate.of(2022, 7, 21));
    mvc.perform(get(up.minutesPdf()))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/pdf"));

    assertThat(board.takeDownDue()).isGreaterThanOrEqualTo(2);

    NoticeBoardView kiruna = board.board(OrganisationId.of("kiruna"));
    assertThat(meetings(kiruna)).doesNotContain(old.meeting(), recent.meeting());
    assertThat(kiruna.takenDown()).extracting(NoticeView::meeting).contains(recent.meeting());
    // Older than twelve months: gone from the board's history, but kept in the table.
    assertThat(kiruna.takenDown()).extracting(NoticeView::meeting).doesNotContain(old.meeting());
    Notices.StoredNotice record = notices.find(old.meeting()).orElseThrow();
    assertThat(record.takenDownAt()).isNotNull();
    assertThat(record.dates().appealEndsOn()).isEqualTo(LocalDate.of(2022, 7, 21));

    mvc.perform(get(up.minutesPdf())).andExpect(status().isNotFound());
    mvc.perform(get("/public/anslagstavla/kiruna"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Nedtagna anslag")))
        .andExpect(content().string(containsString(recent.bodyName())))
        .andExpect(content().string(not(containsString(old.meeting() + ".pdf"))));
  }

  @Test
  void thePublicPageAndTheJsonShowTheCommitteesNoticeOnKirunasBoard() throws Exception {
    MinutesAttested attested = attest.attest(committeeSecretary, "e-namnden", Instant.now());
    NoticeView notice = posted("kiruna", attested);

    mvc.perform(get("/public/anslagstavla"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/public/anslagstavla/kiruna")));
    mvc.perform(get("/public/anslagstavla/kiruna"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Anslagstavla: Kiruna kommun")))
        .andExpect(content().string(containsString(attested.bodyName())))
        .andExpect(content().string(containsString(notice.appealEndsOn().toString())))
        .andExpect(content().string(containsString("Kommunkansliet, Luleå kommun")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "/public/anslagstavla/protokoll/" + attested.meeting() + ".pdf")))
        .andExpect(content().string(containsString("/verify?sha256=" + attested.sealedSha256())));

    mvc.perform(get("/api/public/notice-board/kiruna"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.organisation").value("kiruna"))
        .andExpect(
            jsonPath("$.posted[?(@.meeting == '" + attested.meeting() + "')].appealEndsOn")
                .value(notice.appealEndsOn().toString()))
        .andExpect(
            jsonPath("$.posted[?(@.meeting == '" + attested.meeting() + "')].organisation")
                .value("e-namnden"));

    byte[] pdf =
        mvc.perform(get(notice.minutesPdf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(se.kansli.shared.Sha256.of(pdf)).isEqualTo(attested.sealedSha256());
  }

  @Test
  void unknownBoardsAndMinutesNotOnABoardAreNotFound() throws Exception {
    MinutesAttested unposted =
        attest.attestWithoutEvent(committeeSecretary, "e-namnden", Instant.now());

    mvc.perform(get("/api/public/notice-board/atlantis"))
        .andExpect(status().isNotFound())
        .andExpect(header().string("Content-Type", containsString("application/problem+json")));
    mvc.perform(get("/public/anslagstavla/atlantis")).andExpect(status().isNotFound());
    mvc.perform(get("/public/anslagstavla/protokoll/" + unposted.meeting() + ".pdf"))
        .andExpect(status().isNotFound());
  }

  private NoticeView posted(String organisation, MinutesAttested attested) {
    return board.board(OrganisationId.of(organisation)).posted().stream()
        .filter(n -> n.meeting().equals(attested.meeting()))
        .findFirst()
        .orElseThrow(() ->
            new AssertionError(attested.bodyName() + " is not on the board of " + organisation));
  }

  private StaffNotice staffNotice(MinutesAttested attested) {
    return board.forStaff(committeeSecretary).stream()
        .filter(n -> n.notice().meeting().equals(attested.meeting()))
        .findFirst()
        .orElseThrow();
  }

  private static java.util.List<MeetingId> meetings(NoticeBoardView board) {
    return board.posted().stream().map(NoticeView::meeting).toList();
  }
}
