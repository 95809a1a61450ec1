package se.kansli.followup;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kansli.meetings.MeetingId;
import se.kansli.shared.Actor;
import se.kansli.shared.Actors;
import se.kansli.shared.FieldProblem;
import se.kansli.shared.FormValues;
import se.kansli.shared.InvalidInput;

/**
 * The reports' pages: the list with a new report, and a report with its text, filing and agenda.
 */
@Controller
class ReportController {

  private final FollowUpReports reports;
  private final FollowUpPages pages;

  ReportController(FollowUpReports reports, FollowUpPages pages) {
    this.reports = reports;
    this.pages = pages;
  }

  @GetMapping("/followup/reports")
  String list(Model model) {
    return overview(model, Map.of(), Map.of());
  }

  @PostMapping("/followup/reports")
  String create(@RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
    try {
      ReportView report =
          reports.create(
              new NewReport(
                  form.get("organisation"),
                  FormValues.integer(form.get("year"), "year"),
                  kind(form.get("kind")),
                  FormValues.integer(form.get("throughMonth"), "throughMonth"),
                  form.get("title")),
              Actors.required());
      r.addFlashAttribute("flash", report.title() + " är skapad.");
      return "redirect:/followup/reports/" + report.id();
    } catch (FieldProblem e) {
      return overview(model, form, Map.of(e.field(), e.getMessage()));
    }
  }

  @GetMapping("/followup/reports/{id}")
  String report(@PathVariable ReportId id, Model model) {
    return page(model, id, Map.of(), Map.of());
  }

  @PostMapping("/followup/reports/{id}/texts")
  String texts(
      @PathVariable ReportId id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    return act(
        id,
        form,
        model,
        r,
        "Texten är sparad.",
        () ->
            reports.updateTexts(
                id,
                form.get("title"),
                new ReportTexts(
                    form.get("summary"),
                    form.get("events"),
                    form.get("financialComment"),
                    form.get("proposal")),
                Actors.required()));
  }

  @PostMapping("/followup/reports/{id}/registration")
  String register(
      @PathVariable ReportId id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    return act(
        id,
        form,
        model,
        r,
        "Rapporten är diarieförd.",
        () ->
            reports.register(
                id,
                new RegisterReport(form.get("caseNumber"), form.get("classificationCode")),
                Actors.required()));
  }

  @PostMapping("/followup/reports/{id}/agenda")
  String agenda(
      @PathVariable ReportId id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    return act(
        id,
        form,
        model,
        r,
        "Ärendet är lagt på dagordningen.",
        () -> {
          String meeting = form.get("meeting");
          if (meeting == null || meeting.isBlank()) {
            throw new InvalidInput("meeting", "Välj sammanträde.");
          }
          return reports.addToAgenda(id, MeetingId.of(meeting), Actors.required());
        });
  }

  @GetMapping("/followup/reports/{id}/pdf")
  ResponseEntity<byte[]> pdf(@PathVariable ReportId id) {
    FollowUpReports.ReportFile file = reports.pdf(id, Actors.required());
    return BudgetExports.file(file.bytes(), "application/pdf", file.fileName());
  }

  private String act(
      ReportId id,
      Map<String, String> form,
      Model model,
      RedirectAttributes r,
      String done,
      Supplier<?> command) {
    try {
      command.get();
    } catch (FieldProblem e) {
      return page(model, id, form, Map.of(e.field(), e.getMessage()));
    }
    r.addFlashAttribute("flash", done);
    return "redirect:/followup/reports/" + id;
  }

  private static ReportKind kind(String value) {
    try {
      return ReportKind.valueOf(value == null ? "" : value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("kind", "Välj delårsrapport eller årsrapport.");
    }
  }

  private String overview(Model model, Map<String, String> form, Map<String, String> errors) {
    Actor actor = Actors.required();
    model.addAttribute("reports", reports.list(actor));
    model.addAttribute("organisations", pages.own(actor));
    model.addAttribute("kinds", ReportKind.values());
    model.addAttribute("editor", OperationalPlans.mayEdit(actor));
    model.addAttribute("thisYear", LocalDate.now().getYear());
    model.addAttribute("form", new HashMap<>(form));
    model.addAttribute("errors", errors);
    return "followup/reports";
  }

  private String page(
      Model model, ReportId id, Map<String, String> form, Map<String, String> errors) {
    Actor actor = Actors.required();
    ReportContent content = reports.content(id, actor);
    model.addAttribute("content", content);
    model.addAttribute("report", content.report());
    model.addAttribute("meetings", reports.meetingsFor(id, actor));
    model.addAttribute("editor", OperationalPlans.mayEdit(actor));
    model.addAttribute("registrar", actor.mayRegister());
    model.addAttribute("form", new HashMap<>(form));
    model.addAttribute("errors", errors);
    return "followup/report";
  }
}
