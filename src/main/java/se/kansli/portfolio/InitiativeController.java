package se.kansli.portfolio;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
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
import se.kansli.shared.FormValues;
import se.kansli.shared.Role;

/** The coordinator's pages for an initiative: its facts, participants, directive and statuses. */
@Controller
class InitiativeController {

  private final Initiatives initiatives;
  private final StatusReports statuses;
  private final PortfolioDecisions decisions;
  private final OrganisationDirectory organisations;

  InitiativeController(
      Initiatives initiatives,
      StatusReports statuses,
      PortfolioDecisions decisions,
      OrganisationDirectory organisations) {
    this.initiatives = initiatives;
    this.statuses = statuses;
    this.decisions = decisions;
    this.organisations = organisations;
  }

  @GetMapping("/portfolio/initiatives/{id}")
  String initiative(@PathVariable String id, Model model) {
    return page(model, InitiativeId.of(id), null, Map.of());
  }

  @PostMapping("/portfolio/initiatives/{id}")
  String update(
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    InitiativeId initiative = InitiativeId.of(id);
    return act(
        model,
        initiative,
        form,
        r,
        "Initiativet är sparat.",
        UnaryOperator.identity(),
        () -> initiatives.update(initiative, InitiativeForm.read(form), Actors.required()));
  }

  @PostMapping("/portfolio/initiatives/{id}/participations")
  String join(
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    InitiativeId initiative = InitiativeId.of(id);
    return act(
        model,
        initiative,
        form,
        r,
        "Deltagandet är registrerat.",
        UnaryOperator.identity(),
        () ->
            initiatives.join(
                initiative,
                form.get("municipality"),
                FormValues.date(form.get("joinedOn"), "joinedOn"),
                FormValues.date(form.get("leftOn"), "leftOn"),
                "true".equals(form.get("coFinancing")),
                Actors.required()));
  }

  @PostMapping("/portfolio/initiatives/{id}/participations/{participation}/leave")
  String leave(
      @PathVariable String id,
      @PathVariable UUID participation,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    return act(
        model,
        InitiativeId.of(id),
        form,
        r,
        "Utträdet är registrerat.",
        field -> field + "-" + participation,
        () ->
            initiatives.leave(
                participation, FormValues.date(form.get("leftOn"), "leftOn"), Actors.required()));
  }

  @PostMapping("/portfolio/initiatives/{id}/participations/{participation}/remove")
  String remove(
      @PathVariable String id,
      @PathVariable UUID participation,
      Model model,
      RedirectAttributes r) {
    return act(
        model,
        InitiativeId.of(id),
        Map.of(),
        r,
        "Perioden är borttagen.",
        UnaryOperator.identity(),
        () -> initiatives.removeParticipation(participation, Actors.required()));
  }

  @PostMapping("/portfolio/initiatives/{id}/directive")
  String revise(
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    InitiativeId initiative = InitiativeId.of(id);
    return act(
        model,
        initiative,
        form,
        r,
        "Direktivets nya revision är registrerad.",
        UnaryOperator.identity(),
        () ->
            initiatives.revise(
                initiative,
                new DirectiveRevision(
                    form.get("revision"),
                    form.get("scope"),
                    FormValues.date(form.get("decidedOn"), "decidedOn"),
                    form.get("decidedBy")),
                Actors.required()));
  }

  @PostMapping("/portfolio/initiatives/{id}/milestones")
  String milestone(
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    InitiativeId initiative = InitiativeId.of(id);
    return act(
        model,
        initiative,
        form,
        r,
        "Milstolpen är registrerad.",
        UnaryOperator.identity(),
        () ->
            initiatives.addMilestone(
                initiative,
                form.get("title"),
                FormValues.date(form.get("dueOn"), "dueOn"),
                FormValues.date(form.get("doneOn"), "doneOn"),
                Actors.required()));
  }

  @PostMapping("/portfolio/initiatives/{id}/milestones/{milestone}/done")
  String milestoneDone(
      @PathVariable String id,
      @PathVariable UUID milestone,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    InitiativeId initiative = InitiativeId.of(id);
    return act(
        model,
        initiative,
        form,
        r,
        "Milstolpen är klar.",
        field -> field.startsWith("doneOn") ? "doneOn-" + milestone : field,
        () ->
            initiatives.milestoneDone(
                initiative,
                milestone,
                FormValues.date(form.get("doneOn"), "doneOn"),
                Actors.required()));
  }

  @PostMapping("/portfolio/initiatives/{id}/statuses")
  String status(
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    InitiativeId initiative = InitiativeId.of(id);
    return act(
        model,
        initiative,
        form,
        r,
        "Statusen är sparad.",
        UnaryOperator.identity(),
        () -> statuses.report(initiative, form.get("period"), form.get("text"), Actors.required()));
  }

  @PostMapping("/portfolio/initiatives/{id}/decisions")
  String decision(
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    InitiativeId initiative = InitiativeId.of(id);
    return act(
        model,
        initiative,
        form,
        r,
        "Beslutet är kopplat till initiativet.",
        UnaryOperator.identity(),
        () ->
            decisions.link(
                initiative,
                new DecisionChoice(
                    form.get("caseNumber"),
                    form.get("meetingId"),
                    FormValues.integer(form.get("paragraph"), "paragraph")),
                Actors.required()));
  }

  private String act(
      Model model,
      InitiativeId initiative,
      Map<String, String> form,
      RedirectAttributes r,
      String done,
      UnaryOperator<String> field,
      Supplier<InitiativeView> command) {
    try {
      command.get();
    } catch (FieldProblem e) {
      return page(model, initiative, form, Map.of(field.apply(e.field()), e.getMessage()));
    }
    r.addFlashAttribute("flash", done);
    return "redirect:/portfolio/initiatives/" + initiative;
  }

  private String page(
      Model model, InitiativeId id, Map<String, String> form, Map<String, String> errors) {
    Actor actor = Actors.required();
    InitiativeView initiative = initiatives.get(id, actor);
    model.addAttribute("initiative", initiative);
    model.addAttribute("editor", coordinator(actor));
    model.addAttribute("kinds", InitiativeKind.values());
    model.addAttribute("phases", InitiativePhase.values());
    model.addAttribute(
        "municipalities",
        organisations.all().stream()
            .filter(o -> o.kind() == Organisation.Kind.MUNICIPALITY)
            .toList());
    // The initiative's own values beside what was posted, so that an error in one form does not
    // empty the others.
    Map<String, String> values = new java.util.HashMap<>(InitiativeForm.of(initiative));
    if (form != null) {
      values.putAll(form);
    }
    model.addAttribute("form", values);
    model.addAttribute("errors", errors);
    model.addAttribute("today", LocalDate.now(SwedishTime.ZONE));
    return "portfolio/initiative";
  }

  static boolean coordinator(Actor actor) {
    return actor.has(Role.ADMINISTRATOR) || actor.has(Role.COMMITTEE_SECRETARY);
  }
}
