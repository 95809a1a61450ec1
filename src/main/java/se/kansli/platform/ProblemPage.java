package se.kansli.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;

/**
 * An error page for pages with an audience of their own, such as residents, whose header is not the
 * staff's. The platform's error handling asks each one whether it serves the request that failed,
 * and falls back on the staff's error page.
 */
public interface ProblemPage {

  /** Whether the error of this request is shown on this page. */
  boolean serves(HttpServletRequest request);

  /** The view's name, once what its header needs is in the model. */
  String view(Model model);
}
