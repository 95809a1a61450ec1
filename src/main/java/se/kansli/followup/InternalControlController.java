package se.kansli.followup;

import java.util.HashMap;
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
import se.kansli.shared.FormValues;
import se.kansli.shared.InvalidInput;

/** The internal control plan: control points, overdue ones first, and their follow-ups. */
@Controller
class InternalControlController {

  private final InternalControl control;
  private final FollowUpPages pages;

  InternalControlController(InternalControl control, FollowUpPages pages) {
    this.control = control;
    this.pages = pages;
  }

  @GetMapping("/followup/control")
  String plan(Model model) {
    return page(model, Map.of(), Map.of());
  }

  @PostMapping("/followup/control")
  String add(@RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
    try {
      ControlFrequency frequency;
      try {
        frequency = ControlFrequency.valueOf(form.getOrDefault("frequency", ""));
      } catch (IllegalArgumentException e) {
        throw new InvalidInput("frequency", "Välj hur ofta kontrollen görs.");
      }
      control.add(
          new NewControlPoint(
              form.get("organisation"),
              form.get("title"),
              form.get("method"),
              form.get("owner"),
              frequency,
              FormValues.date(form.get("startsOn"), "startsOn")),
          Actors.required());
    } catch (InvalidInput e) {
      return page(model, form, Map.of(e.field(), e.getMessage()));
    }
    r.addFlashAttribute("flash", "Kontrollmomentet är tillagt.");
    return "redirect:/followup/control";
  }

  @PostMapping("/followup/control/{id}/follow-ups")
  String followUp(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    String suffix = "-" + id;
    try {
      control.followUp(
          id,
          new NewFollowUp(
              FormValues.date(form.get("date" + suffix), "date"),
              form.get("result" + suffix),
              form.get("comment" + suffix)),
          Actors.required());
    } catch (InvalidInput e) {
      // Each control point has its own form: the error goes beside that form's field.
      return page(model, form, Map.of(e.field() + suffix, e.getMessage()));
    }
    r.addFlashAttribute("flash", "Uppföljningen är registrerad.");
    return "redirect:/followup/control#p-" + id;
  }

  private String page(Model model, Map<String, String> form, Map<String, String> errors) {
    Actor actor = Actors.required();
    model.addAttribute("points", control.plan(actor));
    model.addAttribute("frequencies", ControlFrequency.values());
    model.addAttribute("organisations", pages.own(actor));
    model.addAttribute("editor", actor.mayRegister());
    model.addAttribute("form", new HashMap<>(form));
    model.addAttribute("errors", errors);
    return "followup/control";
  }
}
