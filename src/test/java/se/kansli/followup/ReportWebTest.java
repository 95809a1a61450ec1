package se.kansli.followup;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.organisations.StaffUser;
import se.kansli.registry.CaseRegistry;
import se.kansli.registry.CaseView;
import se.kansli.registry.RegisterCase;
import se.kansli.shared.Role;

/** The reports through their pages and over REST. */
@KansliTest
class ReportWebTest {

  @Autowired MockMvc mvc;
  @Autowired TestStaff staff;
  @Autowired UserDetailsService signIn;
  @Autowired PlanFixture fixture;
  @Autowired CaseRegistry cases;

  StaffUser secretaryUser;
  UserDetails secretary;
  PlanView plan;

  @BeforeEach
  void signedIn() {
    secretaryUser = staff.create(Role.COMMITTEE_SECRETARY, "e-namnden");
    secretary = signIn.loadUserByUsername(secretaryUser.username());
    plan = fixture.plan("e-namnden", secretaryUser.asActor());
  }

  @Test
  void aSecretaryWritesTheTextFilesTheReportAndGetsItsPdf() throws Exception {
    CaseView target =
        cases.register(
            new RegisterCase(
                "e-namnden", "2.2.0.1", "Delårsrapport", null, null, null, null, null, null),
            secretaryUser.asActor());
    String page =
        mvc.perform(
                post("/followup/reports")
                    .with(user(secretary))
                    .with(csrf())
                    .param("organisation", "e-namnden")
                    .param("kind", "INTERIM")
                    .param("year", String.valueOf(plan.year()))
                    .param("throughMonth", "5"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();

    mvc.perform(get(page).with(user(secretary)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("januari–maj " + plan.year()),
                        containsString("Indikatorerna per " + plan.year() + "-05-31"))));
    mvc.perform(
            post(page + "/texts")
                .with(user(secretary))
                .with(csrf())
                .param("summary", "Perioden i korthet <b>fet</b>"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post(page + "/registration")
                .with(user(secretary))
                .with(csrf())
                .param("caseNumber", "1999/999"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Ärendet 1999/999 finns inte i diariet.")));
    mvc.perform(
            post(page + "/registration")
                .with(user(secretary))
                .with(csrf())
                .param("caseNumber", target.caseNumber()))
        .andExpect(status().is3xxRedirection());

    mvc.perform(get(page).with(user(secretary)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Diarieförd i " + target.caseNumber())))
        .andExpect(content().string(containsString("Perioden i korthet &lt;b&gt;fet&lt;/b&gt;")));
    mvc.perform(get(page + "/pdf").with(user(secretary)))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/pdf"))
        .andExpect(content().string(startsWith("%PDF-")));
  }

  @Test
  void aRefusedReportKeepsWhatWasTypedAndSaysWhy() throws Exception {
    mvc.perform(
            post("/followup/reports")
                .with(user(secretary))
                .with(csrf())
                .param("organisation", "e-namnden")
                .param("kind", "INTERIM")
                .param("year", String.valueOf(plan.year()))
                .param("throughMonth", "12")
                .param("title", "Min rapport"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("till och med (1–11)"),
                        containsString("value=\"Min rapport\""))));
  }

  @Test
  void overRestTheReportIsCreatedFiledAndRefusalsAreProblemJson() throws Exception {
    RequestPostProcessor api = httpBasic(secretaryUser.username(), TestStaff.PASSWORD);
    mvc.perform(
            post("/api/reports")
                .with(api)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"organisation\":\"e-namnden\",\"year\":"
                        + plan.year()
                        + ",\"kind\":\"INTERIM\",\"throughMonth\":0}"))
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
        .andExpect(jsonPath("$.field").value("throughMonth"));
    String created =
        mvc.perform(
                post("/api/reports")
                    .with(api)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"organisation\":\"e-namnden\",\"year\":"
                            + plan.year()
                            + ",\"kind\":\"ANNUAL\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.throughMonth").value(12))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String r = "/api/reports/" + JsonPath.read(created, "$.id");

    mvc.perform(
            put(r + "/texts")
                .with(api)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"proposal\":\"Nämnden godkänner årsrapporten.\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.texts.proposal").value("Nämnden godkänner årsrapporten."));
    mvc.perform(get(r).with(api))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.plan.year").value(plan.year()))
        .andExpect(jsonPath("$.finances").doesNotExist());
    String body = "{\"classificationCode\":\"2.2.0.1\"}";
    String first =
        mvc.perform(
                post(r + "/registration")
                    .with(api)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    mvc.perform(
            post(r + "/registration")
                .with(api)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.registration.documentId")
                .value((String) JsonPath.read(first, "$.registration.documentId")));
    mvc.perform(
            put(r + "/texts")
                .with(api)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"proposal\":\"Ändrat\"}"))
        .andExpect(status().isConflict());
    mvc.perform(get(r + "/pdf").with(api))
        .andExpect(status().isOk())
        .andExpect(content().string(startsWith("%PDF-")));
  }
}
