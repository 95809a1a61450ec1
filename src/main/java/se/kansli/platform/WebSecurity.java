package se.kansli.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import se.kansli.organisations.OidcStaffSignIn;

/**
 * Two doors: the REST API (HTTP Basic, stateless, answers 401 instead of redirecting) and the web
 * UI (form login, plus OpenID Connect when a provider is configured). Public registry pages, health
 * and the OpenAPI document need no login.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

  private static final String[] PUBLIC = {
    "/public/**",
    "/sign/**",
    "/verify/**",
    "/login",
    "/error",
    "/css/**",
    "/js/**",
    "/webjars/**",
    "/favicon.ico",
    "/actuator/health/**",
    "/actuator/prometheus",
    "/v3/api-docs/**",
    "/swagger-ui/**",
    "/swagger-ui.html",
    "/language"
  };

  /**
   * No Micrometer observation around each security filter, authentication and authorization: at
   * about a tenth of the CPU of every request it cost more than anything it told. Requests are
   * still observed as a whole (http.server.requests).
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http) throws Exception {
    return http.securityMatcher("/api/**")
        .authorizeHttpRequests(
            a -> a.requestMatchers("/api/public/**").permitAll().anyRequest().authenticated())
        .httpBasic(b -> b.authenticationEntryPoint(new ProblemEntryPoint()))
        .exceptionHandling(e -> e.authenticationEntryPoint(new ProblemEntryPoint()))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable())
        .addFilterAfter(new PasswordChangeGate(), BasicAuthenticationFilter.class)
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain web(
      HttpSecurity http,
      ObjectProvider<ClientRegistrationRepository> oidcProviders,
      OidcStaffSignIn oidcSignIn)
      throws Exception {
    http.authorizeHttpRequests(
            a -> a.requestMatchers(PUBLIC).permitAll().anyRequest().authenticated())
        .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
        .logout(l -> l.logoutSuccessUrl("/login?logout").permitAll())
        .addFilterAfter(new PasswordChangeGate(), BasicAuthenticationFilter.class)
        .headers(h ->
            h.contentSecurityPolicy(c ->
                c.policyDirectives(
                    "default-src 'self'; img-src 'self' data:; style-src 'self';"
                        + " script-src 'self'; frame-ancestors 'none'")));
    // Beside form login, not instead of it: both share /login as their page (so an anonymous
    // visitor is sent there, not to the provider), the form posts to /login and the provider
    // returns to /login/oauth2/code/{registrationId}. The provider only proves who someone is;
    // OidcStaffSignIn refuses people Kansli does not know, and the refusal lands on /login?error,
    // where LoginController explains it.
    if (oidcProviders.getIfAvailable() != null) {
      http.oauth2Login(o ->
          o.loginPage("/login")
              .failureUrl("/login?error")
              .userInfoEndpoint(u -> u.oidcUserService(oidcSignIn)));
    }
    return http.build();
  }

  /** API clients get a problem+json 401, never the HTML login page. */
  static final class ProblemEntryPoint implements AuthenticationEntryPoint {
    @Override
    public void commence(
        HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
        throws IOException {
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
      response.setHeader("WWW-Authenticate", "Basic realm=\"Kansli\"");
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "{\"type\":\"https://kansli.se/problems/unauthenticated\",\"title\":\"Unauthorized\","
                  + "\"status\":401,\"detail\":\"Logga in för att använda API:t.\"}");
    }
  }
}
