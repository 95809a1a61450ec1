package se.kansli;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless {@code /usr/bin/chromium}, driven by Playwright, for the tests that use a real
 * browser. Without it such a test is skipped, except in CI where it fails. Launch once per test
 * class (in {@code @BeforeAll}) and close in {@code @AfterAll}.
 */
public final class Browsers implements AutoCloseable {

  public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

  /** How long a browser action or a Playwright assertion waits before it fails. */
  static final double TIMEOUT_MS = 30_000;

  private final Playwright playwright;
  private final Browser browser;

  private Browsers(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  /**
   * Starts chromium, or aborts the calling test class when there is none (fails it in CI).
   *
   * @param test what needs the browser, for the message: "the accessibility test"
   */
  public static Browsers chromium(String test) {
    if (!Files.isExecutable(CHROMIUM)) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(
            "Failing "
                + test
                + ": it needs Debian's chromium at "
                + CHROMIUM
                + " (apt-get install chromium; .ci/run installs it).");
      }
      String why =
          "Skipping " + test + ": no browser at " + CHROMIUM + " (apt-get install chromium).";
      // Surefire does not count a class skipped in @BeforeAll, so say it in the build log too.
      System.err.println(why);
      Assumptions.abort(why);
    }
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
    Browser browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--no-first-run",
                            "--disable-sync",
                            "--disable-quic")));
    return new Browsers(playwright, browser);
  }

  /**
   * A fresh browser context, no one signed in, for the application on this port: relative URLs
   * resolve against it.
   */
  public BrowserContext newContext(int port) {
    BrowserContext context =
        browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port));
    context.setDefaultTimeout(TIMEOUT_MS);
    return context;
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
