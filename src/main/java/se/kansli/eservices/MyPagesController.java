package se.kansli.eservices;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kansli.shared.FieldProblem;

/**
 * My pages: the signed-in resident's cases, drafts and contact details. The resident filter chain
 * lets only a signed-in resident in; everything shown is looked up by the resident's own id.
 */
@Controller
class MyPagesController {

  private final ResidentAccounts accounts;
  private final ResidentDrafts drafts;
  private final ResidentSubmissions submissions;
  private final ResidentSignatures signatures;

  MyPagesController(
      ResidentAccounts accounts,
      ResidentDrafts drafts,
      ResidentSubmissions submissions,
      ResidentSignatures signatures) {
    this.accounts = accounts;
    this.drafts = drafts;
    this.submissions = submissions;
    this.signatures = signatures;
  }

  @GetMapping("/mina-sidor")
  String overview(Model model) {
    return page(model, null, Map.of());
  }

  @PostMapping("/mina-sidor/installningar")
  String settings(
      @RequestParam(required = false) String email,
      @RequestParam(required = false) String phone,
      @RequestParam(required = false) ResidentNotification notifyBy,
      Model model,
      RedirectAttributes r) {
    ResidentSettings settings = new ResidentSettings(email, phone, notifyBy);
    try {
      accounts.updateSettings(me().id(), settings);
    } catch (FieldProblem e) {
      return page(model, settings, Map.of(e.field(), e.getMessage()));
    }
    r.addFlashAttribute("flash", "Dina uppgifter är sparade.");
    return "redirect:/mina-sidor";
  }

  @GetMapping("/mina-sidor/arenden/{id}")
  String receipt(@PathVariable UUID id, Model model) {
    ResidentSubmissionView submission = submissions.receipt(id, new DraftOwner(me().id(), null));
    model.addAttribute("submission", submission);
    model.addAttribute("signatures", signatures.ofSubmission(submission).orElse(null));
    return "eservices/resident/receipt";
  }

  private String page(Model model, ResidentSettings form, Map<String, String> errors) {
    ResidentPrincipal me = me();
    ResidentView account = accounts.get(me.id());
    model.addAttribute("account", account);
    model.addAttribute(
        "form",
        form != null
            ? form
            : new ResidentSettings(account.email(), account.phone(), account.notifyBy()));
    model.addAttribute("submissions", submissions.mine(me.id()));
    model.addAttribute("drafts", drafts.mine(me.id()));
    model.addAttribute("awaiting", signatures.awaiting(me.id()));
    model.addAttribute("notifications", ResidentNotification.values());
    model.addAttribute("errors", errors);
    return "eservices/resident/my-pages";
  }

  /** The filter chain lets only a signed-in resident reach My pages. */
  private static ResidentPrincipal me() {
    return ResidentSecurity.current()
        .orElseThrow(() -> new IllegalStateException("My pages reached without a resident"));
  }
}
