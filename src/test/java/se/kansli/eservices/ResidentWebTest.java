package se.kansli.eservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.organisations.StaffUser;
import se.kansli.shared.Actor;
import se.kansli.shared.Role;

@KansliTest
class ResidentWebTest {

  @Autowired MockMvc mvc;
  @Autowired EServices eservices;
  @Autowired TestStaff staff;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
  @Autowired se.kansli.messaging.Conversations conversations;

  Actor admin;
  String slug;

  @BeforeEach
  void anAnonymousEService() {
    admin = staff.actor(Role.ADMINISTRATOR, "kiruna");
    EServiceView created =
        eservices.create(
            new EServiceSettings(
                "kiruna",
                "Felanmälan webb " + UUID.randomUUID().toString().substring(0, 8),
                "Anmäl fel.",
                "Bygga och bo",
                "3.1.2",
                "Gatuenheten",
                false,
                SigningRequirement.NONE,
                null,
                14),
            admin);
    eservices.updateForm(
        created.draft().id(),
        new Form(
            List.of(
                new FormPage(
                    "Felet",
                    List.of(
                        FormField.of("plats", FieldType.SHORT_TEXT, "Var är felet?", true),
                        FormField.of("kontakt", FieldType.EMAIL, "Din e-post", false))),
                new FormPage(
                    "Beskrivning",
                    List.of(
                        FormField.of("beskrivning", FieldType.LONG_TEXT, "Beskriv felet", true))))),
        admin);
    eservices.publish(created.draft().id(), admin);
    slug = eservices.get(created.id(), admin).slug();
  }

