package se.kansli.eservices;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.kansli.BrowserForms.field;
import static se.kansli.BrowserForms.logIn;
import static se.kansli.BrowserForms.submit;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.kansli.Browsers;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.organisations.StaffDirectory;
import se.kansli.organisations.StaffUser;
import se.kansli.shared.Role;

/**
 * The "done when", in a real browser and through the UI only: in the demo, a resident of
 * Kiruna logs in with the test eID, finds an e-service in Kiruna's catalogue, fills it in, signs,
 * gets a case number and exchanges messages with a Kiruna officer, who takes the case and moves it
 * through its flow to closed. A Luleå officer never sees it: not in the inbox, not by its address,
 * not its messages.
 *
 * <p>Drives Debian's {@code /usr/bin/chromium}; without it the test is skipped, except in CI where
 * it fails.
 */
@KansliTest
class ResidentJourneyBrowserTest {

  private static final String SERVICE = "Ansökan om parkeringstillstånd för rörelsehindrade";

  static Browsers browsers;

  @LocalServerPort int port;
  @Autowired TestStaff staff;
  @Autowired EServices eservices;
  @Autowired GroupMembers members;
  @Autowired StaffDirectory directory;

  @BeforeAll
  static void startBrowser() {
    browsers = Browsers.chromium("the resident journey test");
  }

  @AfterAll
  static void stopBrowser() {
    if (browsers != null) {
      browsers.close();
    }
  }

  @Test
  void aKirunaResidentAppliesSignsAndTalksWithTheOfficerWhoClosesTheCaseUnseenByLulea()
      throws Exception {
    new DemoEServices(eservices, members, directory, Optional.empty()).run(null);
    StaffUser kiruna = staff.create(Role.CASE_OFFICER, "kiruna");
    members.add(new OfficerGroup("kiruna", "Parkeringstillstånd"), kiruna.id(), now(), "test");
    StaffUser lulea = staff.create(Role.CASE_OFFICER, "lulea");
    members.add(new OfficerGroup("lulea", "Skolskjutshandläggare"), lulea.id(), now(), "test");
    String tag = UUID.randomUUID().toString().substring(0, 8);

    // 1. The resident finds the e-service in Kiruna's catalogue and logs in with the test eID.
    BrowserContext home = browsers.newContext(port);
    Page resident = home.newPage();
    resident.navigate("/public/e-tjanster/kiruna");
    field(resident, "Sök").fill("parkeringstillstånd");
    submit(resident, "Sök");
    resident.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(SERVICE)).click();
    assertThat(resident.locator("h1")).hasText(SERVICE);
    resident
        .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Starta e-tjänsten"))
        .click();
    assertThat(resident.locator("h1")).hasText("Logga in med e-legitimation");
    field(resident, "Test-e-legitimation (endast demo)").check();
    submit(resident, "Logga in");
    submit(resident, "Jag har legitimerat mig – fortsätt");

    // 2. Fills in the form page by page, without JavaScript's help, and reviews the answers.
    assertThat(resident.locator("h1")).containsText("Tillståndet");
    field(resident, "Mig som förare").check();
    field(resident, "Gatuadress").fill("Hjalmar Lundbohmsvägen " + tag);
    field(resident, "Postnummer").fill("981 31");
    field(resident, "Postort").fill("Kiruna");
    submit(resident, "Fortsätt");
    assertThat(resident.locator("h1")).containsText("Funktionsnedsättningen");
    field(
            resident,
            "Beskriv hur funktionsnedsättningen påverkar din förmåga att gå (obligatoriskt)")
        .fill("Jag kan gå högst 100 meter med rollator.");
    field(resident, "Jag intygar att uppgifterna är riktiga (obligatoriskt)").check();
    submit(resident, "Fortsätt");
    assertThat(resident.locator("h1")).hasText("Granska dina svar");
    assertThat(resident.locator("main")).containsText("Hjalmar Lundbohmsvägen " + tag);

