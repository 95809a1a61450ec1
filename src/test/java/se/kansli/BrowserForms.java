package se.kansli;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import se.kansli.organisations.StaffUser;

/** What the browser journeys do with Kansli's forms, the way a person does it: by the labels. */
public final class BrowserForms {

  private BrowserForms() {}

  /** The form field with exactly this label. */
  public static Locator field(Page page, String label) {
    return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
  }

  /**
   * Clicks a form's button and waits for the page the server answers with, whether a redirect after
   * success or the form again with its errors, which then fail the test.
   */
  public static void submit(Page page, String button) {
    page.evaluate("() => { window.kansliBeforeSubmit = true; }");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true))
        .click();
    page.waitForFunction(
        "() => window.kansliBeforeSubmit === undefined && document.readyState === 'complete'");
    Locator errors = page.locator(".error-summary");
    if (errors.count() > 0) {
      fail("\"" + button + "\" on " + page.url() + " was refused: " + errors.innerText());
    }
  }

  /** Signs a member of staff in through the login form (users made by {@link TestStaff}). */
  public static void logIn(Page page, StaffUser user) {
    page.navigate("/login");
    field(page, "Användarnamn").fill(user.username());
    field(page, "Lösenord").fill(TestStaff.PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
    page.waitForURL("**/cases");
  }
}
