package se.kansli.followup;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kansli.organisations.Organisation;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.shared.Actor;
import se.kansli.shared.Actors;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

/** The budget pages: the years, one budget with its lines, split, chart and files. */
@Controller
class BudgetController {

  private final Budgets budgets;
  private final Allocations allocations;
  private final OrganisationDirectory organisations;
  private final BudgetExports exports;
  private final Actuals actuals;

  BudgetController(
      Budgets budgets,
      Allocations allocations,
      OrganisationDirectory organisations,
      BudgetExports exports,
      Actuals actuals) {
    this.actuals = actuals;
    this.budgets = budgets;
    this.allocations = allocations;
    this.organisations = organisations;
    this.exports = exports;
  }

  @GetMapping("/followup/budget")
  String list(Model model) {
    return list(model, Map.of(), Map.of());
  }

  @PostMapping("/followup/budget")
  String create(@RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
    Actor actor = Actors.required();
    try {
      Integer year = se.kansli.shared.FormValues.integer(form.get("year"), "year");
      if (year == null) {
        throw new InvalidInput("year", "Ange år.");
      }
      BudgetView created = budgets.create(form.get("organisation"), year, actor);
      r.addFlashAttribute("flash", "Budgeten för " + year + " är skapad.");
      return "redirect:/followup/budget/" + created.id();
    } catch (InvalidInput | Conflict e) {
      return list(model, form, Map.of(e.field(), e.getMessage()));
    }
  }

  @GetMapping("/followup/budget/{id}")
  String budget(@PathVariable UUID id, Model model) {
    return budget(model, id, new LinkedMultiValueMap<>(), Map.of());
  }

  @PostMapping("/followup/budget/{id}/lines")
  String addLine(
      @PathVariable UUID id,
      @RequestParam MultiValueMap<String, String> form,
      Model model,
      RedirectAttributes r) {
    try {
      budgets.addLine(id, BudgetForms.line(form), Actors.required());
      r.addFlashAttribute("flash", "Raden är tillagd.");
    } catch (InvalidInput | Conflict e) {
      return budget(model, id, form, Map.of(e.field(), e.getMessage()));
    }
    return "redirect:/followup/budget/" + id + "#lines";
  }

  @GetMapping("/followup/budget/{id}/lines/{line}")
  String editLine(@PathVariable UUID id, @PathVariable UUID line, Model model) {
    BudgetView budget = budgets.get(id, Actors.required());
    BudgetLineView l =
        budget.lines().stream()
            .filter(x -> x.id().equals(line))
            .findFirst()
            .orElseThrow(() -> new se.kansli.shared.NotFound("Budgetraden finns inte."));
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("kind", l.kind().name());
    form.add("name", l.name());
    form.add("amount", l.amount().number());
    form.add("allocationModel", l.allocationModel().name());
    if (l.fundedBy() != null) {
      form.add("fundedBy", l.fundedBy().toString());
    }
    l.percentages()
        .forEach((m, p) ->
            form.add("percent-" + m, p.stripTrailingZeros().toPlainString().replace('.', ',')));
    return lineForm(model, budget, l, form, Map.of());
  }

  @PostMapping("/followup/budget/{id}/lines/{line}")
  String updateLine(
      @PathVariable UUID id,
      @PathVariable UUID line,
      @RequestParam MultiValueMap<String, String> form,
      Model model,
      RedirectAttributes r) {
    Actor actor = Actors.required();
    try {
      budgets.updateLine(id, line, BudgetForms.line(form), actor);
      r.addFlashAttribute("flash", "Raden är sparad.");
    } catch (InvalidInput | Conflict e) {
      BudgetView budget = budgets.get(id, actor);
      BudgetLineView l =
          budget.lines().stream().filter(x -> x.id().equals(line)).findFirst().orElseThrow();
      return lineForm(model, budget, l, form, Map.of(e.field(), e.getMessage()));
    }
    return "redirect:/followup/budget/" + id + "#lines";
  }

  @PostMapping("/followup/budget/{id}/lines/{line}/delete")
  String removeLine(@PathVariable UUID id, @PathVariable UUID line, RedirectAttributes r) {
    budgets.removeLine(id, line, Actors.required());
    r.addFlashAttribute("flash", "Raden är borttagen.");
    return "redirect:/followup/budget/" + id + "#lines";
  }

  @PostMapping("/followup/budget/{id}/aki")
  String setAki(
      @PathVariable UUID id,
      @RequestParam MultiValueMap<String, String> form,
      Model model,
      RedirectAttributes r) {
    try {
      budgets.setAki(
          id,
          BudgetForms.decimal(form.getFirst("akiPercent"), "akiPercent", "AKI"),
          Actors.required());
      r.addFlashAttribute("flash", "AKI är sparat.");
    } catch (InvalidInput | Conflict e) {
      return budget(model, id, form, Map.of(e.field(), e.getMessage()));
    }
    return "redirect:/followup/budget/" + id + "#indexation";
  }

  @PostMapping("/followup/budget/{id}/next-year")
  String nextYear(@PathVariable UUID id, Model model, RedirectAttributes r) {
    try {
      BudgetView next = budgets.indexNextYear(id, Actors.required());
      r.addFlashAttribute(
          "flash", "Budgeten för " + next.year() + " är skapad från föregående års, indexerad.");
      return "redirect:/followup/budget/" + next.id();
    } catch (InvalidInput | Conflict e) {
      return budget(model, id, new LinkedMultiValueMap<>(), Map.of(e.field(), e.getMessage()));
    }
  }

