package se.kansli.meetings;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.kansli.BrowserForms.field;
import static se.kansli.BrowserForms.logIn;
import static se.kansli.BrowserForms.submit;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.kansli.Browsers;
import se.kansli.KansliTest;
import se.kansli.TestMailServer;
import se.kansli.TestStaff;
import se.kansli.organisations.StaffUser;
import se.kansli.platform.SwedishTime;
import se.kansli.registry.CaseRegistry;
import se.kansli.registry.CaseView;
import se.kansli.registry.RegisterCase;
import se.kansli.shared.Role;

/**
 * The whole meeting, in a real browser and through the UI only: a committee secretary goes from a
 * planned meeting to posted, signed minutes and dispatched extracts, the chair and the attester
 * sign with the (test) eID, and a resident finds the minutes on the notice board and verifies the
 * signatures. Only the two cases for the agenda are registered through the service.
 *
 * <p>Drives Debian's {@code /usr/bin/chromium}; without it the test is skipped, except in CI where
 * it fails.
 */
@KansliTest
class MeetingJourneyBrowserTest {

  static Browsers browsers;

  @LocalServerPort int port;
  @Autowired TestStaff staff;
  @Autowired CaseRegistry cases;
  @Autowired TestMailServer mail;

  @BeforeAll
  static void startBrowser() {
    browsers = Browsers.chromium("the meeting journey test");
  }

  @AfterAll
  static void stopBrowser() {
    if (browsers != null) {
      browsers.close();
    }
  }

  @Test
  void fromAPlannedMeetingToPostedSignedMinutesAndDispatchedExtracts() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String body = "Journeynämnden " + tag;
    String chair = "Lena Lindberg";
    String attester = "Kalle Kuoljok";
    String registrar = "registrator-" + tag + "@kiruna.example";
    LocalDate date = LocalDate.now(SwedishTime.ZONE);
    StaffUser secretary = staff.create(Role.COMMITTEE_SECRETARY, "e-namnden");
    CaseView closing = registerCase("Gemensam e-tjänst för bygglov " + tag, secretary);
    CaseView informing = registerCase("Information om e-arkivet " + tag, secretary);

    // 1–2. The secretary, signed in through the login form, prepares and holds the meeting.
    BrowserContext office = browsers.newContext(port);
    Page page = office.newPage();
    logIn(page, secretary);

    page.navigate("/meetings");
    field(page, "Organisation").selectOption("e-namnden");
    field(page, "Namn").fill(body);
    field(page, "Namn i beslut").fill("E-nämnden");
    field(page, "Sekreterare").fill("Sara Sekreterare");
    submit(page, "Skapa nämnd");
    assertThat(flash(page)).hasText("Nämnden " + body + " är skapad.");

    addMember(page, chair, "lena-" + tag + "@lulea.example", "CHAIR", "lulea", date);
    addMember(page, attester, "kalle-" + tag + "@kiruna.example", "", "kiruna", date);
    addMember(page, "Bodil Bergström", "bodil-" + tag + "@boden.example", "", "boden", date);
    assertThat(page.locator("main table tbody tr")).hasCount(3);

    page.navigate("/meetings");
    field(page, "Nämnd").selectOption(new SelectOption().setLabel(body));
    field(page, "Datum").fill(date.toString());
    field(page, "Starttid").fill("09:00");
    field(page, "Sluttid").fill("12:00");
    field(page, "Plats").fill("Stadshuset, Luleå");
    field(page, "deltagande på distans").check();
    submit(page, "Planera sammanträde");
    assertThat(flash(page)).hasText("Sammanträdet är planerat.");
    assertThat(page.locator("h1")).hasText(body + " " + date);
    String meeting = page.url();

    for (CaseView c : List.of(closing, informing)) {
      field(page, "Lägg till ärende (diarienummer)").fill(c.caseNumber());
      submit(page, "Lägg till på föredragningslistan");
      assertThat(page.locator("#agenda + table")).containsText(c.caseNumber());
    }
    submit(page, "Skicka och publicera kallelse");
    assertThat(flash(page)).hasText("Kallelsen är skickad och publicerad.");

