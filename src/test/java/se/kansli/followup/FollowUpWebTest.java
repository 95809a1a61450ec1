package se.kansli.followup;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.organisations.StaffUser;
import se.kansli.shared.Role;

@KansliTest
class FollowUpWebTest {

  @Autowired MockMvc mvc;
  @Autowired TestStaff staff;
  @Autowired UserDetailsService signIn;
  @Autowired Audits audits;

  StaffUser secretaryUser;
  UserDetails secretary;

  @BeforeEach
  void signedIn() {
    secretaryUser = staff.create(Role.COMMITTEE_SECRETARY, "e-namnden");
    secretary = signIn.loadUserByUsername(secretaryUser.username());
  }

  @Test
  void aSecretaryRegistersAnAuditAddsAnActionAndCannotCloseBeforeItIsDone() throws Exception {
    int year = 1990 + Math.floorMod(UUID.randomUUID().hashCode(), 200);
    String location =
        mvc.perform(
                post("/followup/audits")
                    .with(user(secretary))
                    .with(csrf())
                    .param("organisation", "e-namnden")
                    .param("municipality", "jokkmokk")
                    .param("year", "" + year)
                    .param("assessment", "Tillräcklig styrning och kontroll.")
                    .param("recommendations", "Upprätta årshjul.\n\nFölj upp kontrollmomenten."))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/followup/audits/*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    AuditView audit = audits.get(id, secretaryUser.asActor());
    UUID rec = audit.recommendations().getFirst().id();

    mvc.perform(get(location).with(user(secretary)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Jokkmokks kommun"),
                        containsString("Upprätta årshjul."),
                        containsString("Följ upp kontrollmomenten."))));

    mvc.perform(
            post(location + "/recommendations/" + rec + "/actions")
                .with(user(secretary))
                .with(csrf())
                .param("description-" + rec, "Upprätta årshjul med rapporteringsdirektiv")
                .param("owner-" + rec, "Samordnaren")
                .param("status-" + rec, "IN_PROGRESS"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Ange när åtgärden ska vara klar."),
                        containsString("id=\"due-" + rec + "-error\""),
                        containsString("aria-invalid=\"true\""),
                        containsString("value=\"Upprätta årshjul med rapporteringsdirektiv\""))));

    mvc.perform(
            post(location + "/recommendations/" + rec + "/actions")
                .with(user(secretary))
                .with(csrf())
                .param("description-" + rec, "Upprätta årshjul med rapporteringsdirektiv")
                .param("owner-" + rec, "Samordnaren")
                .param("due-" + rec, "2022-12-31")
                .param("status-" + rec, "IN_PROGRESS"))
        .andExpect(status().is3xxRedirection());

    mvc.perform(
            post(location + "/recommendations/" + rec + "/close")
                .with(user(secretary))
                .with(csrf())
                .param("closingComment-" + rec, "Klart."))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("som inte är klar")));

    mvc.perform(get("/followup/audits").with(user(secretary)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Revision och årshjul"),
                        containsString("Jokkmokks kommun " + year + ": Upprätta årshjul."),
                        containsString("0 av 1 åtgärder klara"))));
  }

  @Test
  void anUnknownMunicipalityIsRefusedBesideTheField() throws Exception {
    mvc.perform(
            post("/followup/audits")
                .with(user(secretary))
                .with(csrf())
                .param("organisation", "e-namnden")
                .param("municipality", "stockholm")
                .param("year", "2021")
                .param("assessment", "Bra."))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Okänd kommun: stockholm."),
                        containsString("id=\"municipality-error\""))));
  }

  @Test
  void theAnnualCycleIsDrawnWithATextAlternativeAndTheControlPlanFlagsOverduePoints()
      throws Exception {
    String title = "Delårsrapport " + UUID.randomUUID().toString().substring(0, 6);
    mvc.perform(
            post("/followup/cycle")
                .with(user(secretary))
                .with(csrf())
                .param("organisation", "e-namnden")
                .param("kind", "INTERIM_REPORT")
                .param("title", title)
                .param("directive", "Samordnaren rapporterar till nämnden.")
                .param("owner", "Samordnaren")
                .param("dueMonth", "8"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"dueMonth-error\"")));
    mvc.perform(
            post("/followup/cycle")
                .with(user(secretary))
                .with(csrf())
                .param("organisation", "e-namnden")
                .param("kind", "INTERIM_REPORT")
                .param("title", title)
                .param("directive", "Samordnaren rapporterar till nämnden.")
                .param("owner", "Samordnaren")
                .param("dueMonth", "8")
                .param("dueDay", "31"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/followup/cycle").param("year", "2022").with(user(secretary)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("role=\"img\""),
                        containsString("<title id=\"timeline-title\">Årshjul 2022</title>"),
                        containsString("31 aug " + title),
                        containsString("<td>2022-08-31</td>"))));

    String point = "Attest " + UUID.randomUUID();
    mvc.perform(
            post("/followup/control")
                .with(user(secretary))
                .with(csrf())
                .param("organisation", "e-namnden")
                .param("title", point)
                .param("method", "Stickprov")
                .param("owner", "Samordnaren")
                .param("frequency", "MONTHLY")
                .param("startsOn", "2022-01-01"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/followup/control").with(user(secretary)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString(point),
                        containsString("Försenad: skulle ha följts upp senast 2022-02-01."))));
  }
}
