package se.kansli.platform;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the start page. */
@Controller
class LoginController {

  private final ObjectProvider<InMemoryClientRegistrationRepository> oidc;

  LoginController(ObjectProvider<InMemoryClientRegistrationRepository> oidc) {
    this.oidc = oidc;
  }

  @GetMapping("/login")
  String login(Model model) {
    InMemoryClientRegistrationRepository registrations = oidc.getIfAvailable();
    if (registrations != null) {
      for (ClientRegistration registration : registrations) {
        model.addAttribute(
            "oidcLogin", "/oauth2/authorization/" + registration.getRegistrationId());
        break;
      }
    }
    return "platform/login";
  }

  @GetMapping("/")
  String home() {
    return "redirect:/cases";
  }
}