  @PostMapping("/followup/budget/{id}/actuals")
  String importActuals(
      @PathVariable UUID id,
      @RequestParam(required = false) MultipartFile file,
      Model model,
      RedirectAttributes r) {
    try {
      if (file == null || file.isEmpty()) {
        throw new InvalidInput("file", "Välj en CSV-fil från ekonomisystemet.");
      }
      ImportResult result =
          actuals.importLedger(
              id, file.getOriginalFilename(), ActualsApiController.bytes(file), Actors.required());
      r.addFlashAttribute(
          "flash",
          "Utfall för månad "
              + result.months().stream().map(String::valueOf).collect(Collectors.joining(", "))
              + " är importerat från "
              + result.fileName()
              + ".");
    } catch (InvalidInput e) {
      return budget(model, id, new LinkedMultiValueMap<>(), Map.of(e.field(), e.getMessage()));
    }
    return "redirect:/followup/budget/" + id + "#actuals";
  }

  @PostMapping("/followup/budget/{id}/forecast")
  String setForecast(
      @PathVariable UUID id,
      @RequestParam MultiValueMap<String, String> form,
      Model model,
      RedirectAttributes r) {
    try {
      String line = form.getFirst("forecastLine");
      if (line == null || line.isBlank()) {
        throw new InvalidInput("forecastLine", "Välj rad.");
      }
      UUID lineId;
      try {
        lineId = UUID.fromString(line);
      } catch (IllegalArgumentException e) {
        throw new InvalidInput("forecastLine", "Välj rad.");
      }
      actuals.setForecast(
          id,
          lineId,
          BudgetForms.decimal(form.getFirst("forecastAmount"), "forecastAmount", "prognosen"),
          form.getFirst("forecastComment"),
          Actors.required());
      r.addFlashAttribute("flash", "Prognosen är sparad.");
    } catch (InvalidInput e) {
      // The service names the amount "amount", which on this page is the line form's field.
      String field = "amount".equals(e.field()) ? "forecastAmount" : e.field();
      return budget(model, id, form, Map.of(field, e.getMessage()));
    }
    return "redirect:/followup/budget/" + id + "#actuals";
  }

  @GetMapping("/followup/budget/{id}/allocation.csv")
  ResponseEntity<byte[]> allocationCsv(@PathVariable UUID id) {
    BudgetAllocation a = budgets.allocation(id, LineKind.COST, Actors.required());
    return BudgetExports.csv(
        BudgetExports.allocationCsv(a), "kostnad-per-kommun-" + a.budget().year() + ".csv");
  }

  @GetMapping("/followup/budget/{id}/invoice-basis.csv")
  ResponseEntity<byte[]> invoiceCsv(@PathVariable UUID id) {
    InvoiceBasis b = budgets.invoiceBasis(id, Actors.required());
    return BudgetExports.csv(
        BudgetExports.invoiceCsv(b), "fakturaunderlag-" + b.budget().year() + ".csv");
  }

  @GetMapping("/followup/budget/{id}/invoice-basis.pdf")
  ResponseEntity<byte[]> invoicePdf(@PathVariable UUID id) {
    InvoiceBasis b = budgets.invoiceBasis(id, Actors.required());
    return BudgetExports.file(
        exports.invoicePdf(b), "application/pdf", "fakturaunderlag-" + b.budget().year() + ".pdf");
  }

  private String list(Model model, Map<String, String> form, Map<String, String> errors) {
    Actor actor = Actors.required();
    model.addAttribute("budgets", budgets.list(actor));
    model.addAttribute(
        "organisations",
        actor.organisations().stream()
            .map(organisations::find)
            .flatMap(java.util.Optional::stream)
            .sorted(java.util.Comparator.comparing(Organisation::name))
            .toList());
    model.addAttribute("editor", editor(actor));
    Map<String, String> f = new HashMap<>(form);
    f.putIfAbsent("year", String.valueOf(java.time.Year.now().getValue() + 1));
    f.putIfAbsent(
        "organisation", actor.belongsTo(OrganisationId.of("e-namnden")) ? "e-namnden" : "");
    model.addAttribute("form", f);
    model.addAttribute("errors", errors);
    return "followup/budgets";
  }

  private String budget(
      Model model, UUID id, MultiValueMap<String, String> form, Map<String, String> errors) {
    Actor actor = Actors.required();
    BudgetView budget = budgets.get(id, actor);
    model.addAttribute("budget", budget);
    model.addAttribute("editor", editor(actor));
    model.addAttribute("municipalities", allocations.municipalities());
    model.addAttribute("fundables", allocations.fundable(budget.organisation()));
    model.addAttribute("models", AllocationModel.values());
    model.addAttribute("kinds", LineKind.values());
    model.addAttribute("form", form);
    model.addAttribute("errors", new HashMap<>(errors));
    model.addAttribute("outcome", actuals.outcome(id, actor));
    try {
      model.addAttribute("allocation", budgets.allocation(id, LineKind.COST, actor));
    } catch (InvalidInput e) {
      // A line that cannot be split (e.g. a population missing) is shown, not a broken page.
      model.addAttribute("allocationError", e.getMessage());
    }
    return "followup/budget";
  }

  private String lineForm(
      Model model,
      BudgetView budget,
      BudgetLineView line,
      MultiValueMap<String, String> form,
      Map<String, String> errors) {
    model.addAttribute("budget", budget);
    model.addAttribute("line", line);
    model.addAttribute("municipalities", allocations.municipalities());
    model.addAttribute("fundables", allocations.fundable(budget.organisation()));
    model.addAttribute("models", AllocationModel.values());
    model.addAttribute("kinds", LineKind.values());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "followup/line";
  }

  private static boolean editor(Actor actor) {
    return actor.has(Role.ADMINISTRATOR) || actor.has(Role.COMMITTEE_SECRETARY);
  }
}
