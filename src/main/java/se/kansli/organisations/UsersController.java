package se.kansli.organisations;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kansli.shared.Actor;
import se.kansli.shared.Actors;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

/** Administration of staff users. */
@Controller
class UsersController {

  private final StaffDirectory staff;
  private final OrganisationDirectory organisations;

  UsersController(StaffDirectory staff, OrganisationDirectory organisations) {
    this.staff = staff;
    this.organisations = organisations;
  }

  record UserForm(
      String username,
      String displayName,
      String email,
      List<String> roles,
      List<String> organisations,
      String password) {

    static UserForm empty() {
      return new UserForm("", "", "", List.of(), List.of(), "");
    }

    NewStaffUser toCommand() {
      Set<Role> r = EnumSet.noneOf(Role.class);
      if (roles != null) {
        roles.forEach(x -> r.add(Role.valueOf(x)));
      }
      Set<OrganisationId> o =
          organisations == null
              ? Set.of()
              : organisations.stream().map(OrganisationId::of).collect(Collectors.toSet());
      return new NewStaffUser(username, displayName, email, r, o, password, true);
    }
  }

  @GetMapping("/admin/users")
  String list(Model model) {
    Actor actor = Actors.required();
    actor.requireAdministrator();
    return page(model, actor, UserForm.empty(), Map.of());
  }

  @PostMapping("/admin/users")
  String create(@ModelAttribute UserForm form, Model model, RedirectAttributes redirect) {
    Actor actor = Actors.required();
    try {
      staff.create(form.toCommand(), actor);
    } catch (InvalidInput e) {
      return page(model, actor, form, Map.of(e.field(), e.getMessage()));
    } catch (Conflict e) {
      return page(model, actor, form, Map.of(e.field(), e.getMessage()));
    } catch (IllegalArgumentException e) {
      return page(model, actor, form, Map.of("roles", "Okänd roll."));
    }
    redirect.addFlashAttribute("flash", "Användaren är skapad.");
    return "redirect:/admin/users";
  }

  @GetMapping("/admin/users/{id}")
  String edit(@PathVariable UUID id, Model model) {
    Actor actor = Actors.required();
    actor.requireAdministrator();
    return editPage(model, actor, manageable(id, actor), Map.of());
  }

  @PostMapping("/admin/users/{id}")
  String update(
      @PathVariable UUID id,
      @RequestParam(required = false) List<String> roles,
      @RequestParam(required = false) List<String> organisations,
      @RequestParam(required = false) String enabled,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = Actors.required();
    StaffUser user = manageable(id, actor);
    try {
      UserForm form =
          new UserForm(user.username(), user.displayName(), user.email(), roles, organisations, "");
      NewStaffUser wanted = form.toCommand();
      staff.update(id, wanted.roles(), wanted.organisations(), enabled != null, actor);
    } catch (InvalidInput e) {
      return editPage(model, actor, user, Map.of(e.field(), e.getMessage()));
    }
    redirect.addFlashAttribute("flash", "Användaren är sparad.");
    return "redirect:/admin/users";
  }

  private StaffUser manageable(UUID id, Actor actor) {
    return staff
        .find(id)
        .filter(u -> u.organisations().stream().anyMatch(actor::belongsTo))
        .orElseThrow(() -> new NotFound("Användaren finns inte."));
  }

  private String editPage(Model model, Actor actor, StaffUser user, Map<String, String> errors) {
    model.addAttribute("user", user);
    model.addAttribute("organisations", organisations.all());
    model.addAttribute("roles", Role.values());
    model.addAttribute("errors", new LinkedHashMap<>(errors));
    return "organisations/user-edit";
  }

  private String page(Model model, Actor actor, UserForm form, Map<String, String> errors) {
    actor.requireAdministrator();
    model.addAttribute("users", staff.workingFor(actor.organisations()));
    model.addAttribute("organisations", organisations.all());
    model.addAttribute("roles", Role.values());
    model.addAttribute("form", form);
    model.addAttribute("errors", new LinkedHashMap<>(errors));
    return "organisations/users";
  }
}
