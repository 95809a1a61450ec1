package se.kansli.eservices;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import se.kansli.shared.Conflict;
import se.kansli.shared.Forbidden;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;

/**
 * Refusals on the residents' pages, shown with the residents' header: the staff's error page has
 * the staff header, which cannot show a resident's login. Before the platform's own error handling.
 */
@ControllerAdvice(
    assignableTypes = {
      ResidentLoginController.class,
      ResidentFormController.class,
      SignatureProgressController.class,
      MyPagesController.class,
      ResidentMessagesController.class
    })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ResidentErrors {

  @ExceptionHandler(NotFound.class)
  String notFound(NotFound e, Model model, HttpServletResponse response) {
    return page(HttpStatus.NOT_FOUND, e.getMessage(), model, response);
  }

  @ExceptionHandler(Forbidden.class)
  String forbidden(Forbidden e, Model model, HttpServletResponse response) {
    return page(HttpStatus.FORBIDDEN, e.getMessage(), model, response);
  }

  @ExceptionHandler(InvalidInput.class)
  String invalid(InvalidInput e, Model model, HttpServletResponse response) {
    return page(HttpStatus.BAD_REQUEST, e.getMessage(), model, response);
  }

  @ExceptionHandler(Conflict.class)
  String conflict(Conflict e, Model model, HttpServletResponse response) {
    return page(HttpStatus.CONFLICT, e.getMessage(), model, response);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  String tooLarge(Model model, HttpServletResponse response) {
    return page(
        HttpStatus.CONTENT_TOO_LARGE, "Filen är större än vad som tillåts.", model, response);
  }

  private static String page(
      HttpStatus status, String message, Model model, HttpServletResponse response) {
    response.setStatus(status.value());
    model.addAttribute("status", status.value());
    model.addAttribute("message", message);
    model.addAttribute("resident", ResidentSecurity.current().orElse(null));
    return "eservices/resident/problem";
  }
}
