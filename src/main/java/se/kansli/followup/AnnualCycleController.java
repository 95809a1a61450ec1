package se.kansli.followup;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kansli.shared.Actor;
import se.kansli.shared.Actors;
import se.kansli.shared.FormValues;
import se.kansli.shared.InvalidInput;

/** The annual cycle: the year as a timeline with the list beside it, and new recurring items. */
@Controller
class AnnualCycleController {

  private final AnnualCycle cycle;
  private final FollowUpPages pages;

  AnnualCycleController(AnnualCycle cycle, FollowUpPages pages) {
    this.cycle = cycle;
    this.pages = pages;
  }

  @GetMapping("/followup/cycle")
  String year(@RequestParam(required = false) Integer year, Model model) {
    return page(model, year, Map.of(), Map.of());
  }

  @PostMapping("/followup/cycle")
  String add(@RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
    try {
      CycleKind kind;
      try {
        kind = CycleKind.valueOf(form.getOrDefault("kind", ""));
      } catch (IllegalArgumentException e) {
        throw new InvalidInput("kind", "Välj vad punkten gäller.");
      }
      cycle.add(
          new NewCycleItem(
              form.get("organisation"),
              kind,
              form.get("title"),
              form.get("directive"),
              form.get("owner"),
              form.get("ownerEmail"),
              FormValues.integer(form.get("dueMonth"), "dueMonth"),
              FormValues.integer(form.get("dueDay"), "dueDay")),
          Actors.required());
    } catch (InvalidInput e) {
      return page(model, null, form, Map.of(e.field(), e.getMessage()));
    }
    r.addFlashAttribute("flash", "Punkten är tillagd i årshjulet.");
    return "redirect:/followup/cycle";
  }

  private String page(
      Model model, Integer year, Map<String, String> form, Map<String, String> errors) {
    Actor actor = Actors.required();
    int shown = year == null ? LocalDate.now().getYear() : year;
    model.addAttribute("cycle", cycle.year(shown, actor));
    model.addAttribute("kinds", CycleKind.values());
    model.addAttribute("organisations", pages.own(actor));
    model.addAttribute("editor", actor.mayRegister());
    model.addAttribute("form", new HashMap<>(form));
    model.addAttribute("errors", errors);
    return "followup/cycle";
  }
}
