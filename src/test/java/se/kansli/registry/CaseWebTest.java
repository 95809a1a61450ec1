package se.kansli.registry;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.shared.Role;

@KansliTest
class CaseWebTest {

  @Autowired MockMvc mvc;
  @Autowired TestStaff staff;
  @Autowired UserDetailsService signIn;

  UserDetails registrar;

  @BeforeEach
  void signedIn() {
    registrar = signIn.loadUserByUsername(staff.create(Role.REGISTRAR, "kiruna").username());
  }

  MockHttpServletRequestBuilder registerForm() {
    return registerForm("19121212-1213");
  }

  MockHttpServletRequestBuilder registerForm(String identity) {
    return post("/cases")
        .with(user(registrar))
        .with(csrf())
        .param("organisation", "kiruna")
        .param("classificationCode", "3.1.1")
        .param("title", "Ansökan om serveringstillstånd")
        .param("partyKind", "PERSON", "PERSON", "PERSON")
        .param("partyName", "Tolvan Tolvansson", "", "")
        .param("partyIdentity", identity, "", "")
        .param("partyRole", "sökande", "", "");
  }

  @Test
  void anInvalidPersonalIdentityNumberIsShownInSwedishAndNothingTypedIsLost() throws Exception {
    mvc.perform(registerForm())
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Ogiltigt personnummer: kontrollsiffran stämmer inte."),
                        containsString("id=\"parties-error\""),
                        containsString("value=\"Ansökan om serveringstillstånd\""),
                        containsString("value=\"19121212-1213\""))));
  }

  @Test
  void aValidFormRegistersTheCaseAndShowsItsNumber() throws Exception {
    mvc.perform(registerForm("19121212-1212").param("idempotencyKey", UUID.randomUUID().toString()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("/cases/*"))
        .andExpect(flash().attribute("flash", containsString("diarienummer")));
  }

  @Test
  void aDoubleSubmittedFormMakesOneCase() throws Exception {
    String key = UUID.randomUUID().toString();
    String first =
        mvc.perform(registerForm("").param("idempotencyKey", key))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    mvc.perform(registerForm("").param("idempotencyKey", key)).andExpect(redirectedUrl(first));
  }

  @Test
  void aCaseNumberInTheSearchBoxGoesStraightToTheCase() throws Exception {
    String location =
        mvc.perform(registerForm("").param("idempotencyKey", UUID.randomUUID().toString()))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    String page =
        mvc.perform(get(location).with(user(registrar)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String number = page.replaceAll("(?s).*<h1><span>([^<]+)</span>.*", "$1");
    mvc.perform(get("/cases").param("q", number).with(user(registrar)))
        .andExpect(redirectedUrl(location));
  }

  @Test
  void closingInTheFutureIsRefusedBesideTheField() throws Exception {
    String location =
        mvc.perform(registerForm("").param("idempotencyKey", UUID.randomUUID().toString()))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    mvc.perform(
            post(location + "/close")
                .with(user(registrar))
                .with(csrf())
                .param("closedOn", "2999-01-01")
                .param("outcome", "Klart"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(containsString("id=\"closedOn-error\""), containsString("framtiden"))));
  }

  @Test
  void auditorsSeeNoRegisterButtonAndCannotRegister() throws Exception {
    UserDetails auditor =
        signIn.loadUserByUsername(staff.create(Role.AUDITOR, "kiruna").username());
    mvc.perform(get("/cases").with(user(auditor)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("href=\"/cases/new\""))));
    mvc.perform(get("/cases/new").with(user(auditor))).andExpect(status().isForbidden());
  }

  @Test
  void theUiSpeaksEnglishOnRequest() throws Exception {
    mvc.perform(get("/cases").param("lang", "en").with(user(registrar)))
        .andExpect(content().string(containsString("Search the registry")));
    mvc.perform(get("/cases").with(user(registrar)))
        .andExpect(content().string(containsString("Sök i diariet")));
  }

  @Test
  void theFirstAdministratorMustChooseAPasswordBeforeAnythingElse() throws Exception {
    UserDetails admin = signIn.loadUserByUsername("admin");
    mvc.perform(get("/cases").with(user(admin))).andExpect(redirectedUrl("/account/password"));
  }
}
