package se.kansli.benchmark;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One resident's browser: a cookie jar, signed in through the real eID login (the test eID), and
 * the session's CSRF token for the forms it posts. Redirects are not followed, so each request of a
 * journey is one request, as its status and Location are checked.
 */
final class ResidentSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient http;
  private String csrf;

  private ResidentSession(String base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .build();
  }

  /**
   * The login as a resident does it: the login page, "test eID", the waiting page's "continue" (the
   * test eID completes at once), then My pages, whose form gives the session's CSRF token.
   */
  static ResidentSession signIn(String base, String organisation) throws Exception {
    ResidentSession s = new ResidentSession(base);
    String page =
        s.get("/e-tjanster/logga-in?fortsatt=/mina-sidor&organisation=" + organisation, 200);
    s.csrf = csrf(page);
    s.post(
        "/e-tjanster/logga-in",
        List.of(
            new String[] {"method", "test"},
            new String[] {"fortsatt", "/mina-sidor"},
            new String[] {"organisation", organisation}),
        "/e-tjanster/logga-in/vanta");
    s.post("/e-tjanster/logga-in/vanta", List.of(), "/mina-sidor");
    s.csrf = csrf(s.get("/mina-sidor", 200));
    return s;
  }

  String get(String path, int status) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    expect(response, status);
    return response.body();
  }

  /** GET that must redirect; returns where to. */
  String redirectOf(String path) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    expect(response, 302);
    return location(response);
  }

  /**
   * A form post with the session's CSRF token, which must redirect to a path starting with {@code
   * expected}; returns the redirect's path.
   */
  String post(String path, List<String[]> fields, String expected) throws Exception {
    StringBuilder body = new StringBuilder();
    for (String[] f : fields) {
      body.append(URLEncoder.encode(f[0], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(f[1], StandardCharsets.UTF_8))
          .append('&');
    }
    body.append("_csrf=").append(URLEncoder.encode(csrf, StandardCharsets.UTF_8));
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    expect(response, 302);
    String location = location(response);
    if (!location.startsWith(expected)) {
      throw new IllegalStateException(
          "POST " + path + " went to " + location + ", not " + expected);
    }
    return location;
  }

  private String location(HttpResponse<String> response) {
    String location = response.headers().firstValue("Location").orElse("");
    return location.startsWith(base) ? location.substring(base.length()) : location;
  }

  private static String csrf(String page) {
    Matcher m = CSRF.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("No CSRF token in the page");
    }
    return m.group(1);
  }

  static void expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      String body = response.body();
      throw new IllegalStateException(
          response.request().method()
              + " "
              + response.request().uri()
              + " answered "
              + response.statusCode()
              + " "
              + response.headers().firstValue("Location").orElse("")
              + ": "
              + body.substring(0, Math.min(300, body.length())));
    }
  }
}
