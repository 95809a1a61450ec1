package se.kansli.portfolio;

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

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.shared.Role;

@KansliTest
class PortfolioWebTest {

  @Autowired MockMvc mvc;
  @Autowired TestStaff staff;
  @Autowired UserDetailsService signIn;

  @Test
  void theCoordinatorAddsAServiceAndItsParticipantsAndThePublicSeesWhoTakesPart() throws Exception {
    UserDetails coordinator =
        signIn.loadUserByUsername(staff.create(Role.COMMITTEE_SECRETARY, "e-namnden").username());
    String name = "Datacenter Norrbotten " + UUID.randomUUID().toString().substring(0, 8);
    String service =
        mvc.perform(
                post("/portfolio/services")
                    .with(user(coordinator))
                    .with(csrf())
                    .param("organisation", "e-namnden")
                    .param("name", name)
                    .param("description", "Gemensamt datacenter för kommunerna i länet.")
                    .param("owner", "E-nämnden")
                    .param("stage", "IN_OPERATION")
                    .param("inOperationSince", "2021-01-01")
                    .param("stageNote", "Migrering av kommuner pågår"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/portfolio/services/*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();

    for (String municipality : new String[] {"alvsbyn", "boden", "gallivare"}) {
      mvc.perform(
              post(service + "/participations")
                  .with(user(coordinator))
                  .with(csrf())
                  .param("municipality", municipality)
                  .param("joinedOn", "2021-09-01"))
          .andExpect(status().is3xxRedirection());
    }
    mvc.perform(
            post(service + "/participations")
                .with(user(coordinator))
                .with(csrf())
                .param("municipality", "kiruna")
                .param("joinedOn", "2022-09-01")
                .param("leftOn", "2022-08-31"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("class=\"error-summary\""),
                        containsString(
                            "Kommunen kan inte lämna före den dag den gick med (2022-09-01)."),
                        containsString("value=\"2022-08-31\""))));

    mvc.perform(get(service).with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(containsString("Älvsbyns kommun"), containsString("Gällivare kommun"))));
    mvc.perform(get("/public/portfolio"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString(name),
                        containsString("Bodens kommun, Gällivare kommun, Älvsbyns kommun"),
                        containsString("Migrering av kommuner pågår"),
                        not(containsString("Registrera deltagande")))));
  }

  @Test
  void aMemberReadsThePortfolioButHasNoFormsToChangeIt() throws Exception {
    UserDetails member =
        signIn.loadUserByUsername(staff.create(Role.COMMITTEE_MEMBER, "e-namnden").username());
    mvc.perform(get("/portfolio").with(user(member)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Skapa tjänsten"))));
    mvc.perform(
            post("/portfolio/services")
                .with(user(member))
                .with(csrf())
                .param("organisation", "e-namnden")
                .param("name", "Obehörig")
                .param("description", "x")
                .param("owner", "x")
                .param("stage", "PLANNED"))
        .andExpect(status().isForbidden());
  }
}
