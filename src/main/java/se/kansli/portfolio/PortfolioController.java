package se.kansli.portfolio;

import java.time.LocalDate;
import java.util.List;
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

/** The coordinator's pages for the shared services and who takes part in them. */
@Controller
class PortfolioController {

  private final SharedServices services;
  private final Initiatives initiatives;
  private final StatusReports statuses;
  private final PortfolioDecisions decisions;
  private final Agreements agreements;
  private final OrganisationDirectory organisations;
  private final List<ServiceFunding> funding;

  PortfolioController(
      SharedServices services,
      Initiatives initiatives,
      StatusReports statuses,
      PortfolioDecisions decisions,
      Agreements agreements,
      OrganisationDirectory organisations,
      List<ServiceFunding> funding) {
    this.services = services;
    this.initiatives = initiatives;
    this.statuses = statuses;
    this.decisions = decisions;
    this.agreements = agreements;
    this.organisations = organisations;
    this.funding = funding;
  }

  /**
   * The portfolio; {@code day} shows the agreements' deadlines as they stood on another day (the
   * demo's agreements are those of the seed's 2022).
   */
  @GetMapping("/portfolio")
  String portfolio(@RequestParam(required = false) String day, Model model) {
    model.addAttribute("day", FormValues.date(day, "day"));
    return portfolio(model, Map.of(), Map.of());
  }

  @PostMapping("/portfolio/services")
  String create(@RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
    try {
      ServiceView created = services.create(ServiceForm.read(form, null), Actors.required());
      r.addFlashAttribute("flash", "Tjänsten " + created.name() + " är skapad.");
      return "redirect:/portfolio/services/" + created.id();
    } catch (FieldProblem e) {
      return portfolio(model, form, Map.of(e.field(), e.getMessage()));
    }
  }

  @PostMapping("/portfolio/initiatives")
  String createInitiative(
      @RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
    try {
      InitiativeView created = initiatives.create(InitiativeForm.read(form), Actors.required());
      r.addFlashAttribute("flash", "Initiativet " + created.name() + " är skapat.");
      return "redirect:/portfolio/initiatives/" + created.id();
    } catch (FieldProblem e) {
      // The new initiative's fields have their own ids on the page, beside the new service's.
      model.addAttribute("initiativeForm", form);
      return portfolio(model, Map.of(), Map.of("initiative-" + e.field(), e.getMessage()));
    }
  }

  @PostMapping("/portfolio/services/{id}/statuses")
  String status(
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    ServiceId service = ServiceId.of(id);
    return act(
        model,
        service,
        form,
        r,
        "Statusen är sparad.",
        UnaryOperator.identity(),
        () -> {
          statuses.report(service, form.get("period"), form.get("text"), Actors.required());
          return null;
        });
  }

  @PostMapping("/portfolio/services/{id}/decisions")
  String decision(
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    ServiceId service = ServiceId.of(id);
    return act(
        model,
        service,
        form,
        r,
        "Beslutet är kopplat till tjänsten.",
        UnaryOperator.identity(),
        () -> {
          decisions.link(
              service,
              new DecisionChoice(
                  form.get("caseNumber"),
                  form.get("meetingId"),
                  FormValues.integer(form.get("paragraph"), "paragraph")),
              Actors.required());
          return null;
        });
  }

  @GetMapping("/portfolio/services/{id}")
  String service(@PathVariable String id, Model model) {
    return service(model, ServiceId.of(id), null, Map.of());
  }

  @PostMapping("/portfolio/services/{id}")
  String update(
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    ServiceId service = ServiceId.of(id);
    return act(
        model,
        service,
        form,
        r,
        "Tjänsten är sparad.",
        UnaryOperator.identity(),
        () -> services.update(service, ServiceForm.read(form, null), Actors.required()));
  }

  @PostMapping("/portfolio/services/{id}/participations")
  String join(
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    ServiceId service = ServiceId.of(id);
    return act(
        model,
        service,
        form,
        r,
        "Deltagandet är registrerat.",
        UnaryOperator.identity(),
        () ->
            services.join(
                service,
                form.get("municipality"),
                FormValues.date(form.get("joinedOn"), "joinedOn"),
                FormValues.date(form.get("leftOn"), "leftOn"),
                Actors.required()));
  }

