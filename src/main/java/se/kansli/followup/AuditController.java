package se.kansli.followup;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kansli.shared.Actor;
import se.kansli.shared.Actors;
import se.kansli.shared.Conflict;
import se.kansli.shared.FormValues;
import se.kansli.shared.InvalidInput;

/** The audits of the committee, their recommendations and the actions taken on them. */
@Controller
class AuditController {

  private final Audits audits;
  private final FollowUpPages pages;

  AuditController(Audits audits, FollowUpPages pages) {
    this.audits = audits;
    this.pages = pages;
  }

  @GetMapping("/followup/audits")
  String list(Model model) {
    return overview(model, Map.of(), Map.of());
  }

  @PostMapping("/followup/audits")
  String create(@RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
    try {
      AuditView audit =
          audits.create(
              new NewAudit(
                  form.get("organisation"),
                  form.get("municipality"),
                  FormValues.integer(form.get("year"), "year"),
                  form.get("title"),
                  form.get("assessment"),
                  // One recommendation per line; empty lines only separate them.
                  Arrays.stream(form.getOrDefault("recommendations", "").split("\\R"))
                      .filter(s -> !s.isBlank())
                      .toList()),
              Actors.required());
      r.addFlashAttribute("flash", "Granskningen är registrerad.");
      return "redirect:/followup/audits/" + audit.id();
    } catch (InvalidInput | Conflict e) {
      return overview(model, form, Map.of(e.field(), e.getMessage()));
    }
  }

  @GetMapping("/followup/audits/{id}")
  String audit(@PathVariable UUID id, Model model) {
    return audit(model, id, Map.of(), Map.of());
  }

  @PostMapping("/followup/audits/{id}/recommendations")
  String recommend(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    try {
      audits.addRecommendation(id, form.get("recommendation"), Actors.required());
    } catch (InvalidInput | Conflict e) {
      return audit(model, id, form, Map.of(e.field(), e.getMessage()));
    }
    r.addFlashAttribute("flash", "Rekommendationen är tillagd.");
    return "redirect:/followup/audits/" + id + "#recommendations";
  }

  @PostMapping("/followup/audits/{id}/decision")
  String decision(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    try {
      audits.linkDecision(
          id,
          new DecisionChoice(
              form.get("caseNumber"),
              form.get("meetingId"),
              FormValues.integer(form.get("paragraph"), "paragraph")),
          Actors.required());
    } catch (InvalidInput | Conflict e) {
      return audit(model, id, form, Map.of(e.field(), e.getMessage()));
    }
    r.addFlashAttribute("flash", "Nämndens beslut är kopplat till granskningen.");
    return "redirect:/followup/audits/" + id;
  }

  @PostMapping("/followup/audits/{id}/recommendations/{recommendation}/actions")
  String action(
      @PathVariable UUID id,
      @PathVariable UUID recommendation,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    String suffix = "-" + recommendation;
    try {
      audits.addAction(
          recommendation,
          new NewAction(
              form.get("description" + suffix),
              form.get("owner" + suffix),
              FormValues.date(form.get("due" + suffix), "due"),
              status(form.get("status" + suffix)),
              form.get("comment" + suffix)),
          Actors.required());
    } catch (InvalidInput | Conflict e) {
      // Each recommendation has its own form: the error goes beside that form's field.
      return audit(model, id, form, Map.of(e.field() + suffix, e.getMessage()));
    }
    r.addFlashAttribute("flash", "Åtgärden är tillagd.");
    return "redirect:/followup/audits/" + id + "#r-" + recommendation;
  }

  @PostMapping("/followup/audits/{id}/actions/{action}")
  String change(
      @PathVariable UUID id,
      @PathVariable UUID action,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    String suffix = "-" + action;
    try {
      audits.updateAction(
          action,
          status(form.get("status" + suffix)),
          form.get("comment" + suffix),
          Actors.required());
    } catch (InvalidInput | Conflict e) {
      return audit(model, id, form, Map.of(e.field() + suffix, e.getMessage()));
    }
    r.addFlashAttribute("flash", "Åtgärden är uppdaterad.");
    return "redirect:/followup/audits/" + id + "#a-" + action;
  }

  @PostMapping("/followup/audits/{id}/recommendations/{recommendation}/close")
  String close(
      @PathVariable UUID id,
      @PathVariable UUID recommendation,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    String suffix = "-" + recommendation;
    try {
      audits.close(recommendation, form.get("closingComment" + suffix), Actors.required());
    } catch (InvalidInput | Conflict e) {
      return audit(model, id, form, Map.of(e.field() + suffix, e.getMessage()));
    }
    r.addFlashAttribute("flash", "Rekommendationen är avslutad.");
    return "redirect:/followup/audits/" + id + "#r-" + recommendation;
  }

  private static ActionStatus status(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return ActionStatus.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("status", "Okänd status.");
    }
  }

  private String overview(Model model, Map<String, String> form, Map<String, String> errors) {
    Actor actor = Actors.required();
    List<AuditView> all = audits.list(null, actor);
    model.addAttribute("audits", all);
    model.addAttribute("open", all.stream().filter(a -> a.openRecommendations() > 0).toList());
    model.addAttribute("organisations", pages.own(actor));
    model.addAttribute("municipalities", pages.municipalities());
    model.addAttribute("editor", actor.mayRegister());
    model.addAttribute("form", new HashMap<>(form));
    model.addAttribute("errors", errors);
    return "followup/audits";
  }

  private String audit(Model model, UUID id, Map<String, String> form, Map<String, String> errors) {
    Actor actor = Actors.required();
    model.addAttribute("audit", audits.get(id, actor));
    model.addAttribute("statuses", ActionStatus.values());
    model.addAttribute("editor", actor.mayRegister());
    model.addAttribute("form", new HashMap<>(form));
    model.addAttribute("errors", errors);
    return "followup/audit";
  }
}
