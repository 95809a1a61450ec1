package se.kansli.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import se.kansli.organisations.StaffPrincipal;

/**
 * A user who signed in with a one-time password must choose their own before doing anything else.
 * Users without a password (OpenID Connect only) are let through: see {@link
 * StaffPrincipal#mustChangePassword()}.
 */
class PasswordChangeGate extends OncePerRequestFilter {

  static final String CHANGE_PAGE = "/account/password";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null
        && auth.getPrincipal() instanceof StaffPrincipal principal
        && principal.mustChangePassword()
        && !allowed(request.getRequestURI().substring(request.getContextPath().length()))) {
      if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
        response.sendError(HttpServletResponse.SC_FORBIDDEN, "Byt lösenord innan du fortsätter.");
      } else {
        response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
      }
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean allowed(String path) {
    return path.equals(CHANGE_PAGE)
        || path.equals("/logout")
        || path.startsWith("/css/")
        || path.startsWith("/js/")
        || path.startsWith("/webjars/");
  }
}