  @PostMapping("/portfolio/services/{id}/participations/{participation}/leave")
  String leave(
      @PathVariable String id,
      @PathVariable UUID participation,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    return act(
        model,
        ServiceId.of(id),
        form,
        r,
        "Utträdet är registrerat.",
        // Each row has its own day field: the error goes beside that row's field.
        field -> field + "-" + participation,
        () ->
            services.leave(
                participation, FormValues.date(form.get("leftOn"), "leftOn"), Actors.required()));
  }

  @PostMapping("/portfolio/services/{id}/participations/{participation}/remove")
  String remove(
      @PathVariable String id,
      @PathVariable UUID participation,
      Model model,
      RedirectAttributes r) {
    return act(
        model,
        ServiceId.of(id),
        Map.of(),
        r,
        "Perioden är borttagen.",
        UnaryOperator.identity(),
        () -> services.remove(participation, Actors.required()));
  }

  /** Runs a command on the service's page: back to the page, or the page again with the error. */
  private String act(
      Model model,
      ServiceId service,
      Map<String, String> form,
      RedirectAttributes r,
      String done,
      UnaryOperator<String> field,
      Supplier<ServiceView> command) {
    try {
      command.get();
    } catch (FieldProblem e) {
      return service(model, service, form, Map.of(field.apply(e.field()), e.getMessage()));
    }
    r.addFlashAttribute("flash", done);
    return "redirect:/portfolio/services/" + service;
  }

  private String portfolio(Model model, Map<String, String> form, Map<String, String> errors) {
    Actor actor = Actors.required();
    model.addAttribute("services", services.list(actor));
    model.addAttribute("initiatives", initiatives.list(actor));
    model.addAttribute("kinds", InitiativeKind.values());
    model.addAttribute("phases", InitiativePhase.values());
    if (!model.containsAttribute("initiativeForm")) {
      model.addAttribute("initiativeForm", Map.of());
    }
    model.addAttribute("organisations", kept(actor));
    model.addAttribute("stages", ServiceStage.values());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    LocalDate today = LocalDate.now(SwedishTime.ZONE);
    model.addAttribute("today", today);
    // The agreements: their own block on the page.
    LocalDate day = model.getAttribute("day") instanceof LocalDate d ? d : today;
    model.addAttribute("day", day);
    model.addAttribute("agreements", agreements.list(actor));
    model.addAttribute("deadlines", agreements.upcoming(day, actor));
    model.addAttribute("horizon", agreements.horizon());
    model.addAttribute("coordinator", coordinator(actor));
    return "portfolio/portfolio";
  }

  private String service(
      Model model, ServiceId id, Map<String, String> form, Map<String, String> errors) {
    Actor actor = Actors.required();
    ServiceView service = services.get(id, actor);
    model.addAttribute("service", service);
    model.addAttribute(
        "funding", funding.stream().flatMap(f -> f.linesFunding(id.value()).stream()).toList());
    model.addAttribute("editor", coordinator(actor));
    model.addAttribute("stages", ServiceStage.values());
    model.addAttribute(
        "municipalities",
        organisations.all().stream()
            .filter(o -> o.kind() == Organisation.Kind.MUNICIPALITY)
            .toList());
    // The service's own values beside what was posted, so that an error in one form does not
    // empty the others.
    Map<String, String> values = new java.util.HashMap<>(ServiceForm.of(service));
    if (form != null) {
      values.putAll(form);
    }
    model.addAttribute("form", values);
    model.addAttribute("statuses", statuses.statuses(id.value()));
    model.addAttribute("decisions", decisions.decisions(id.value()));
    model.addAttribute("errors", errors);
    model.addAttribute("today", LocalDate.now(SwedishTime.ZONE));
    model.addAttribute("agreementsBehind", agreements.behind(id, actor));
    return "portfolio/service";
  }

  /** The organisations in which the actor may keep the portfolio. */
  private List<Organisation> kept(Actor actor) {
    if (!coordinator(actor)) {
      return List.of();
    }
    return organisations.all().stream().filter(o -> actor.belongsTo(o.id())).toList();
  }

  private static boolean coordinator(Actor actor) {
    return actor.has(Role.ADMINISTRATOR) || actor.has(Role.COMMITTEE_SECRETARY);
  }
}
