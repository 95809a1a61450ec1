package se.kansli.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import se.kansli.KansliTest;

@KansliTest
class StaticResourceLinksTest {

  @LocalServerPort int port;

  @Autowired List<FilterRegistrationBean<?>> filters;

  @Test
  void staticResourceLinksAreStillVersionedAndOtherLinksUnchanged() throws Exception {
    String page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();

    assertThat(page)
        .containsPattern("src=\"/webjars/htmx\\.org/[0-9][0-9.]*/dist/htmx\\.min\\.js\"")
        .contains("href=\"/css/kansli.css\"")
        .contains("href=\"/public/registry\"")
        .contains("href=\"/login?lang=en\"");
  }

  @Test
  void onlyOurFilterRewritesLinks() {
    List<?> rewriting =
        filters.stream()
            .map(FilterRegistrationBean::getFilter)
            .filter(f -> f instanceof ResourceUrlEncodingFilter)
            .toList();
    assertThat(rewriting).singleElement().isInstanceOf(StaticResourceLinks.OnlyStaticLinks.class);
    assertThat(((StaticResourceLinks.OnlyStaticLinks) rewriting.getFirst()).prefixes())
        .contains("/webjars/", "/css");
  }
}
