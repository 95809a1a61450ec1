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
class InitiativeWebTest {

  @Autowired MockMvc mvc;
  @Autowired TestStaff staff;
  @Autowired UserDetailsService signIn;

  @Test
  void theCoordinatorKeepsAnInitiativeAndItsStatusShowsInTheStatusItem() throws Exception {
    UserDetails coordinator =
        signIn.loadUserByUsername(staff.create(Role.COMMITTEE_SECRETARY, "e-namnden").username());
    String name = "Förstudie gemensamt HR-system " + UUID.randomUUID().toString().substring(0, 8);
    String initiative =
        mvc.perform(
                post("/portfolio/initiatives")
                    .with(user(coordinator))
                    .with(csrf())
                    .param("organisation", "e-namnden")
                    .param("name", name)
                    .param("kind", "PRESTUDY")
                    .param("phase", "ONGOING")
                    .param("description", "Gemensamt IT-stöd för HR-processerna i länet.")
                    .param("steeringGroup", "HR-chef, Luleå kommun\nHR-chef, Bodens kommun")
                    .param("projectLead", "Extern projektledare"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/portfolio/initiatives/*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();

    mvc.perform(
            post(initiative + "/participations")
                .with(user(coordinator))
                .with(csrf())
                .param("municipality", "alvsbyn")
                .param("joinedOn", "2022-03-16")
                .param("coFinancing", "true"))
        .andExpect(status().is3xxRedirection());
    for (String[] rev :
        new String[][] {
          {"Rev A", "Alla processer inom HR", "2022-03-16", "Styrgruppen"},
          {"Rev B", "Endast löneprocesserna", "2022-05-04", "Styrgruppen 2022-05-04"}
        }) {
      mvc.perform(
              post(initiative + "/directive")
                  .with(user(coordinator))
                  .with(csrf())
                  .param("revision", rev[0])
                  .param("scope", rev[1])
                  .param("decidedOn", rev[2])
                  .param("decidedBy", rev[3]))
          .andExpect(status().is3xxRedirection());
    }
    String period = "W-" + UUID.randomUUID().toString().substring(0, 8);
    mvc.perform(
            post(initiative + "/statuses")
                .with(user(coordinator))
                .with(csrf())
                .param("period", period)
                .param("text", "Förstudien pågår, revidering av direktiv (se separat ärende)"))
        .andExpect(status().is3xxRedirection());

    mvc.perform(get(initiative).with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Rev A – ersatt"),
                        containsString("Rev B – gäller"),
                        containsString("Beslutad av Styrgruppen 2022-05-04 den 2022-05-04"),
                        containsString("Älvsbyns kommun"),
                        containsString("HR-chef, Bodens kommun"))));
    mvc.perform(get("/portfolio/status").param("period", period).with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("• " + name + "\nSTATUS:\n  – Förstudien pågår"),
                        containsString("Diarieför och lägg på dagordningen"))));

    // Finished: the next status is refused with the message beside the field, nothing saved.
    mvc.perform(
            post(initiative)
                .with(user(coordinator))
                .with(csrf())
                .param("name", name)
                .param("kind", "PRESTUDY")
                .param("phase", "FINISHED")
                .param("description", "Gemensamt IT-stöd för HR-processerna i länet."))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post(initiative + "/statuses")
                .with(user(coordinator))
                .with(csrf())
                .param("period", period + "-2")
                .param("text", "Ny status"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("class=\"error-summary\""),
                        containsString("id=\"text-error\""),
                        containsString("är avslutat och tar inte emot fler statusrapporter"))));
    mvc.perform(get("/public/portfolio"))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(name))));
  }
}
