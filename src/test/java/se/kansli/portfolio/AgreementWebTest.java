package se.kansli.portfolio;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.platform.SwedishTime;
import se.kansli.shared.Role;

/**
 * Luleå's agreements, in force today: e-namnden's are counted on the demo's days and in the 2040s
 * by the other tests.
 */
@KansliTest
class AgreementWebTest {

  @Autowired MockMvc mvc;
  @Autowired TestStaff staff;
  @Autowired UserDetailsService signIn;
  @Autowired SharedServices services;

  @Test
  void theCoordinatorRegistersAnAgreementSeesItsDeadlinesAndThePublicSeesWhoMayCallOff()
      throws Exception {
    UserDetails coordinator =
        signIn.loadUserByUsername(staff.create(Role.ADMINISTRATOR, "lulea").username());
    ServiceView service =
        services.create(
            new NewService(
                "lulea",
                "E-arkiv " + UUID.randomUUID(),
                "Arkiv",
                "Luleå",
                ServiceStage.PLANNED,
                null,
                null,
                false),
            staff.actor(Role.ADMINISTRATOR, "lulea"));
    LocalDate today = LocalDate.now(SwedishTime.ZONE);
    String title = "E-arkiv drift " + UUID.randomUUID().toString().substring(0, 8);

    mvc.perform(
            post("/portfolio/agreements")
                .with(user(coordinator))
                .with(csrf())
                .param("organisation", "lulea")
                .param("kind", "FRAMEWORK_AGREEMENT")
                .param("title", title)
                .param("supplierName", "Norrsken Arkivsystem AB")
                .param("scope", "Drift av e-arkivet")
                .param("startsOn", today.toString())
                .param("endsOn", today.minusDays(1).toString())
                .param("allMembers", "true"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("class=\"error-summary\""),
                        containsString("före den dag det börjar gälla"),
                        containsString("id=\"endsOn-error\""),
                        containsString("value=\"" + title + "\""))));

    String agreement =
        mvc.perform(
                post("/portfolio/agreements")
                    .with(user(coordinator))
                    .with(csrf())
                    .param("organisation", "lulea")
                    .param("kind", "FRAMEWORK_AGREEMENT")
                    .param("title", title)
                    .param("supplierName", "Norrsken Arkivsystem AB")
                    .param("supplierNumber", "556000-0001")
                    .param("scope", "Drift av e-arkivet")
                    .param("startsOn", today.minusYears(1).toString())
                    .param("endsOn", today.plusDays(60).toString())
                    .param("option1Months", "12")
                    .param("option1UsedOn", "")
                    .param("option2Months", "")
                    .param("noticeMonths", "1")
                    .param("callOff-boden", "true")
                    .param("callOff-kiruna", "true")
                    .param("service-" + service.id(), "true")
                    .param("caseNumber", "LKS 2025/12"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/portfolio/agreements/*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();

    mvc.perform(get(agreement).with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("556000-0001"),
                        containsString("Bodens kommun, Kiruna kommun"),
                        containsString("Option 1: 12 månader, inte utnyttjad"),
                        containsString("LKS 2025/12"),
                        containsString("Ändra avtalet"))));
    mvc.perform(get("/portfolio").with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Avtal som snart löper ut / uppsägningstid"),
                        containsString(today.plusDays(60).toString()),
                        containsString(title))));
    mvc.perform(get("/portfolio/services/" + service.id()).with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(
            content().string(allOf(containsString("Avtal bakom tjänsten"), containsString(title))));
    mvc.perform(get("/public/portfolio"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Ramavtal att avropa från"),
                        containsString(title),
                        containsString("Bodens kommun, Kiruna kommun"))));

    // Using the option pushes the end a year on; an option used after the end is refused.
    mvc.perform(
            post(agreement)
                .with(user(coordinator))
                .with(csrf())
                .param("kind", "FRAMEWORK_AGREEMENT")
                .param("title", title)
                .param("supplierName", "Norrsken Arkivsystem AB")
                .param("scope", "Drift av e-arkivet")
                .param("startsOn", today.minusYears(1).toString())
                .param("endsOn", today.plusDays(60).toString())
                .param("option1Months", "12")
                .param("option1UsedOn", today.plusDays(61).toString())
                .param("allMembers", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("en option utnyttjas innan avtalet löper ut")));
    mvc.perform(
            post(agreement)
                .with(user(coordinator))
                .with(csrf())
                .param("kind", "FRAMEWORK_AGREEMENT")
                .param("title", title)
                .param("supplierName", "Norrsken Arkivsystem AB")
                .param("scope", "Drift av e-arkivet")
                .param("startsOn", today.minusYears(1).toString())
                .param("endsOn", today.plusDays(60).toString())
                .param("option1Months", "12")
                .param("option1UsedOn", today.toString())
                .param("allMembers", "true"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            get("/api/portfolio/agreements/" + agreement.substring(agreement.lastIndexOf('/') + 1))
                .with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.terms.endsOn").value(today.plusDays(60).toString()))
        .andExpect(jsonPath("$.allMembers").value(true));
  }

  @Test
  void theApiRefusesAnAgreementEndingBeforeItStartsAsAProblem() throws Exception {
    UserDetails coordinator =
        signIn.loadUserByUsername(staff.create(Role.COMMITTEE_SECRETARY, "lulea").username());
    mvc.perform(
            post("/api/portfolio/agreements")
                .with(user(coordinator))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"organisation":"lulea","kind":"CONTRACT","title":"Fel","supplierName":"AB",
                     "scope":"x","allMembers":true,"startsOn":"2031-01-01","endsOn":"2030-01-01"}
                    """))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void aMemberReadsTheAgreementsButHasNoFormsToChangeThem() throws Exception {
    UserDetails member =
        signIn.loadUserByUsername(staff.create(Role.COMMITTEE_MEMBER, "lulea").username());
    mvc.perform(get("/portfolio").with(user(member)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("/portfolio/agreements/new"))));
    mvc.perform(
            post("/portfolio/agreements")
                .with(user(member))
                .with(csrf())
                .param("organisation", "lulea")
                .param("kind", "CONTRACT")
                .param("title", "Obehörig")
                .param("supplierName", "x")
                .param("scope", "x")
                .param("startsOn", "2030-01-01")
                .param("endsOn", "2031-01-01")
                .param("allMembers", "true"))
        .andExpect(status().isForbidden());
  }
}
