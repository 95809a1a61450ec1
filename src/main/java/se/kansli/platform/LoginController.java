package se.kansli.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.kansli.organisations.OidcStaffSignIn;

/** The sign-in page and the start page. */
@Controller
class LoginController {

  /** The registration id the README documents (spring.security.oauth2.client.*.kansli.*). */
  static final String REGISTRATION_ID = "kansli";

  /*
   * Asked for by the interface, not by InMemoryClientRegistrationRepository: Spring Boot's bean
   * happens to be the in-memory one today, but a deployment may declare its own repository of any
   * type, and the OIDC link must not silently disappear then.
   */
  private final ObjectProvider<ClientRegistrationRepository> oidc;

  LoginController(ObjectProvider<ClientRegistrationRepository> oidc) {
    this.oidc = oidc;
  }

  @GetMapping("/login")
  String login(Model model, HttpServletRequest request) {
    firstRegistration()
        .ifPresent(
            r -> model.addAttribute("oidcLogin", "/oauth2/authorization/" + r.getRegistrationId()));
    model.addAttribute("loginError", errorMessageKey(request.getSession(false)));
    return "platform/login";
  }

  @GetMapping("/")
  String home() {
    return "redirect:/cases";
  }

  private Optional<ClientRegistration> firstRegistration() {
    ClientRegistrationRepository registrations = oidc.getIfAvailable();
    if (registrations == null) {
      return Optional.empty();
    }
    // Spring's own repositories can be listed; one that cannot is asked for the documented id.
    if (registrations instanceof Iterable<?> all) {
      for (Object registration : all) {
        if (registration instanceof ClientRegistration r) {
          return Optional.of(r);
        }
      }
      return Optional.empty();
    }
    return Optional.ofNullable(registrations.findByRegistrationId(REGISTRATION_ID));
  }

  /**
   * Which message explains the last failed sign-in. Spring's failure handler leaves the exception
   * in the session; without this a person the provider knows but Kansli does not would be told
   * their password was wrong, though they never typed one.
   */
  private static String errorMessageKey(HttpSession session) {
    Object failure =
        session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    if (failure instanceof OAuth2AuthenticationException e) {
      return OidcStaffSignIn.UNKNOWN_USER.equals(e.getError().getErrorCode())
          ? "login.oidc.unknown"
          : "login.oidc.failed";
    }
    return "login.error";
  }
}
