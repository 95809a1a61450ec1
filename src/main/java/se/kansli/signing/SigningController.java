package se.kansli.signing;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.shared.Actor;
import se.kansli.shared.Actors;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;

/** Staff pages: send a PDF for signing, follow the signers, download the sealed result. */
@Controller
class SigningController {

  static final int SIGNER_ROWS = 4;

  private final SigningOrders orders;
  private final OrganisationDirectory organisations;

  SigningController(SigningOrders orders, OrganisationDirectory organisations) {
    this.orders = orders;
    this.organisations = organisations;
  }

  @GetMapping("/signing")
  String list(Model model) {
    model.addAttribute("orders", orders.recent(Actors.required()));
    return "signing/orders";
  }

  @GetMapping("/signing/new")
  String newOrder(Model model) {
    Actor actor = Actors.required();
    actor.requireRegistering();
    return form(model, actor, Map.of(), Map.of());
  }

  @PostMapping("/signing")
  String create(
      @RequestParam Map<String, String> fields,
      @RequestParam(required = false) MultipartFile file,
      @RequestParam(name = "signerName", required = false) List<String> names,
      @RequestParam(name = "signerEmail", required = false) List<String> emails,
      @RequestParam(name = "signerPnr", required = false) List<String> pnrs,
      @RequestParam(name = "signerRole", required = false) List<String> roles,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    Actor actor = Actors.required();
    try {
      CreatedOrder created =
          orders.create(
              new NewSigningOrder(
                  fields.get("organisation"),
                  fields.get("title"),
                  file == null || file.isEmpty() ? null : file.getBytes(),
                  "PARALLEL".equals(fields.get("mode"))
                      ? SigningMode.PARALLEL
                      : SigningMode.SEQUENTIAL,
                  signers(names, emails, pnrs, roles),
                  expiry(fields.get("expiresOn")),
                  null),
              actor);
      redirect.addFlashAttribute("links", created.signerLinks());
      return "redirect:/signing/" + created.order().id();
    } catch (InvalidInput e) {
      return form(model, actor, fields, Map.of(e.field(), e.getMessage()));
    }
  }

  @GetMapping("/signing/{id}")
  String show(@PathVariable UUID id, Model model) {
    Actor actor = Actors.required();
    model.addAttribute("order", orders.get(id, actor));
    model.addAttribute("mayChange", actor.mayRegister());
    return "signing/order";
  }

  @GetMapping("/signing/{id}/document")
  ResponseEntity<byte[]> document(
      @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean sealed) {
    return Pdfs.attachment(
        orders.document(id, sealed, Actors.required()),
        sealed ? "underskrivet.pdf" : "dokument.pdf");
  }

  @PostMapping("/signing/{id}/cancel")
  String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
    try {
      orders.cancel(id, Actors.required());
      redirect.addFlashAttribute("flash", "Begäran om underskrift är återkallad.");
    } catch (Conflict e) {
      redirect.addFlashAttribute("flash", e.getMessage());
    }
    return "redirect:/signing/" + id;
  }

  private String form(
      Model model, Actor actor, Map<String, String> fields, Map<String, String> errors) {
    model.addAttribute("fields", fields);
    model.addAttribute("errors", errors);
    model.addAttribute("rows", java.util.stream.IntStream.range(0, SIGNER_ROWS).boxed().toList());
    model.addAttribute(
        "organisations",
        organisations.all().stream().filter(o -> actor.belongsTo(o.id())).toList());
    model.addAttribute("defaultExpiry", LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(14));
    return "signing/order-form";
  }

  private static List<NewSigningOrder.NewSigner> signers(
      List<String> names, List<String> emails, List<String> pnrs, List<String> roles) {
    List<NewSigningOrder.NewSigner> signers = new ArrayList<>();
    int rows = names == null ? 0 : names.size();
    for (int i = 0; i < rows; i++) {
      String name = at(names, i);
      String email = at(emails, i);
      if (name.isBlank() && email.isBlank()) {
        continue;
      }
      signers.add(new NewSigningOrder.NewSigner(name, email, at(pnrs, i), at(roles, i)));
    }
    return signers;
  }

  private static String at(List<String> values, int i) {
    return values != null && i < values.size() && values.get(i) != null ? values.get(i) : "";
  }

  /** The order is open to the end of the chosen day, Swedish time. */
  private static java.time.Instant expiry(String date) {
    if (date == null || date.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(date)
          .plusDays(1)
          .atStartOfDay(ZoneId.of("Europe/Stockholm"))
          .toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInput("expiresOn", "Datumet ska skrivas ÅÅÅÅ-MM-DD.");
    }
  }
}