    for (String member : List.of(chair, attester, "Bodil Bergström")) {
      page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(member).setExact(true))
          .selectOption("PRESENT");
    }
    submit(page, "Spara närvaro");
    assertThat(flash(page)).hasText("Närvaron är sparad.");
    submit(page, "Numrera ärendena");
    assertThat(flash(page)).hasText("Paragraferna är numrerade.");

    writeItem(
        page,
        closing.title(),
        "E-nämnden beslutar att införa den gemensamma e-tjänsten för bygglov.",
        "Kiruna kommun, " + registrar);
    writeItem(
        page,
        informing.title(),
        "E-nämnden beslutar att lägga informationen till handlingarna.",
        null);

    page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(attester).setExact(true))
        .check();
    field(page, "Plats för justering").fill("Digital justering");
    field(page, "Datum för justering").fill(date.plusDays(3).toString());
    submit(page, "Spara justering");
    assertThat(flash(page)).hasText("Justeringen är bestämd.");
    assertThat(page.locator("#check ~ p.flash"))
        .hasText("Protokollet innehåller allt som kommunallagen kräver.");

    submit(page, "Skicka för justering");
    assertThat(flash(page)).hasText("Protokollet är skickat till ordföranden och justerarna.");
    assertThat(status(page)).hasText("Under justering");
    List<String> signerLinks =
        page.locator(".flash ul a").all().stream().map(a -> a.getAttribute("href")).toList();
    assertThat(signerLinks).hasSize(2);

    // 3. The chair and the attester, not signed in, sign with the eID through their own links.
    try (BrowserContext signers = browsers.newContext(port)) {
      for (String link : signerLinks) {
        sign(signers.newPage(), link.substring(link.indexOf("/sign/")));
      }
    }

    // 4. The minutes are attested; the secretary dispatches the extracts.
    page.navigate(meeting);
    assertThat(status(page)).hasText("Justerat");
    String sha256 = page.locator("main dl.facts code").textContent();
    assertThat(sha256).matches("[0-9A-F]{64}");
    submit(page, "Expediera protokollsutdragen");
    assertThat(flash(page)).hasText("2 utdrag är registrerade i ärendena och expedierade.");

    List<MimeMessage> received = mail.to(registrar);
    assertThat(received).hasSize(1);
    assertThat(received.getFirst().getSubject()).startsWith("Protokollsutdrag " + body);
    assertThat(hasPdfAttachment(received.getFirst()))
        .as("the e-mail has the extract as PDF")
        .isTrue();

    page.navigate("/cases/" + closing.id());
    assertThat(
            page.locator("main table tr", new Page.LocatorOptions().setHasText("Protokollsutdrag")))
        .containsText("Utgående");
    assertThat(status(page)).hasText("Avslutat");
    office.close();

    // 5. A resident finds the notice on Kiruna's board, downloads the minutes and verifies them.
    try (BrowserContext resident = browsers.newContext(port)) {
      Page board = resident.newPage();
      board.navigate("/public/anslagstavla/kiruna");
      Locator notice = board.locator("article.notice", new Page.LocatorOptions().setHasText(body));
      assertThat(notice.locator("h3"))
          .hasText("Justerat protokoll: " + body + ", sammanträde " + date);

      String pdfLink =
          notice
              .getByRole(
                  AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ladda ner protokollet"))
              .getAttribute("href");
      APIResponse pdf = resident.request().get(pdfLink);
      assertThat(pdf.status()).isEqualTo(200);
      assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
      byte[] minutes = pdf.body();

      notice
          .getByRole(
              AriaRole.LINK, new Locator.GetByRoleOptions().setName("Kontrollera underskrifterna"))
          .click();
      board.waitForURL("**/verify?sha256=" + sha256);
      Locator result = board.locator("section[aria-labelledby=result-heading]");
      assertThat(result).containsText("Protokoll " + body + " " + date);
      assertThat(result).containsText("Underskrivet av alla");
      assertThat(result.locator("table tbody tr")).hasCount(2);
      assertThat(result.locator("table tbody")).containsText(chair);
      assertThat(result.locator("table tbody")).containsText(attester);

      field(board, "PDF-fil")
          .setInputFiles(new FilePayload("protokoll.pdf", "application/pdf", minutes));
      submit(board, "Kontrollera filen");
      assertThat(result.locator(".flash"))
          .hasText("Alla underskrifter är giltiga och filen har inte ändrats efter underskrift.");
      assertThat(result).containsText(sha256);
    }
  }

  private CaseView registerCase(String title, StaffUser secretary) {
    return cases.register(
        new RegisterCase("e-namnden", "2.2.0.1", title, null, null, null, null, null, null),
        secretary.asActor());
  }

  /** On the body's page: a member for the term around the meeting day. */
  private static void addMember(
      Page page, String name, String email, String office, String represents, LocalDate day) {
    field(page, "Namn").fill(name);
    field(page, "E-post").fill(email);
    field(page, "Uppdrag").selectOption("MEMBER");
    field(page, "Ordförandeskap").selectOption(office);
    field(page, "Kommun").selectOption(represents);
    field(page, "Parti").fill("S");
    field(page, "Mandatperiodens första dag").fill(day.minusYears(1).toString());
    field(page, "Mandatperiodens sista dag").fill(day.plusYears(3).toString());
    submit(page, "Lägg till ledamot eller ersättare");
    assertThat(flash(page)).hasText(name + " är tillagd.");
  }

  /** From the meeting's agenda to the item's page and back: the decision and its recipients. */
  private static void writeItem(Page page, String title, String decision, String recipient) {
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
    assertThat(page.locator("h1")).containsText(title);
    field(page, "E-nämndens beslut").fill(decision);
    if (recipient != null) {
      field(page, "Beslutet skickas till").fill(recipient);
      field(page, "Beslutet avslutar ärendet (ärendet stängs när utdraget expedieras)").check();
    }
    submit(page, "Spara");
    assertThat(flash(page)).hasText("Protokollet för ärendet är sparat.");
    assertThat(page.locator("#agenda + table tr", new Page.LocatorOptions().setHasText(title)))
        .containsText("Skrivet");
  }

  /** A signer's personal page: the test eID, then the status until it is done. */
  private static void sign(Page page, String path) {
    page.navigate(path);
    field(page, "Test-e-legitimation (endast demo)").check();
    page.getByRole(
            AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skriv under").setExact(true))
        .click();
    page.waitForURL("**/start");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fortsätt")).click();
    assertThat(page.locator("main p[role=status]")).hasText("Du har skrivit under. Tack!");
    page.close();
  }

  /** The message a form leaves after it has done its work. */
  private static Locator flash(Page page) {
    return page.locator("main div.flash[role=status]");
  }

  /** The status in the facts at the top of a meeting's or a case's page. */
  private static Locator status(Page page) {
    return page.locator("main dl.facts dt:text-is('Status') + dd");
  }

  private static boolean hasPdfAttachment(Part part) throws Exception {
    if (part.isMimeType("application/pdf")) {
      return part.getFileName() != null && part.getFileName().endsWith(".pdf");
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        if (hasPdfAttachment(multipart.getBodyPart(i))) {
          return true;
        }
      }
    }
    return false;
  }
}
