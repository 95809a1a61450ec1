package se.kansli.platform;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import se.kansli.shared.Conflict;
import se.kansli.shared.Forbidden;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;

/**
 * Every API error is RFC 9457 problem+json. Input errors name the field in {@code field} and list
 * all of them in {@code errors}, so a client can show each message where it belongs.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

  @ExceptionHandler(InvalidInput.class)
  ProblemDetail invalid(InvalidInput e) {
    return fieldProblem(HttpStatus.BAD_REQUEST, "invalid-input", e.field(), e.getMessage());
  }

  @ExceptionHandler(Conflict.class)
  ProblemDetail conflict(Conflict e) {
    return fieldProblem(HttpStatus.CONFLICT, "conflict", e.field(), e.getMessage());
  }

  @ExceptionHandler(NotFound.class)
  ProblemDetail notFound(NotFound e) {
    return problem(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
  }

  @ExceptionHandler(Forbidden.class)
  ProblemDetail forbidden(Forbidden e) {
    return problem(HttpStatus.FORBIDDEN, "forbidden", e.getMessage());
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      org.springframework.http.HttpHeaders headers,
      org.springframework.http.HttpStatusCode status,
      org.springframework.web.context.request.WebRequest request) {
    List<Map<String, String>> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map(f ->
                Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
            .toList();
    ProblemDetail p =
        fieldProblem(
            HttpStatus.BAD_REQUEST,
            "invalid-input",
            errors.isEmpty() ? null : errors.getFirst().get("field"),
            errors.isEmpty() ? "Ogiltig begäran." : errors.getFirst().get("message"));
    p.setProperty("errors", errors);
    return ResponseEntity.badRequest().body(p);
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException e,
      org.springframework.http.HttpHeaders headers,
      org.springframework.http.HttpStatusCode status,
      org.springframework.web.context.request.WebRequest request) {
    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
        .body(
            fieldProblem(
                HttpStatus.CONTENT_TOO_LARGE, "file-too-large", "file", "Filen är för stor."));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestPart(
      MissingServletRequestPartException e,
      org.springframework.http.HttpHeaders headers,
      org.springframework.http.HttpStatusCode status,
      org.springframework.web.context.request.WebRequest request) {
    return ResponseEntity.badRequest()
        .body(
            fieldProblem(
                HttpStatus.BAD_REQUEST,
                "invalid-input",
                e.getRequestPartName(),
                "Delen " + e.getRequestPartName() + " saknas."));
  }

  /**
   * Unreadable JSON. A value object that refused its value (an invalid personal identity number in
   * a party, say) already said why in Swedish; otherwise name the JSON field that could not be
   * read.
   */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      org.springframework.http.converter.HttpMessageNotReadableException e,
      org.springframework.http.HttpHeaders headers,
      org.springframework.http.HttpStatusCode status,
      org.springframework.web.context.request.WebRequest request) {
    String field = jsonPath(e);
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInput invalid) {
        String named = field == null ? invalid.field() : field + "." + invalid.field();
        return ResponseEntity.badRequest()
            .body(
                fieldProblem(HttpStatus.BAD_REQUEST, "invalid-input", named, invalid.getMessage()));
      }
    }
    String message =
        field == null
            ? "Begäran kunde inte läsas som JSON."
            : "Värdet i fältet " + field + " har fel format.";
    return ResponseEntity.badRequest()
        .body(fieldProblem(HttpStatus.BAD_REQUEST, "invalid-input", field, message));
  }

  /** Where in the JSON document reading failed, e.g. {@code parties[0]}. */
  private static String jsonPath(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof tools.jackson.core.JacksonException jackson
          && !jackson.getPath().isEmpty()) {
        return jackson.getPath().stream()
            .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
            .collect(java.util.stream.Collectors.joining("."))
            .replace(".[", "[");
      }
    }
    return null;
  }

  static ProblemDetail fieldProblem(HttpStatus status, String type, String field, String message) {
    ProblemDetail p = problem(status, type, message);
    if (field != null) {
      p.setProperty("field", field);
      p.setProperty("errors", List.of(Map.of("field", field, "message", message)));
    }
    return p;
  }

  static ProblemDetail problem(HttpStatus status, String type, String message) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, message);
    p.setType(URI.create("https://kansli.se/problems/" + type));
    return p;
  }
}
