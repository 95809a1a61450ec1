package se.kansli.signing;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;
import se.kansli.signing.eid.EidOrder;
import se.kansli.signing.eid.EidStatus;

/**
 * The signer's pages, reached from the personal link in the e-mail. No staff login: the signer
 * proves who they are with eID when signing.
 */
@Controller
class SignerController {

  private final SigningOrders orders;
  private final EidSigning signing;

  SignerController(SigningOrders orders, EidSigning signing) {
    this.orders = orders;
    this.signing = signing;
  }

  @GetMapping("/sign/{token}")
  String task(@PathVariable String token, Model model) {
    model.addAttribute("task", orders.task(token));
    model.addAttribute("token", token);
    model.addAttribute("methods", signing.methods());
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", Map.of());
    }
    return "signing/sign";
  }

  @GetMapping("/sign/{token}/document")
  ResponseEntity<byte[]> document(@PathVariable String token) {
    return Pdfs.attachment(orders.documentForSigner(token), "att-skriva-under.pdf");
  }

  @PostMapping("/sign/{token}/start")
  String start(
      @PathVariable String token,
      @RequestParam(defaultValue = "") String method,
      @RequestParam(defaultValue = "false") boolean sameDevice,
      HttpServletRequest request,
      Model model) {
    try {
      EidOrder order = signing.start(token, method, request.getRemoteAddr(), sameDevice);
      model.addAttribute("autoStartToken", order.autoStartToken());
    } catch (InvalidInput e) {
      model.addAttribute("errors", Map.of(e.field(), e.getMessage()));
      return task(token, model);
    } catch (Conflict | se.kansli.signing.eid.EidException e) {
      // The eID service's own Swedish message (e.g. BankID RFA5) or why it is not your turn.
      model.addAttribute("errors", Map.of("method", e.getMessage()));
      return task(token, model);
    }
    model.addAttribute("token", token);
    model.addAttribute("task", orders.task(token));
    model.addAttribute("qr", signing.qrCode(token).map(QrImage::svgDataUri).orElse(null));
    return "signing/signing-in-progress";
  }

  /** Polled by the progress page (htmx, every two seconds). */
  @GetMapping("/sign/{token}/status")
  String status(@PathVariable String token, Model model) {
    EidStatus status;
    try {
      status = signing.collect(token);
    } catch (Conflict e) {
      status = new EidStatus(EidStatus.State.FAILED, "conflict", e.getMessage(), null, null);
    } catch (se.kansli.signing.eid.EidException e) {
      // A retryable failure (timeout, maintenance) keeps polling; the rest end the attempt.
      status =
          new EidStatus(
              e.retryable() ? EidStatus.State.PENDING : EidStatus.State.FAILED,
              e.code(),
              e.getMessage(),
              null,
              null);
    }
    model.addAttribute("status", status);
    model.addAttribute("token", token);
    return "signing/signing-in-progress :: status";
  }

  /** BankID's animated QR code changes every second; the page fetches it that often. */
  @GetMapping("/sign/{token}/qr")
  String qr(@PathVariable String token, Model model) {
    model.addAttribute("qr", signing.qrCode(token).map(QrImage::svgDataUri).orElse(null));
    model.addAttribute("token", token);
    return "signing/signing-in-progress :: qr";
  }

  @PostMapping("/sign/{token}/decline")
  String decline(
      @PathVariable String token,
      @RequestParam(defaultValue = "") String comment,
      Model model,
      RedirectAttributes redirect) {
    try {
      orders.decline(token, comment);
    } catch (InvalidInput e) {
      model.addAttribute("errors", Map.of(e.field(), e.getMessage()));
      return task(token, model);
    }
    redirect.addFlashAttribute("flash", "Du har avböjt att skriva under.");
    return "redirect:/sign/" + token;
  }
}
