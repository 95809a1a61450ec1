package se.kansli.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import se.kansli.shared.Conflict;
import se.kansli.shared.Forbidden;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;

/**
 * Error pages in the UI for what a form cannot show beside a field: the staff's, or the {@link
 * ProblemPage} of the audience the failed page was for.
 */
@ControllerAdvice(annotations = Controller.class)
class WebErrors {

  private final List<ProblemPage> audiences;

  WebErrors(List<ProblemPage> audiences) {
    this.audiences = audiences;
  }

  @ExceptionHandler(NotFound.class)
  String notFound(
      NotFound e, Model model, HttpServletRequest request, HttpServletResponse response) {
    return page(HttpStatus.NOT_FOUND, e.getMessage(), model, request, response);
  }

  @ExceptionHandler(Forbidden.class)
  String forbidden(
      Forbidden e, Model model, HttpServletRequest request, HttpServletResponse response) {
    return page(HttpStatus.FORBIDDEN, e.getMessage(), model, request, response);
  }

  @ExceptionHandler(InvalidInput.class)
  String invalid(
      InvalidInput e, Model model, HttpServletRequest request, HttpServletResponse response) {
    return page(HttpStatus.BAD_REQUEST, e.getMessage(), model, request, response);
  }

  @ExceptionHandler(Conflict.class)
  String conflict(
      Conflict e, Model model, HttpServletRequest request, HttpServletResponse response) {
    return page(HttpStatus.CONFLICT, e.getMessage(), model, request, response);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  String tooLarge(Model model, HttpServletRequest request, HttpServletResponse response) {
    return page(
        HttpStatus.CONTENT_TOO_LARGE,
        "Filen är större än vad som tillåts.",
        model,
        request,
        response);
  }

  private String page(
      HttpStatus status,
      String message,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    response.setStatus(status.value());
    model.addAttribute("status", status.value());
    model.addAttribute("message", message);
    return audiences.stream()
        .filter(a -> a.serves(request))
        .findFirst()
        .map(a -> a.view(model))
        .orElse("error/problem");
  }
}
