package se.kansli.eservices;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kansli.shared.Actor;
import se.kansli.shared.Actors;
import se.kansli.shared.FieldProblem;
import se.kansli.shared.InvalidInput;

/** The administrators' page of officer groups: who handles which group's submissions. */
@Controller
class OfficerGroupController {

  private final OfficerGroups groups;

  OfficerGroupController(OfficerGroups groups) {
    this.groups = groups;
  }

  @GetMapping("/eservices/groups")
  String page(Model model) {
    return page(model, null, null);
  }

  @PostMapping("/eservices/groups/members")
  String add(
      @RequestParam String group,
      @RequestParam(required = false) String userId,
      Model model,
      RedirectAttributes r) {
    Actor actor = Actors.required();
    OfficerGroup g = OfficerGroup.parse(group);
    try {
      groups.add(g, user(userId), actor);
    } catch (FieldProblem e) {
      return page(model, g, e.getMessage());
    }
    r.addFlashAttribute("flash", "Handläggaren är tillagd i " + g.name() + ".");
    return "redirect:/eservices/groups";
  }

  @PostMapping("/eservices/groups/members/remove")
  String remove(@RequestParam String group, @RequestParam UUID userId, RedirectAttributes r) {
    OfficerGroup g = OfficerGroup.parse(group);
    groups.remove(g, userId, Actors.required());
    r.addFlashAttribute("flash", "Handläggaren är borttagen ur " + g.name() + ".");
    return "redirect:/eservices/groups";
  }

  /** The page; a refusal is shown beside the add field of the group it concerns. */
  private String page(Model model, OfficerGroup refused, String message) {
    List<GroupOverview> overview = groups.overview(Actors.required());
    int index = overview.stream().map(GroupOverview::group).toList().indexOf(refused);
    model.addAttribute("overview", overview);
    model.addAttribute("errors", index < 0 ? Map.of() : Map.of("user-" + index, message));
    return "eservices/handling/groups";
  }

  private static UUID user(String value) {
    try {
      return UUID.fromString(value == null ? "" : value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("userId", "Välj en användare.");
    }
  }
}
