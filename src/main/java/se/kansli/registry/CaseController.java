package se.kansli.registry;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.organisations.StaffDirectory;
import se.kansli.shared.Actor;
import se.kansli.shared.Actors;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;

/** The registrar's pages: search, register, view, change and close cases. */
@Controller
class CaseController {

  private final CaseRegistry registry;
  private final DocumentRegistry documents;
  private final CaseSearch search;
  private final ClassificationScheme scheme;
  private final OrganisationDirectory organisations;
  private final StaffDirectory staff;

  CaseController(
      CaseRegistry registry,
      DocumentRegistry documents,
      CaseSearch search,
      ClassificationScheme scheme,
      OrganisationDirectory organisations,
      StaffDirectory staff) {
    this.registry = registry;
    this.documents = documents;
    this.search = search;
    this.scheme = scheme;
    this.organisations = organisations;
    this.staff = staff;
  }

  @GetMapping("/cases")
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String organisation,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String classification,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String officer,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    Actor actor = Actors.required();
    var number = CaseNumber.tryParse(q);
    if (number.isPresent()) {
      List<CaseView> found = registry.findByNumber(number.get(), actor);
      if (found.size() == 1) {
        return "redirect:/cases/" + found.getFirst().id();
      }
    }
    SearchQuery query =
        SearchParams.query(q, organisation, year, classification, status, officer, page, 25);
    model.addAttribute("query", query);
    model.addAttribute("result", search.search(query, actor));
    model.addAttribute("officerNames", SearchParams.names(staff.workingFor(actor.organisations())));
    addChoices(model, actor);
    return "registry/cases";
  }

  @GetMapping("/cases/new")
  String newCase(@RequestParam(required = false) String organisation, Model model) {
    Actor actor = Actors.required();
    actor.requireRegistering();
    String org = organisation != null ? organisation : defaultOrganisation(actor);
    return form(model, actor, CaseForm.empty(org), Map.of(), null);
  }

  @PostMapping("/cases")
  String register(@ModelAttribute CaseForm form, Model model, RedirectAttributes redirect) {
    Actor actor = Actors.required();
    try {
      CaseView c = registry.register(form.toRegister(), form.idempotencyKey(), actor);
      redirect.addFlashAttribute(
          "flash", "Ärendet har registrerats med diarienummer " + c.caseNumber() + ".");
      return "redirect:/cases/" + c.id();
    } catch (InvalidInput e) {
      return form(model, actor, form, Map.of(e.field(), e.getMessage()), null);
    }
  }

  @GetMapping("/cases/{id}")
  String show(@PathVariable UUID id, Model model) {
    Actor actor = Actors.required();
    CaseView c = registry.get(new CaseId(id), actor);
    model.addAttribute("c", c);
    // The case was read with the actor's access check; its documents and history need no other.
    model.addAttribute("documents", documents.ofCase(c));
    model.addAttribute("history", registry.history(c));
    model.addAttribute("mayChange", actor.mayRegister());
    model.addAttribute("today", java.time.LocalDate.now(CaseRegistry.SWEDEN));
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", Map.of());
    }
    return "registry/case";
  }

  @GetMapping("/cases/{id}/edit")
  String edit(@PathVariable UUID id, Model model) {
    Actor actor = Actors.required();
    actor.requireRegistering();
    CaseView c = registry.get(new CaseId(id), actor);
    return form(model, actor, CaseForm.of(c), Map.of(), c);
  }

  @PostMapping("/cases/{id}/edit")
  String update(
      @PathVariable UUID id,
      @ModelAttribute CaseForm form,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = Actors.required();
    CaseView existing = registry.get(new CaseId(id), actor);
    try {
      registry.update(existing.id(), form.toUpdate(), actor);
    } catch (InvalidInput e) {
      return form(model, actor, form, Map.of(e.field(), e.getMessage()), existing);
    } catch (Conflict e) {
      return form(model, actor, form, Map.of(e.field(), e.getMessage()), existing);
    }
    redirect.addFlashAttribute("flash", "Ändringarna är sparade.");
    return "redirect:/cases/" + id;
  }

  @PostMapping("/cases/{id}/close")
  String close(
      @PathVariable UUID id,
      @RequestParam(required = false) String closedOn,
      @RequestParam(required = false) String outcome,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = Actors.required();
    try {
      registry.close(
          new CaseId(id), new CloseCase(SearchParams.date(closedOn, "closedOn"), outcome), actor);
    } catch (InvalidInput | Conflict e) {
      String field = e.field();
      model.addAttribute("errors", Map.of(field, e.getMessage()));
      return show(id, model);
    }
    redirect.addFlashAttribute("flash", "Ärendet är avslutat.");
    return "redirect:/cases/" + id;
  }

  @PostMapping("/cases/{id}/reopen")
  String reopen(@PathVariable UUID id, RedirectAttributes redirect) {
    registry.reopen(new CaseId(id), Actors.required());
    redirect.addFlashAttribute("flash", "Ärendet är öppnat igen.");
    return "redirect:/cases/" + id;
  }

  private String form(
      Model model, Actor actor, CaseForm form, Map<String, String> errors, CaseView existing) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("existing", existing);
    model.addAttribute(
        "partyRows", java.util.stream.IntStream.range(0, CaseForm.PARTY_ROWS).boxed().toList());
    addChoices(model, actor);
    return "registry/case-form";
  }

  private void addChoices(Model model, Actor actor) {
    model.addAttribute(
        "organisations",
        organisations.all().stream().filter(o -> actor.belongsTo(o.id())).toList());
    model.addAttribute("classes", scheme.current());
    model.addAttribute("officers", staff.workingFor(actor.organisations()));
    model.addAttribute("secretFieldChoices", SecretField.values());
  }

  private String defaultOrganisation(Actor actor) {
    return organisations.all().stream()
        .filter(o -> actor.belongsTo(o.id()))
        .findFirst()
        .map(o -> o.id().value())
        .orElse("");
  }
}
