package se.kansli.platform;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import se.kansli.shared.Conflict;
import se.kansli.shared.Forbidden;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;

/** Error pages in the UI for what a form cannot show beside a field. */
@ControllerAdvice(annotations = Controller.class)
class WebErrors {

  @ExceptionHandler(NotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(NotFound e, Model model) {
    model.addAttribute("status", 404);
    model.addAttribute("message", e.getMessage());
    return "error/problem";
  }

  @ExceptionHandler(Forbidden.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  String forbidden(Forbidden e, Model model) {
    model.addAttribute("status", 403);
    model.addAttribute("message", e.getMessage());
    return "error/problem";
  }

  @ExceptionHandler(InvalidInput.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String invalid(InvalidInput e, Model model) {
    model.addAttribute("status", 400);
    model.addAttribute("message", e.getMessage());
    return "error/problem";
  }

  @ExceptionHandler(Conflict.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  String conflict(Conflict e, Model model) {
    model.addAttribute("status", 409);
    model.addAttribute("message", e.getMessage());
    return "error/problem";
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  @ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
  String tooLarge(Model model) {
    model.addAttribute("status", 413);
    model.addAttribute("message", "Filen är större än vad som tillåts.");
    return "error/problem";
  }
}
