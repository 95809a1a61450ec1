package se.kansli.organisations;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.kansli.shared.InvalidInput;

/** The signed-in user's own account: changing the password. */
@Controller
class AccountController {

  private final StaffDirectory staff;

  AccountController(StaffDirectory staff) {
    this.staff = staff;
  }

  @GetMapping("/account/password")
  String form() {
    return "organisations/password";
  }

  @PostMapping("/account/password")
  String change(
      @AuthenticationPrincipal StaffPrincipal principal,
      @RequestParam String currentPassword,
      @RequestParam String newPassword,
      HttpServletRequest request,
      Model model) {
    try {
      staff.changePassword(principal.user().id(), currentPassword, newPassword);
    } catch (InvalidInput e) {
      model.addAttribute("errors", Map.of(e.field(), e.getMessage()));
      return "organisations/password";
    }
    refreshSession(principal, request);
    model.addAttribute("flash", "Lösenordet är bytt.");
    return "organisations/password";
  }

  /** The session still holds the "must change password" flag; replace it with the fresh user. */
  private void refreshSession(StaffPrincipal principal, HttpServletRequest request) {
    StaffUser fresh = staff.find(principal.user().id()).orElseThrow();
    StaffPrincipal updated = new StaffPrincipal(fresh, null, principal.getIdToken(), true);
    var auth = new UsernamePasswordAuthenticationToken(updated, null, updated.getAuthorities());
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(auth);
    SecurityContextHolder.setContext(context);
    request
        .getSession()
        .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
  }
}
