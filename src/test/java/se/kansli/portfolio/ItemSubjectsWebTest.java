package se.kansli.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.meetings.BodyDirectory;
import se.kansli.meetings.MeetingPlanner;
import se.kansli.meetings.MeetingView;
import se.kansli.meetings.NewBody;
import se.kansli.meetings.PlanMeeting;
import se.kansli.organisations.StaffUser;
import se.kansli.shared.Actor;
import se.kansli.shared.Role;

/** A minutes item points to the initiative it concerns, from the item's own page. */
@KansliTest
class ItemSubjectsWebTest {

  @Autowired MockMvc mvc;
  @Autowired TestStaff staff;
  @Autowired UserDetailsService signIn;
  @Autowired Initiatives initiatives;
  @Autowired StatusReports statuses;
  @Autowired BodyDirectory bodies;
  @Autowired MeetingPlanner planner;

  @Test
  void theSecretaryPointsAnItemAtTheInitiativeAndBothPagesShowTheLink() throws Exception {
    StaffUser secretaryUser = staff.create(Role.COMMITTEE_SECRETARY, "e-namnden");
    Actor secretary = secretaryUser.asActor();
    UserDetails signedIn = signIn.loadUserByUsername(secretaryUser.username());
    String name = "Förstudie lön " + UUID.randomUUID().toString().substring(0, 8);
    InitiativeView hr =
        initiatives.create(
            new NewInitiative(
                "e-namnden",
                InitiativeKind.PRESTUDY,
                InitiativePhase.ONGOING,
                name,
                "Gemensamt IT-stöd för löneprocesserna.",
                null,
                null),
            secretary);
    String period = "P-" + UUID.randomUUID().toString().substring(0, 8);
    MeetingView meeting =
        planner.plan(
            bodies
                .create(
                    new NewBody(
                        "e-namnden",
                        "Nämnd " + UUID.randomUUID(),
                        "Nämnden",
                        "Sekreteraren",
                        "sekreterare@example.se"),
                    secretary)
                .id(),
            new PlanMeeting(LocalDate.now().plusDays(20), LocalTime.of(9, 0), null, "Luleå", false),
            secretary);
    statuses.file(
        new FileStatusItem("e-namnden", period, meeting.id().toString(), null, "2.2.0.1"),
        secretary);
    String item =
        "/meetings/"
            + meeting.id()
            + "/items/"
            + planner.get(meeting.id(), secretary).items().getFirst().id();

    mvc.perform(get(item).with(user(signedIn)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<option value=\"" + hr.id() + "\"")));
    mvc.perform(post(item + "/subjects").with(user(signedIn)).with(csrf()).param("subject", ""))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("class=\"error-summary\""),
                        containsString("Välj ett initiativ eller en gemensam tjänst."))));
    mvc.perform(
            post(item + "/subjects")
                .with(user(signedIn))
                .with(csrf())
                .param("subject", hr.id().toString()))
        .andExpect(status().is3xxRedirection());

    mvc.perform(get(item).with(user(signedIn)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"/portfolio/initiatives/" + hr.id())));
    assertThat(initiatives.get(hr.id(), secretary).decisions())
        .singleElement()
        .satisfies(d -> assertThat(d.label()).contains(meeting.date().toString()));
  }
}
