package se.kansli.registry;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kansli.shared.Actor;
import se.kansli.shared.Actors;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.Role;

/** The classification scheme: everyone reads it, administrators change it. */
@Controller
class ClassificationController {

  private final ClassificationScheme scheme;

  ClassificationController(ClassificationScheme scheme) {
    this.scheme = scheme;
  }

  @GetMapping("/classification")
  String show(@RequestParam(required = false) Integer version, Model model) {
    Actor actor = Actors.required();
    page(model, actor, "", "", "", Map.of());
    if (version != null && version != scheme.currentVersion()) {
      model.addAttribute("classes", scheme.at(version));
      model.addAttribute("viewing", version);
    }
    return "registry/classification";
  }

  @PostMapping("/classification")
  String save(
      @RequestParam(defaultValue = "") String code,
      @RequestParam(defaultValue = "") String title,
      @RequestParam(defaultValue = "") String description,
      @RequestParam(defaultValue = "") String comment,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = Actors.required();
    try {
      scheme.save(code, title, description, comment, actor);
    } catch (InvalidInput e) {
      return page(model, actor, code, title, description, Map.of(e.field(), e.getMessage()));
    }
    redirect.addFlashAttribute("flash", "Klassificeringen är sparad som en ny version.");
    return "redirect:/classification";
  }

  @PostMapping("/classification/retire")
  String retire(@RequestParam String code, Model model, RedirectAttributes redirect) {
    Actor actor = Actors.required();
    try {
      scheme.retire(code, actor);
    } catch (Conflict e) {
      return page(model, actor, code, "", "", Map.of("code", e.getMessage()));
    }
    redirect.addFlashAttribute("flash", "Klassen är avvecklad.");
    return "redirect:/classification";
  }

  private String page(
      Model model,
      Actor actor,
      String code,
      String title,
      String description,
      Map<String, String> errors) {
    model.addAttribute("classes", scheme.current());
    model.addAttribute("version", scheme.currentVersion());
    model.addAttribute("viewing", scheme.currentVersion());
    model.addAttribute("versions", scheme.versions());
    model.addAttribute("admin", actor.has(Role.ADMINISTRATOR));
    model.addAttribute("code", code);
    model.addAttribute("title", title);
    model.addAttribute("description", description);
    model.addAttribute("errors", errors);
    return "registry/classification";
  }
}