    // 3. Signs with the test eID; when the signature is in, the case is registered.
    field(resident, "Din e-postadress").fill("sokande-" + tag + "@kiruna.example");
    submit(resident, "Skriv under med e-legitimation");
    assertThat(resident).hasURL(Pattern.compile(".*/sign/.*"));
    field(resident, "Test-e-legitimation (endast demo)").check();
    resident
        .getByRole(
            AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skriv under").setExact(true))
        .click();
    resident.waitForURL("**/start");
    resident.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fortsätt")).click();
    assertThat(resident.locator("main p[role=status]")).hasText("Du har skrivit under. Tack!");

    resident.navigate("/mina-sidor");
    Locator myCase =
        resident.locator("main table tr", new Page.LocatorOptions().setHasText(SERVICE)).first();
    String caseNumber = myCase.locator("td a").first().innerText();
    assertThat(caseNumber).matches("\\d{4}/\\d+-3\\.1\\.1");
    assertThat(myCase).containsText("Inkommen");

    // 4. The Kiruna officer finds it in the group's inbox, takes it and writes to the resident.
    BrowserContext office = browsers.newContext(port);
    Page officer = office.newPage();
    logIn(officer, kiruna);
    officer.navigate("/eservices/inbox");
    field(officer, "Handläggargrupp").selectOption("kiruna:Parkeringstillstånd");
    submit(officer, "Visa");
    officer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(caseNumber)).click();
    assertThat(officer.locator("h1")).hasText(SERVICE + " " + caseNumber);
    assertThat(officer.locator("main")).containsText("Hjalmar Lundbohmsvägen " + tag);
    submit(officer, "Ta ärendet");
    assertThat(officer.locator("main dl").first()).containsText(kiruna.displayName());
    String submissionPage = officer.url();
    changeStatus(officer, "Utreds");

    officer
        .getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Säkra meddelanden med den sökande"))
        .click();
    String thread = officer.url();
    field(officer, "Meddelande").fill("Hej! Vilken bil gäller det? Ange registreringsnumret.");
    submit(officer, "Skicka");
    field(officer, "Meddelande").fill("Intern: kolla läkarintyget " + tag);
    field(officer, "Intern anteckning").check();
    submit(officer, "Skicka");

    // 5. The resident reads the officer's message on My pages, not the note, and answers.
    resident.navigate("/mina-sidor/meddelanden");
    resident.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(SERVICE)).first().click();
    assertThat(resident.locator("main")).containsText("Ange registreringsnumret.");
    assertThat(resident.locator("main")).not().containsText("Intern: kolla läkarintyget");
    field(resident, "Meddelande").fill("Det gäller ABC 123 " + tag + ".");
    submit(resident, "Skicka");
    assertThat(resident.locator("main")).containsText("Det gäller ABC 123 " + tag + ".");

    // 6. The officer reads the answer and moves the case along its flow until it is closed.
    officer.navigate(thread);
    assertThat(officer.locator("main")).containsText("Det gäller ABC 123 " + tag + ".");
    officer.navigate(submissionPage);
    changeStatus(officer, "Beslut fattat");
    changeStatus(officer, "Avslutad");
    assertThat(officer.locator("main")).not().containsText("Ändra status");
    assertThat(officer.locator("main dl").first()).containsText("Avslutad");

    resident.navigate("/mina-sidor");
    assertThat(
            resident
                .locator("main table tr", new Page.LocatorOptions().setHasText(caseNumber))
                .first())
        .containsText("Avslutad");

    // 7. A Luleå officer never sees it: not in the inbox, not by its address, not its messages.
    try (BrowserContext luleaOffice = browsers.newContext(port)) {
      Page other = luleaOffice.newPage();
      logIn(other, lulea);
      other.navigate("/eservices/inbox");
      assertThat(other.locator("main")).not().containsText(caseNumber);
      assertNotFound(other.navigate(submissionPage));
      assertNotFound(other.navigate(thread));
      other.navigate("/messages");
      assertThat(other.locator("main")).not().containsText(caseNumber);
    }
    home.close();
    office.close();
  }

  private static java.time.Instant now() {
    return java.time.Instant.now();
  }

  private static void assertNotFound(Response response) {
    assertThat(response.status()).isEqualTo(404);
  }

  private static void changeStatus(Page page, String status) {
    field(page, "Ny status").selectOption(status);
    submit(page, "Ändra status");
    assertThat(page.locator("main dl").first()).containsText(status);
  }
}
