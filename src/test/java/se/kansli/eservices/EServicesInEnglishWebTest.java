package se.kansli.eservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import se.kansli.organisations.StaffUser;
import se.kansli.shared.Role;

/**
 * The builder, the officers' inbox and the public catalogue with {@code ?lang=en}: English headings
 * and chrome, no Swedish navigation left, and the e-service's own Swedish texts marked {@code
 * lang="sv"}.
 */
@KansliTest
class EServicesInEnglishWebTest {

  /** The layout's chrome in Swedish, which an English page must not show. */
  static final String[] SWEDISH_CHROME = {
    "Hoppa till innehållet",
    ">Ärenden<",
    ">Inkorg e-tjänster<",
    ">E-tjänstekatalog<",
    ">Mina sidor<"
  };

  @Autowired MockMvc mvc;
  @Autowired TestStaff staff;
  @Autowired UserDetailsService signIn;
  @Autowired OfficerGroups groups;
  @Autowired EServices eservices;
  @Autowired SubmissionFixture fixture;

  OfficerGroup group;
  EServiceView service;
  UserDetails admin;

  @BeforeEach
  void aPublishedServiceAndAnAdministratorInItsGroup() {
    String name = "Parkenheten " + UUID.randomUUID().toString().substring(0, 8);
    group = new OfficerGroup("kiruna", name);
    service = fixture.service("kiruna", name, 10);
    StaffUser user = staff.create(Role.ADMINISTRATOR, "kiruna");
    groups.add(group, user.id(), staff.actor(Role.ADMINISTRATOR, "kiruna"));
    admin = signIn.loadUserByUsername(user.username());
  }

  @Test
  void theBuilderIsInEnglishAndTheFormsTextsStaySwedish() throws Exception {
    var draft = eservices.newDraft(service.id(), staff.actor(Role.ADMINISTRATOR, "kiruna")).id();

    String version = english(get("/eservices/admin/versions/" + draft).with(user(admin)));
    assertThat(version)
        .contains("<html lang=\"en\"")
        .contains("E-services</a>", "Preview", "Export as JSON", "Publish", "Discard the draft")
        .contains("Add page", "Short text", "Single choice", "Shown when", "Always")
        .contains("<strong>Draft</strong>")
        .contains("<td lang=\"sv\">Var är felet?</td>")
        .doesNotContain("Förhandsgranska", "Lägg till sida", "Kort text", "Visas när", ">Utkast<")
        .doesNotContain(SWEDISH_CHROME);

    String settings = english(get("/eservices/admin/" + service.id()).with(user(admin)));
    assertThat(settings)
        .contains("<h2 id=\"version\">Versions</h2>", ">Published<", ">Settings<")
        .contains("Sign-in with e-ID is required", "No signature", "Target handling time (days)")
        .contains("<h1 lang=\"sv\">" + service.title() + "</h1>")
        .doesNotContain("Inställningar", "Ingen underskrift", "Publicerad", "Versioner")
        .doesNotContain(SWEDISH_CHROME);

    String field =
        english(get("/eservices/admin/versions/" + draft + "/fields/new?page=0").with(user(admin)));
    assertThat(field)
        .contains("<h1>New field</h1>", "Field type", "Personal identity number", "Save the field")
        .doesNotContain("Nytt fält", "Fälttyp", "Personnummer", "Spara fältet")
        .doesNotContain(SWEDISH_CHROME);

    // The preview shows the resident's form as the resident sees it: in Swedish, and marked so.
    String preview =
        english(get("/eservices/admin/versions/" + draft + "/preview").with(user(admin)));
    assertThat(preview)
        .contains("Back to version 2", "the form as the resident sees it")
        .contains("lang=\"sv\"", "Steg 1 av 1: Felet")
        .doesNotContain("Tillbaka till version", "Förhandsgranskning:")
        .doesNotContain(SWEDISH_CHROME);
  }

