package se.kansli.eservices;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.kansli.platform.ProblemPage;

/**
 * Refusals on the residents' pages, shown with the residents' header: the staff's error page has
 * the staff header, which cannot show a resident's login.
 */
@Component
class ResidentProblemPage implements ProblemPage {

  @Override
  public boolean serves(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/e-tjanster/")
        || path.equals("/mina-sidor")
        || path.startsWith("/mina-sidor/");
  }

  @Override
  public String view(Model model) {
    model.addAttribute("resident", ResidentSecurity.current().orElse(null));
    return "eservices/resident/problem";
  }
}
