package se.kansli.eservices;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The residents' door: the e-service pages ({@code /e-tjanster/**}) and My pages ({@code
 * /mina-sidor/**}) have their own filter chain, before the staff's. The resident's login is kept in
 * the session under its own key, so a staff login is never seen here and a resident's login is
 * never seen by the staff chain: neither opens the other's pages, even in one browser.
 */
@Configuration(proxyBeanMethods = false)
class ResidentSecurity {

  /** The session attribute of the resident's security context, apart from the staff's. */
  static final String CONTEXT_KEY = "KANSLI_RESIDENT_SECURITY_CONTEXT";

  static final String ROLE = "ROLE_RESIDENT";
  static final String LOGIN = "/e-tjanster/logga-in";

  @Bean
  @Order(0)
  SecurityFilterChain residents(HttpSecurity http) throws Exception {
    return http.securityMatcher("/e-tjanster/**", "/mina-sidor", "/mina-sidor/**")
        .securityContext(s -> s.securityContextRepository(repository()))
        .authorizeHttpRequests(a ->
            a.requestMatchers("/mina-sidor", "/mina-sidor/**")
                .hasAuthority(ROLE)
                // Each e-service page decides: anonymous e-services need no login.
                .anyRequest()
                .permitAll())
        .exceptionHandling(e ->
            e.authenticationEntryPoint(
                (request, response, ex) -> response.sendRedirect(loginUrl(request))))
        .logout(l -> l.logoutUrl("/e-tjanster/logga-ut").logoutSuccessUrl(LOGIN + "?utloggad"))
        .headers(h ->
            h.contentSecurityPolicy(c ->
                c.policyDirectives(
                    "default-src 'self'; img-src 'self' data:; style-src 'self';"
                        + " script-src 'self'; frame-ancestors 'none'")))
        .build();
  }

  static HttpSessionSecurityContextRepository repository() {
    HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    repository.setSpringSecurityContextKey(CONTEXT_KEY);
    return repository;
  }

  /**
   * Signs the resident in: a new session id first (so a session id planted before the login is
   * worth nothing after it), then the resident's context under its own key.
   */
  static void signIn(
      ResidentPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
    request.getSession(true);
    request.changeSessionId();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            principal, null, List.of(new SimpleGrantedAuthority(ROLE))));
    SecurityContextHolder.setContext(context);
    repository().saveContext(context, request, response);
  }

  /** The signed-in resident on a resident page, if any. */
  static Optional<ResidentPrincipal> current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof ResidentPrincipal p
        ? Optional.of(p)
        : Optional.empty();
  }

  static String loginUrl(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return request.getContextPath()
        + LOGIN
        + "?fortsatt="
        + URLEncoder.encode(path, StandardCharsets.UTF_8);
  }

  /**
   * Where to go after the login: only a page of the residents' own (no open redirect to another
   * site, nor to staff pages).
   */
  static String safeContinuation(String fortsatt) {
    if (fortsatt != null
        && (fortsatt.startsWith("/e-tjanster/") || fortsatt.startsWith("/mina-sidor"))
        && !fortsatt.contains("//")
        && !fortsatt.contains("\\")
        && !fortsatt.contains("..")
        && fortsatt.chars().noneMatch(Character::isISOControl)) {
      return fortsatt;
    }
    return "/mina-sidor";
  }
}