  @Test
  void theListTheGroupsAndTheStatisticsAreInEnglish() throws Exception {
    assertThat(english(get("/eservices/admin").with(user(admin))))
        .contains("<h1>E-services</h1>", "New e-service", "Create e-service", "Published version")
        .doesNotContain("Ny e-tjänst", "Skapa e-tjänst", "Publicerad version")
        .doesNotContain(SWEDISH_CHROME);
    assertThat(english(get("/eservices/groups").with(user(admin))))
        .contains("<h1>Officer groups</h1>", "To the inbox", "Members of " + group.name())
        .doesNotContain("Handläggargrupper", "Till inkorgen", "Medlemmar i")
        .doesNotContain(SWEDISH_CHROME);
    assertThat(english(get("/eservices/statistics").param("year", "2025").with(user(admin))))
        .contains("E-service statistics 2025", "Download as CSV", "Year")
        .doesNotContain("Statistik för e-tjänster", "Ladda ner som CSV", "2,025")
        .doesNotContain(SWEDISH_CHROME);
  }

  @Test
  void theInboxAndASubmissionAreInEnglish() throws Exception {
    var late =
        fixture.submit(
            service,
            "kiruna",
            null,
            Instant.now().minus(30, ChronoUnit.DAYS),
            LocalDate.now().minusDays(2));

    String inbox =
        english(
            get("/eservices/inbox")
                .param("group", group.key())
                .param("filter", "OVERDUE")
                .with(user(admin)));
    assertThat(inbox)
        .contains(
            "<html lang=\"en\"", "<h1>E-service inbox</h1>", ">Statistics<", ">Officer groups<")
        .contains(
            ">All open<", ">Overdue<", "Download the view as CSV", "(1 case)", "Take the cases")
        .contains(late.caseView().caseNumber(), "<td lang=\"sv\">" + service.title() + "</td>")
        .doesNotContain(
            "Inkorg för e-tjänster", "Försenad", "Alla öppna", ">Statistik<", "Ta ärendena")
        .doesNotContain(SWEDISH_CHROME);

    String submission = english(get("/eservices/inbox/" + late.id()).with(user(admin)));
    assertThat(submission)
        .contains("To the inbox", "Take the case", "Status history", "Case in the registry")
        .contains("<dl lang=\"sv\">")
        .doesNotContain("Till inkorgen", "Ta ärendet", "Statushistorik", "Ärende i diariet")
        .doesNotContain(SWEDISH_CHROME);
  }

  @Test
  void theCatalogueIsInEnglishWithTheServicesInSwedish() throws Exception {
    String word = service.title().substring("Felanmälan ".length());
    String catalogue = english(get("/public/e-tjanster/kiruna").param("q", word));
    assertThat(catalogue)
        .contains("<html lang=\"en\"", "E-services – ", "Search e-services", "All categories")
        .contains(">1 e-service<", "<h2 lang=\"sv\">", "<p lang=\"sv\">Anmäl fel.</p>")
        .doesNotContain("Alla kategorier", "Sök e-tjänster", ">Sök<", "1 e-tjänst")
        .doesNotContain(SWEDISH_CHROME);

    String entry = english(get("/public/e-tjanster/kiruna/" + service.slug()));
    assertThat(entry)
        .contains("<h1 lang=\"sv\">" + service.title() + "</h1>", "Category", "Handling time")
        .contains("You can use the e-service without signing in.", "No signature")
        .contains("Our target is to handle the case within 10 days.", "Start the e-service")
        .doesNotContain("Starta e-tjänsten", "Ingen underskrift", "Handläggningstid", "Kategori")
        .doesNotContain(SWEDISH_CHROME);

    String index = english(get("/public/e-tjanster"));
    assertThat(index)
        .contains("<h1>E-services</h1>", "Choose a municipality")
        .doesNotContain("Välj kommun")
        .doesNotContain(SWEDISH_CHROME);
  }

  private String english(MockHttpServletRequestBuilder request) throws Exception {
    var response = mvc.perform(request.param("lang", "en")).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    response.setCharacterEncoding("UTF-8");
    return response.getContentAsString();
  }
}
