package se.kansli.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.kansli.KansliTest;
import se.kansli.TestMailServer;
import se.kansli.TestStaff;
import se.kansli.organisations.StaffUser;
import se.kansli.registry.CaseView;
import se.kansli.shared.Role;

@KansliTest
class MeetingWebTest {

  @Autowired MockMvc mvc;
  @Autowired TestStaff staff;
  @Autowired UserDetailsService signIn;
  @Autowired MeetingFixture fixture;
  @Autowired MeetingPlanner planner;
  @Autowired TestMailServer mail;
  @Autowired MinutesDrafts drafts;
  @Autowired MeetingMinutes minutes;

  StaffUser secretaryUser;
  UserDetails secretary;
  BodyView body;

  @BeforeEach
  void signedIn() {
    secretaryUser = staff.create(Role.COMMITTEE_SECRETARY, "e-namnden");
    secretary = signIn.loadUserByUsername(secretaryUser.username());
    body = fixture.committee(secretaryUser.asActor());
  }

  @Test
  void aSecretaryPlansAMeetingPutsACaseOnTheAgendaAndSendsTheNotice() throws Exception {
    CaseView c = fixture.cases(1, secretaryUser.asActor()).getFirst();
    String location =
        mvc.perform(
                post("/meetings")
                    .with(user(secretary))
                    .with(csrf())
                    .param("body", body.id().toString())
                    .param("date", "2022-06-22")
                    .param("startsAt", "09:00")
                    .param("endsAt", "12:00")
                    .param("place", "Kommunhuset, Luleå")
                    .param("remote", "on"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/meetings/*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();

    mvc.perform(
            post(location + "/items")
                .with(user(secretary))
                .with(csrf())
                .param("caseNumber", c.caseNumber()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get(location).with(user(secretary)))
        .andExpect(status().isOk())
        .andExpect(
            content().string(allOf(containsString(c.caseNumber()), containsString("Ärende 0"))));

    mvc.perform(post(location + "/notice").with(user(secretary)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(mail.to("lulea-ledamot@example.se"))
        .anySatisfy(m -> assertThat(subject(m)).startsWith("Kallelse: " + body.name()));

    String id = location.substring(location.lastIndexOf('/') + 1);
    mvc.perform(get("/public/sammantraden/" + id))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Ärende 0"),
                        containsString(
                            "/public/registry/e-namnden/cases/" + c.year() + "/" + c.serial()))));
  }

  @Test
  void anUnknownCaseNumberIsExplainedInSwedishAndTheTypedValueKept() throws Exception {
    MeetingView meeting =
        fixture.meeting(body, LocalDate.of(2022, 6, 22), 0, secretaryUser.asActor());
    mvc.perform(
            post("/meetings/" + meeting.id() + "/items")
                .with(user(secretary))
                .with(csrf())
                .param("caseNumber", "1999/4711"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Ärendet 1999/4711 finns inte i diariet."),
                        containsString("value=\"1999/4711\""))));
  }

  @Test
  void aRefusedItemFormComesBackWithEverythingTyped() throws Exception {
    MeetingView meeting =
        fixture.meeting(body, LocalDate.of(2022, 6, 22), 1, secretaryUser.asActor());
    AgendaItemView item = meeting.items().getFirst();
    mvc.perform(
            post("/meetings/" + meeting.id() + "/items/" + item.id())
                .with(user(secretary))
                .with(csrf())
                .param("decision", "E-nämnden beslutar att godkänna budgeten.")
                .param("summary", "En lång sammanfattning")
                .param("recipients", "Kiruna kommun"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Kiruna kommun saknar giltig e-postadress"),
                        containsString("E-nämnden beslutar att godkänna budgeten."),
                        containsString("En lång sammanfattning"))));
  }

  @Test
  void theNoticeOfAPlannedMeetingIsNotPublicYet() throws Exception {
    MeetingView meeting =
        fixture.meeting(body, LocalDate.of(2022, 6, 22), 1, secretaryUser.asActor());
    mvc.perform(get("/public/sammantraden/" + meeting.id()))
        .andExpect(status().isNotFound())
        .andExpect(content().string(not(containsString("Ärende 0"))));
  }

  @Test
  void theMeetingPageShowsWhatChangedSinceTheLastDraft() throws Exception {
    var actor = secretaryUser.asActor();
    MeetingView meeting =
        fixture.complete(body, fixture.meeting(body, LocalDate.of(2022, 6, 22), 1, actor), actor);
    mvc.perform(post("/meetings/" + meeting.id() + "/drafts").with(user(secretary)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    minutes.writeItem(
        meeting.id(),
        meeting.items().getFirst().id(),
        MinutesDraftsTest.decision("E-nämnden beslutar att avslå ansökan."),
        actor);

    mvc.perform(get("/meetings/" + meeting.id()).with(user(secretary)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Utkast och ändringar"),
                        containsString("Ändringar sedan utkast 1"),
                        containsString("/meetings/" + meeting.id() + "/drafts/1.pdf"),
                        containsString("<td>§ 1</td>"),
                        containsString("<td>Beslut</td>"),
                        containsString(MinutesDraftsTest.DECISION),
                        containsString("E-nämnden beslutar att avslå ansökan."),
                        containsString("har inte sett ändringarna sedan utkast 1"))));
    mvc.perform(get("/meetings/" + meeting.id() + "/drafts/1.pdf").with(user(secretary)))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/pdf"));
    assertThat(drafts.versions(meeting.id(), actor)).hasSize(1);
  }

  static String subject(jakarta.mail.internet.MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
