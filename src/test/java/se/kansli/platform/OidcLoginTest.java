package se.kansli.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.kansli.TestStaff;
import se.kansli.organisations.NewStaffUser;
import se.kansli.organisations.StaffDirectory;
import se.kansli.organisations.StaffUser;
import se.kansli.registry.CaseRegistry;
import se.kansli.registry.RegisterCase;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

/**
 * OpenID Connect sign-in end to end: a real OIDC provider (mock-oauth2-server) runs inside the
 * test, Kansli is configured for it with the same standard Spring properties a real deployment
 * sets, and a plain HTTP client with a cookie jar plays the browser through every redirect.
 *
 * <p>Not a {@code @KansliTest}: the OIDC properties give this class its own application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OidcLoginTest {

  private static final String ISSUER = "kansli";
  private static final String CLIENT_ID = "kansli-test-client";

  /**
   * Started before Spring reads the properties below: Kansli fetches the issuer's metadata
   * (/.well-known/openid-configuration) while the context starts.
   */
  private static final MockOAuth2Server OIDC = new MockOAuth2Server();

  static {
    OIDC.start();
  }

  @DynamicPropertySource
  static void oidcProvider(DynamicPropertyRegistry properties) {
    String prefix = "spring.security.oauth2.client.";
    properties.add(prefix + "provider.kansli.issuer-uri", () -> OIDC.issuerUrl(ISSUER).toString());
    properties.add(prefix + "registration.kansli.client-id", () -> CLIENT_ID);
    properties.add(prefix + "registration.kansli.client-secret", () -> "hemligt");
    properties.add(prefix + "registration.kansli.scope", () -> "openid,profile,email");
  }

  @AfterAll
  static void stopProvider() {
    OIDC.shutdown();
  }

  @LocalServerPort int port;
  @Autowired StaffDirectory staff;
  @Autowired CaseRegistry registry;

  @Test
  void aKnownUserSignsInByPreferredUsernameAndGetsKanslisRolesAndOrganisations() throws Exception {
    StaffUser user = oidcUser(Role.REGISTRAR, "lulea", false);
    String ours = "Luleås ärende " + user.username();
    String theirs = "Kirunas ärende " + user.username();
    registry.register(inOrg("lulea", ours), user.asActor());
    registry.register(inOrg("kiruna", theirs), kanslisOwn(Role.REGISTRAR, "kiruna"));

    Browser browser = new Browser();
    // The provider claims another name and the administrator role: Kansli must ignore both.
    Page landing =
        browser.signInWithOidc(
            "sub-" + user.username(),
            Map.of(
                "preferred_username",
                user.username(),
                "email",
                "annan@example.org",
                "name",
                "Namn från leverantören",
                "roles",
                List.of("ADMINISTRATOR")));

    assertThat(browser.visited)
        .as("the flow went through the provider and back to Kansli's callback")
        .anyMatch(u -> u.toString().startsWith(OIDC.authorizationEndpointUrl(ISSUER).toString()))
        .anyMatch(u -> u.getPath().equals("/login/oauth2/code/kansli"));
    assertThat(landing.uri().getPath()).isEqualTo("/cases");

    Page cases = browser.get("/cases");
    assertThat(cases.status()).isEqualTo(200);
    assertThat(cases.uri().getPath()).isEqualTo("/cases");
    assertThat(cases.body())
        .contains(user.displayName())
        .doesNotContain("Namn från leverantören")
        // REGISTRAR in Kansli: may register cases.
        .contains("href=\"/cases/new\"")
        // Organisations from Kansli: Luleå's case is listed, Kiruna's is not.
        .contains(ours)
        .doesNotContain(theirs);
    assertThat(browser.get("/admin/users").status())
        .as("the provider's roles claim does not make anyone an administrator")
        .isEqualTo(403);
  }

  @Test
  void aUserIsMatchedByEmailWhenThePreferredUsernameIsUnknown() throws Exception {
    StaffUser user = oidcUser(Role.AUDITOR, "boden", false);

    Browser browser = new Browser();
    browser.signInWithOidc(
        UUID.randomUUID().toString(),
        Map.of(
            "preferred_username",
            "okand-" + user.username(),
            "email",
            user.email().toUpperCase(),
            "email_verified",
            true));

    Page cases = browser.get("/cases");
    assertThat(cases.status()).isEqualTo(200);
    assertThat(cases.uri().getPath()).isEqualTo("/cases");
    assertThat(cases.body())
        .contains(user.displayName())
        // AUDITOR in Kansli: reads only.
        .doesNotContain("href=\"/cases/new\"");
  }

  @Test
  void aPersonUnknownToKansliIsRefused() throws Exception {
    Browser browser = new Browser();
    Page refused =
        browser.signInWithOidc(
            UUID.randomUUID().toString(),
            Map.of(
                "preferred_username", "okand-" + UUID.randomUUID(),
                "email", "okand-" + UUID.randomUUID() + "@example.org"));

    assertThat(refused.uri().getPath()).isEqualTo("/login");
    assertThat(refused.uri().getQuery()).isEqualTo("error");
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body()).contains("finns inte i Kansli");

    Page cases = browser.get("/cases");
    assertThat(cases.uri().getPath()).as("still not signed in").isEqualTo("/login");
  }

  @Test
  void anUnverifiedEmailDoesNotMatch() throws Exception {
    StaffUser user = oidcUser(Role.REGISTRAR, "lulea", false);

    Browser browser = new Browser();
    Page refused =
        browser.signInWithOidc(
            UUID.randomUUID().toString(),
            Map.of(
                "preferred_username",
                "okand-" + user.username(),
                "email",
                user.email(),
                "email_verified",
                false));

    assertThat(refused.uri().getPath()).isEqualTo("/login");
    assertThat(refused.uri().getQuery()).isEqualTo("error");
    assertThat(browser.get("/cases").uri().getPath()).isEqualTo("/login");
  }

  @Test
  void aUserAddedInTheAdminPagesWithoutPasswordIsNotSentToChangeOne() throws Exception {
    // The admin page creates every user with "must change password"; an OIDC-only user has no
    // password to change and must not be trapped on the password page.
    StaffUser user = oidcUser(Role.CASE_OFFICER, "lulea", true);

    Browser browser = new Browser();
    browser.signInWithOidc(
        UUID.randomUUID().toString(), Map.of("preferred_username", user.username()));

    Page cases = browser.get("/cases");
    assertThat(cases.status()).isEqualTo(200);
    assertThat(cases.uri().getPath()).isEqualTo("/cases");
    assertThat(cases.body()).contains(user.displayName());
  }

  @Test
  void theLoginPageOffersOidcSignIn() throws Exception {
    Page login = new Browser().get("/login");
    assertThat(login.status()).isEqualTo(200);
    assertThat(login.body()).contains("href=\"/oauth2/authorization/kansli\"");
  }

  @Test
  void formLoginStillWorksBesideOidc() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    StaffUser user =
        staff.create(
            new NewStaffUser(
                "losen-" + suffix,
                "Lösenordsanvändare " + suffix,
                "losen-" + suffix + "@example.se",
                EnumSet.of(Role.REGISTRAR),
                Set.of(OrganisationId.of("lulea")),
                TestStaff.PASSWORD,
                false));

    Browser browser = new Browser();
    Page landing = browser.signInWithPassword(user.username(), TestStaff.PASSWORD);
    assertThat(landing.uri().getPath()).isEqualTo("/cases");
    assertThat(landing.status()).isEqualTo(200);
    assertThat(landing.body()).contains(user.displayName());

    Page wrong = new Browser().signInWithPassword(user.username(), "fel-lösenord-123");
    assertThat(wrong.uri().getPath()).isEqualTo("/login");
    assertThat(wrong.uri().getQuery()).isEqualTo("error");
    assertThat(wrong.body()).contains("Fel användarnamn eller lösenord.");
  }

  /** A user who signs in only with OIDC (no password), made the way the admin page makes one. */
  private StaffUser oidcUser(Role role, String organisation, boolean mustChangePassword) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    return staff.create(
        new NewStaffUser(
            "oidc-" + suffix,
            "Oidc Testsson " + suffix,
            "oidc-" + suffix + "@example.se",
            EnumSet.of(role),
            Set.of(OrganisationId.of(organisation)),
            null,
            mustChangePassword));
  }

  private se.kansli.shared.Actor kanslisOwn(Role role, String organisation) {
    return oidcUser(role, organisation, false).asActor();
  }

  private static RegisterCase inOrg(String org, String title) {
    return new RegisterCase(org, "2.2.0.1", title, "", null, List.of(), null, Set.of(), null);
  }

  record Page(int status, URI uri, String body) {}

  /** A browser: a cookie jar, and redirects followed by hand so that every stop is recorded. */
  final class Browser {

    private final HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    final List<URI> visited = new ArrayList<>();

    Page get(String path) throws IOException, InterruptedException {
      return follow(HttpRequest.newBuilder(kansli(path)).GET().build());
    }

    /**
     * Starts the sign-in at Kansli, as the login page's link does. The provider answers the
     * authorization request at once (no login form) with a code whose tokens carry these claims.
     */
    Page signInWithOidc(String subject, Map<String, Object> claims)
        throws IOException, InterruptedException {
      OIDC.enqueueCallback(
          new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of(CLIENT_ID), claims, 3600));
      return get("/oauth2/authorization/kansli");
    }

    Page signInWithPassword(String username, String password)
        throws IOException, InterruptedException {
      Page login = get("/login");
      Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
      assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
      String form =
          "username="
              + encode(username)
              + "&password="
              + encode(password)
              + "&_csrf="
              + encode(csrf.group(1));
      return follow(
          HttpRequest.newBuilder(kansli("/login"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build());
    }

    private Page follow(HttpRequest request) throws IOException, InterruptedException {
      for (int hops = 0; hops < 10; hops++) {
        visited.add(request.uri());
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        var location = response.headers().firstValue("Location");
        if (response.statusCode() / 100 != 3 || location.isEmpty()) {
          return new Page(response.statusCode(), request.uri(), response.body());
        }
        request = HttpRequest.newBuilder(request.uri().resolve(location.get())).GET().build();
      }
      throw new AssertionError("Too many redirects: " + visited);
    }

    private URI kansli(String path) {
      return URI.create("http://localhost:" + port + path);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
