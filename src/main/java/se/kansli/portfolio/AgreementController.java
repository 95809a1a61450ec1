package se.kansli.portfolio;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kansli.organisations.Organisation;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.platform.SwedishTime;
import se.kansli.shared.Actor;
import se.kansli.shared.Actors;
import se.kansli.shared.FieldProblem;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

/** The coordinator's pages for the agreements: a new one, and one agreement with its edit form. */
@Controller
class AgreementController {

  private final Agreements agreements;
  private final SharedServices services;
  private final OrganisationDirectory organisations;

  AgreementController(
      Agreements agreements, SharedServices services, OrganisationDirectory organisations) {
    this.agreements = agreements;
    this.services = services;
    this.organisations = organisations;
  }

  @GetMapping("/portfolio/agreements/new")
  String blank(Model model) {
    return creation(model, AgreementForm.blank(), Map.of());
  }

  @PostMapping("/portfolio/agreements")
  String create(@RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
    try {
      AgreementView created = agreements.create(AgreementForm.read(form, null), Actors.required());
      r.addFlashAttribute("flash", "Avtalet " + created.title() + " är registrerat.");
      return "redirect:/portfolio/agreements/" + created.id();
    } catch (FieldProblem e) {
      return creation(model, form, Map.of(e.field(), e.getMessage()));
    }
  }

  @GetMapping("/portfolio/agreements/{id}")
  String agreement(@PathVariable String id, Model model) {
    return agreement(model, AgreementId.of(id), null, Map.of());
  }

  @PostMapping("/portfolio/agreements/{id}")
  String update(
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    AgreementId agreement = AgreementId.of(id);
    try {
      agreements.update(agreement, AgreementForm.read(form, null), Actors.required());
    } catch (FieldProblem e) {
      return agreement(model, agreement, form, Map.of(e.field(), e.getMessage()));
    }
    r.addFlashAttribute("flash", "Avtalet är sparat.");
    return "redirect:/portfolio/agreements/" + agreement;
  }

  private String creation(Model model, Map<String, String> form, Map<String, String> errors) {
    Actor actor = Actors.required();
    List<Organisation> kept =
        coordinator(actor)
            ? organisations.all().stream().filter(o -> actor.belongsTo(o.id())).toList()
            : List.of();
    model.addAttribute("organisations", kept);
    model.addAttribute("services", services.list(actor));
    fields(model, form, errors);
    return "portfolio/agreement-new";
  }

  private String agreement(
      Model model, AgreementId id, Map<String, String> form, Map<String, String> errors) {
    Actor actor = Actors.required();
    AgreementView agreement = agreements.get(id, actor);
    model.addAttribute("agreement", agreement);
    model.addAttribute(
        "editor",
        coordinator(actor) && actor.belongsTo(OrganisationId.of(agreement.organisation())));
    model.addAttribute(
        "services",
        services.list(actor).stream()
            .filter(s -> s.organisation().equals(agreement.organisation()))
            .toList());
    model.addAttribute("today", LocalDate.now(SwedishTime.ZONE));
    fields(model, form == null ? AgreementForm.of(agreement) : form, errors);
    return "portfolio/agreement";
  }

  private void fields(Model model, Map<String, String> form, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", AgreementKind.values());
    model.addAttribute(
        "municipalities",
        organisations.all().stream()
            .filter(o -> o.kind() == Organisation.Kind.MUNICIPALITY)
            .toList());
    int used = 0;
    while (form.containsKey("option" + (used + 1) + "Months")) {
      used++;
    }
    model.addAttribute("optionRows", Math.max(AgreementForm.OPTION_ROWS, used + 1));
  }

  private static boolean coordinator(Actor actor) {
    return actor.has(Role.ADMINISTRATOR) || actor.has(Role.COMMITTEE_SECRETARY);
  }
}
