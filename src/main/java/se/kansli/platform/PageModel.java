package se.kansli.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs. */
@ControllerAdvice
class PageModel {

  /** The path of this page, for the language switch to come back to. */
  @ModelAttribute("currentPath")
  String currentPath(HttpServletRequest request) {
    // On an error page the request is forwarded to /error; switch language on the page asked for.
    Object original = request.getAttribute("jakarta.servlet.error.request_uri");
    String uri = original instanceof String s ? s : request.getRequestURI();
    return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
  }
}