  /** Logs in with the test eID, which completes at once as 19121212-1212. */
  MockHttpSession residentLogin(String fortsatt) throws Exception {
    MockHttpSession session = new MockHttpSession();
    mvc.perform(get("/e-tjanster/logga-in").param("fortsatt", fortsatt).session(session))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("value=\"test\""),
                        containsString("<legend>Välj e-legitimation</legend>"))));
    mvc.perform(
            post("/e-tjanster/logga-in")
                .session(session)
                .with(csrf())
                .param("method", "test")
                .param("fortsatt", fortsatt)
                .param("organisation", "kiruna"))
        .andExpect(redirectedUrl("/e-tjanster/logga-in/vanta"));
    mvc.perform(get("/e-tjanster/logga-in/vanta").session(session))
        .andExpect(content().string(containsString("Jag har legitimerat mig – fortsätt")));
    String before = session.getId();
    mvc.perform(post("/e-tjanster/logga-in/vanta").session(session).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            redirectedUrl(
                fortsatt.startsWith("/mina-sidor") || fortsatt.startsWith("/e-tjanster/")
                    ? fortsatt
                    : "/mina-sidor"));
    assertThat(session.getId()).as("a new session id after the login").isNotEqualTo(before);
    return session;
  }

  @Test
  void aResidentLogsInWithTheTestEidAndSeesMyPagesButNoStaffPages() throws Exception {
    MockHttpSession session = residentLogin("/mina-sidor");
    mvc.perform(get("/mina-sidor").session(session))
        .andExpect(status().isOk())
        .andExpect(
            content().string(allOf(containsString("Mina sidor"), containsString("19121212-1212"))));
    mvc.perform(get("/cases").session(session))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", containsString("/login")));
    // Another's draft is not there, and the page saying so has the residents' header.
    mvc.perform(get("/e-tjanster/utkast/" + UUID.randomUUID() + "/steg/1").session(session))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("Inloggad som")));
  }

  @Test
  void theResidentReadsAndAnswersTheOfficersMessageOnMyPagesWithoutSeeingNotes() throws Exception {
    MockHttpSession session = residentLogin("/mina-sidor");
    UUID resident =
        jdbc.sql("select id from residents where personal_identity_number = '19121212-1212'")
            .query(UUID.class)
            .single();
    Actor officer = staff.actor(Role.CASE_OFFICER, "kiruna");
    var conversation =
        conversations.openForResident(
            se.kansli.shared.OrganisationId.of("kiruna"),
            UUID.randomUUID(),
            "2026/" + (1000 + new java.util.Random().nextInt(8000)),
            "Felanmälan",
            new se.kansli.messaging.Resident(
                new se.kansli.shared.ResidentId(resident), "Tolvan", null, null));
    conversations.postByOfficer(
        conversation.id(), officer, "Vilken lyktstolpe gäller det?", List.of(), false);
    conversations.postByOfficer(
        conversation.id(), officer, "Intern: kolla med entreprenören", List.of(), true);
    String page = "/mina-sidor/meddelanden/" + conversation.id();

    mvc.perform(get("/mina-sidor/meddelanden").session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(page)));
    mvc.perform(get(page).session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Vilken lyktstolpe gäller det?")))
        .andExpect(content().string(not(containsString("entreprenören"))));
    mvc.perform(post(page).session(session).with(csrf()).param("text", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("error-summary")));
    mvc.perform(post(page).session(session).with(csrf()).param("text", "Den vid Storgatan 3."))
        .andExpect(redirectedUrl(page));
    assertThat(conversations.staffView(conversation.id(), officer).messages())
        .extracting(se.kansli.messaging.MessageView::text)
        .contains("Den vid Storgatan 3.");
    mvc.perform(get(page)).andExpect(status().is3xxRedirection());
  }

  @Test
  void noOpenRedirectAfterTheLogin() throws Exception {
    residentLogin("https://evil.example/");
    residentLogin("/cases");
  }

  @Test
  void aStaffLoginDoesNotOpenMyPages() throws Exception {
    StaffUser user = staff.create(Role.REGISTRAR, "kiruna");
    MvcResult login =
        mvc.perform(
                post("/login")
                    .with(csrf())
                    .param("username", user.username())
                    .param("password", TestStaff.PASSWORD))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
    mvc.perform(get("/cases").session(session)).andExpect(status().isOk());
    mvc.perform(get("/mina-sidor").session(session))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", startsWith("/e-tjanster/logga-in?fortsatt=")));
  }

  @Test
  void anonymousFillInWithoutJavaScriptWithTheErrorSummaryAndTheReceiptOnlyWithTheCookie()
      throws Exception {
    MvcResult started =
        mvc.perform(get("/e-tjanster/kiruna/" + slug + "/start"))
            .andExpect(status().is3xxRedirection())
            .andExpect(
                header()
                    .string(
                        "Set-Cookie",
                        allOf(containsString("HttpOnly"), containsString("SameSite=Lax"))))
            .andReturn();
    Cookie cookie = started.getResponse().getCookie(ResidentFormController.COOKIE);
    String step1 = started.getResponse().getRedirectedUrl();
    assertThat(step1).matches("/e-tjanster/utkast/[0-9a-f-]+/steg/1");
    String draft = step1.substring(0, step1.indexOf("/steg/"));

    mvc.perform(get(step1).cookie(cookie))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Spara och fortsätt senare")));
    mvc.perform(get(step1)).andExpect(status().isNotFound());

    mvc.perform(
            post(step1)
                .cookie(cookie)
                .with(csrf())
                .param("_action", "fortsatt")
                .param("kontakt", "inte-en-adress"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("class=\"error-summary\""),
                        containsString("href=\"#f-plats\""),
                        containsString("Fyll i ”Var är felet?”."),
                        containsString("aria-describedby=\"f-plats-error\""),
                        containsString("value=\"inte-en-adress\""))));
    mvc.perform(
            post(step1)
                .cookie(cookie)
                .with(csrf())
                .param("_action", "fortsatt")
                .param("plats", "Storgatan 1"))
        .andExpect(redirectedUrl(draft + "/steg/2"));
    mvc.perform(
            post(draft + "/steg/2")
                .cookie(cookie)
                .with(csrf())
                .param("_action", "fortsatt")
                .param("beskrivning", "Trasig lampa"))
        .andExpect(redirectedUrl(draft + "/granska"));
    mvc.perform(get(draft + "/granska").cookie(cookie))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Storgatan 1"),
                        containsString("Trasig lampa"),
                        containsString("Ändra"))));
    MvcResult sent =
        mvc.perform(post(draft + "/skicka").cookie(cookie).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String receipt = sent.getResponse().getRedirectedUrl();
    assertThat(receipt).startsWith("/e-tjanster/kvitto/");
    mvc.perform(post(draft + "/skicka").cookie(cookie).with(csrf()))
        .andExpect(redirectedUrl(receipt));
    mvc.perform(get(receipt).cookie(cookie))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Diarienummer")));
    mvc.perform(get(receipt)).andExpect(status().isNotFound());
  }

  @Test
  void anEServiceNeedingALoginSendsToTheLoginFirst() throws Exception {
    mvc.perform(get("/e-tjanster/kiruna/ansokan-om-skolskjuts-finns-inte/start"))
        .andExpect(status().isNotFound());
    EServiceView created =
        eservices.create(
            new EServiceSettings(
                "kiruna",
                "Inloggad " + UUID.randomUUID().toString().substring(0, 8),
                "x",
                "Skola",
                "3.1.2",
                "Skolan",
                true,
                SigningRequirement.NONE,
                null,
                30),
            admin);
    eservices.updateForm(
        created.draft().id(),
        new Form(
            List.of(
                new FormPage(
                    "Barnet",
                    List.of(FormField.of("namn", FieldType.SHORT_TEXT, "Barnets namn", true))))),
        admin);
    eservices.publish(created.draft().id(), admin);
    String start = "/e-tjanster/kiruna/" + eservices.get(created.id(), admin).slug() + "/start";
    mvc.perform(get(start))
        .andExpect(header().string("Location", startsWith("/e-tjanster/logga-in?fortsatt=")));
    MockHttpSession session = residentLogin(start);
    mvc.perform(get(start).session(session))
        .andExpect(header().string("Location", containsString("/steg/1")));
  }

  @Test
  void aResidentFillsInTheDemosSchoolTransportFormPageByPage() throws Exception {
    EServiceView created =
        eservices.create(
            new EServiceSettings(
                "kiruna",
                "Skolskjuts " + UUID.randomUUID().toString().substring(0, 8),
                "Ansök om skolskjuts.",
                "Skola",
                "3.1.1",
                "Skolskjutshandläggare",
                true,
                SigningRequirement.SEVERAL,
                null,
                30),
            admin);
    Form form = DemoEServices.schoolTransport();
    eservices.updateForm(created.draft().id(), form, admin);
    eservices.publish(created.draft().id(), admin);
    String start = "/e-tjanster/kiruna/" + eservices.get(created.id(), admin).slug() + "/start";
    MockHttpSession session = residentLogin(start);
    String step1 =
        mvc.perform(get(start).session(session)).andReturn().getResponse().getRedirectedUrl();
    String draft = step1.substring(0, step1.indexOf("/steg/"));
    for (int n = 1; n <= form.pages().size(); n++) {
      mvc.perform(get(draft + "/steg/" + n).session(session))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString(form.pages().get(n - 1).title())));
    }
    mvc.perform(post(step1).session(session).with(csrf()).param("_action", "fortsatt"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("class=\"error-summary\"")));
    mvc.perform(post(step1).session(session).with(csrf()).param("_action", "spara"))
        .andExpect(redirectedUrl(draft + "/sparat"));
    mvc.perform(get("/mina-sidor").session(session))
        .andExpect(content().string(containsString(created.title())));
  }

  /**
   * Co-signers without JavaScript: "Lägg till medundertecknare" and "Ta bort" show the summary
   * again with a row more or less, the refusals are summarised with links to the fields, and after
   * the request the application waits on its own page (and on My pages) until it is withdrawn.
   */
  @Test
  void aResidentInvitesSeveralCoSignersWithoutJavaScriptAndFollowsTheSignatures() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    EServiceView created =
        eservices.create(
            new EServiceSettings(
                "kiruna",
                "Medundertecknare " + tag,
                "Båda vårdnadshavarna skriver under.",
                "Skola",
                "3.1.1",
                "Skolskjutshandläggare",
                true,
                SigningRequirement.SEVERAL,
                null,
                30),
            admin);
    eservices.updateForm(
        created.draft().id(),
        new Form(
            List.of(
                new FormPage(
                    "Eleven",
                    List.of(FormField.of("namn", FieldType.SHORT_TEXT, "Elevens namn", true))))),
        admin);
    eservices.publish(created.draft().id(), admin);
    String start = "/e-tjanster/kiruna/" + eservices.get(created.id(), admin).slug() + "/start";
    MockHttpSession session = residentLogin(start);
    String step1 =
        mvc.perform(get(start).session(session)).andReturn().getResponse().getRedirectedUrl();
    String draft = step1.substring(0, step1.indexOf("/steg/"));
    mvc.perform(
            post(step1)
                .session(session)
                .with(csrf())
                .param("_action", "fortsatt")
                .param("namn", "Lilla Tolvan"))
        .andExpect(redirectedUrl(draft + "/granska"));
    mvc.perform(get(draft + "/granska").session(session))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("<legend>Medundertecknare 1</legend>"),
                        containsString("<label for=\"f-coSigners-0-name\">Namn</label>"),
                        containsString("<label for=\"f-coSigners-0-email\">E-postadress</label>"),
                        not(containsString("f-coSigners-1-name")),
                        containsString("Lägg till medundertecknare"))));

    String anna = "anna-" + tag + "@example.se";
    mvc.perform(
            post(draft + "/skriv-under")
                .session(session)
                .with(csrf())
                .param("email", "tolvan-" + tag + "@example.se")
                .param("coSignerName", "Svensson, Anna")
                .param("coSignerEmail", anna)
                .param("_action", "lagg-till-medundertecknare"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("value=\"Svensson, Anna\""),
                        containsString("<legend>Medundertecknare 2</legend>"),
                        containsString("id=\"f-coSigners-1-name\""),
                        containsString("autofocus"),
                        containsString(
                            "Ta bort<span class=\"visually-hidden\"> medundertecknare 2"),
                        not(containsString("class=\"error-summary\"")))));
    mvc.perform(
            post(draft + "/skriv-under")
                .session(session)
                .with(csrf())
                .param("email", "tolvan-" + tag + "@example.se")
                .param("coSignerName", "Svensson, Anna", "Bo Berg")
                .param("coSignerEmail", anna, "bo-" + tag + "@example.se")
                .param("_action", "ta-bort-medundertecknare:0"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Medundertecknare 1 är borttagen."),
                        containsString("value=\"Bo Berg\""),
                        not(containsString("Svensson, Anna")),
                        not(containsString("f-coSigners-1-name")))));
    mvc.perform(
            post(draft + "/skriv-under")
                .session(session)
                .with(csrf())
                .param("email", "tolvan-" + tag + "@example.se")
                .param("coSignerName", "Svensson, Anna", "", "Cia")
                .param("coSignerEmail", "anna-utan-snabel-a", "bo-" + tag + "@example.se", anna)
                .param("_action", "skriv-under"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("class=\"error-summary\""),
                        containsString("Rätta de här 2 felen"),
                        containsString("href=\"#f-coSigners-0-email\""),
                        containsString("href=\"#f-coSigners-1-name\""),
                        containsString("aria-describedby=\"f-coSigners-0-email-error\""),
                        containsString("Skriv namnet på medundertecknare 2."),
                        containsString("value=\"anna-utan-snabel-a\""))));
    String draftId = draft.substring(draft.lastIndexOf('/') + 1);
    mvc.perform(get("/mina-sidor").session(session))
        .andExpect(content().string(not(containsString("awaiting-" + draftId))));

    mvc.perform(
            post(draft + "/skriv-under")
                .session(session)
                .with(csrf())
                .param("email", "tolvan-" + tag + "@example.se")
                .param("coSignerName", "Svensson, Anna", "Bo Berg")
                .param("coSignerEmail", anna, "bo-" + tag + "@example.se"))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", containsString("/sign/")));
    mvc.perform(get(draft + "/granska").session(session))
        .andExpect(redirectedUrl(draft + "/underskrifter"));
    mvc.perform(get(draft + "/steg/1").session(session))
        .andExpect(redirectedUrl(draft + "/underskrifter"));
    mvc.perform(get(draft + "/underskrifter").session(session))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("0 av 3 har skrivit under."),
                        containsString("Tolvan Demosson"),
                        containsString("Svensson, Anna"),
                        containsString("Bo Berg"),
                        containsString("Bjuds in när de före har skrivit under"),
                        containsString("Återkalla underskrifterna"))));
    mvc.perform(get("/mina-sidor").session(session))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Väntar på underskrifter"),
                        containsString("awaiting-" + draftId),
                        containsString("Medundertecknare " + tag),
                        containsString("Svensson, Anna"))));

    mvc.perform(post(draft + "/underskrifter/aterkalla").session(session).with(csrf()))
        .andExpect(redirectedUrl(draft + "/granska"))
        .andExpect(result ->
            mvc.perform(get(draft + "/granska").session(session).flashAttrs(result.getFlashMap()))
                .andExpect(
                    content()
                        .string(
                            allOf(
                                containsString("Underskrifterna är återkallade."),
                                containsString("value=\"Svensson, Anna\""),
                                containsString("value=\"Bo Berg\"")))));
  }
}
