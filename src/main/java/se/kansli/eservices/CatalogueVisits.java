package se.kansli.eservices;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts a visit when an e-service's page in a catalogue ({@code /public/e-tjanster/{org}/{slug}})
 * was shown. Counting happens after the page is served and only for a page that exists, so a
 * visitor never waits for it.
 */
@Component
class CatalogueVisits extends OncePerRequestFilter {

  private static final Pattern PAGE =
      // Only the e-service's own catalogue page: the residents' pages under /e-tjanster/ (login,
      // drafts) have paths of the same shape that are not e-services.
      Pattern.compile("^/public/e-tjanster/([a-z0-9-]+)/([a-z0-9-]+)$");

  private final VisitorCounter counter;
  private final EServiceCatalogue catalogue;

  CatalogueVisits(VisitorCounter counter, EServiceCatalogue catalogue) {
    this.counter = counter;
    this.catalogue = catalogue;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod()) || !PAGE.matcher(path(request)).matches();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(request, response);
    if (response.getStatus() != HttpServletResponse.SC_OK) {
      return;
    }
    Matcher m = PAGE.matcher(path(request));
    if (m.matches()) {
      String organisation = m.group(1);
      CatalogueEntry entry = catalogue.entry(organisation, m.group(2));
      EServiceId eService = catalogue.version(entry.version()).eService();
      counter.visit(
          organisation, eService, request.getRemoteAddr(), request.getHeader("User-Agent"));
    }
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
