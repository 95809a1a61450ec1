package se.kansli.portfolio;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kansli.organisations.Organisation;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.platform.SwedishTime;
import se.kansli.shared.Actor;
import se.kansli.shared.Actors;
import se.kansli.shared.FieldProblem;

/** The status item for a period: its text to copy, and filing it for a meeting's agenda. */
@Controller
class StatusController {

  private final StatusReports statuses;
  private final OrganisationDirectory organisations;

  StatusController(StatusReports statuses, OrganisationDirectory organisations) {
    this.statuses = statuses;
    this.organisations = organisations;
  }

  @GetMapping("/portfolio/status")
  String status(
      @RequestParam(required = false) String organisation,
      @RequestParam(required = false) String period,
      Model model) {
    return page(model, organisation, period, Map.of(), Map.of());
  }

  @PostMapping("/portfolio/status/file")
  String file(@RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
    try {
      StatusFiling filing =
          statuses.file(
              new FileStatusItem(
                  form.get("organisation"),
                  form.get("period"),
                  form.get("meetingId"),
                  form.get("caseNumber"),
                  form.get("classificationCode")),
              Actors.required());
      r.addFlashAttribute(
          "flash",
          "Statusrapporten är diarieförd i ärende "
              + filing.caseNumber()
              + " och ligger på sammanträdets dagordning.");
      return "redirect:/meetings/" + filing.meetingId();
    } catch (FieldProblem e) {
      return page(
          model,
          form.get("organisation"),
          form.get("period"),
          form,
          Map.of(e.field(), e.getMessage()));
    }
  }

  private String page(
      Model model,
      String organisation,
      String period,
      Map<String, String> form,
      Map<String, String> errors) {
    Actor actor = Actors.required();
    List<Organisation> mine =
        organisations.all().stream().filter(o -> actor.belongsTo(o.id())).toList();
    String org =
        organisation != null && !organisation.isBlank()
            ? organisation
            : mine.isEmpty() ? null : mine.getFirst().id().value();
    String p =
        period == null || period.isBlank()
            ? YearMonth.from(LocalDate.now(SwedishTime.ZONE)).toString()
            : period;
    model.addAttribute("organisations", mine);
    model.addAttribute("organisation", org);
    model.addAttribute("period", p);
    model.addAttribute("item", org == null ? null : statuses.item(org, p, actor));
    model.addAttribute("editor", InitiativeController.coordinator(actor) && actor.mayRegister());
    model.addAttribute("meetings", org == null ? List.of() : statuses.plannedMeetings(org, actor));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "portfolio/status";
  }
}
