package se.kansli.followup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.kansli.meetings.MeetingId;
import se.kansli.meetings.MeetingView;
import se.kansli.shared.Actors;

/** Interim and annual reports over REST. */
@RestController
@Tag(name = "Follow-up", description = "Delårsrapport och årsrapport")
class ReportApiController {

  private final FollowUpReports reports;

  ReportApiController(FollowUpReports reports) {
    this.reports = reports;
  }

  record Texts(
      String title, String summary, String events, String financialComment, String proposal) {}

  record AgendaRequest(MeetingId meeting) {}

  @GetMapping("/api/reports")
  List<ReportView> list() {
    return reports.list(Actors.required());
  }

  @PostMapping("/api/reports")
  @Operation(summary = "Start an interim or annual report of an organisation's year")
  ResponseEntity<ReportView> create(@RequestBody NewReport body) {
    ReportView report = reports.create(body, Actors.required());
    return ResponseEntity.created(URI.create("/api/reports/" + report.id())).body(report);
  }

  @GetMapping("/api/reports/{id}")
  @Operation(
      summary = "The report with its goal follow-up and financial statement to the period end")
  ReportContent get(@PathVariable ReportId id) {
    return reports.content(id, Actors.required());
  }

  @PutMapping("/api/reports/{id}/texts")
  @Operation(summary = "The committee's text of a report not yet filed")
  ReportView texts(@PathVariable ReportId id, @RequestBody Texts body) {
    return reports.updateTexts(
        id,
        body.title(),
        new ReportTexts(body.summary(), body.events(), body.financialComment(), body.proposal()),
        Actors.required());
  }

  @GetMapping("/api/reports/{id}/pdf")
  @Operation(summary = "The report as PDF/A: the filed document, or a draft before filing")
  ResponseEntity<byte[]> pdf(@PathVariable ReportId id) {
    FollowUpReports.ReportFile file = reports.pdf(id, Actors.required());
    return BudgetExports.file(file.bytes(), "application/pdf", file.fileName());
  }

  @PostMapping("/api/reports/{id}/registration")
  @Operation(
      summary =
          "File the report as a document in an open case or a new one; a retry returns the"
              + " first filing")
  ReportView register(@PathVariable ReportId id, @RequestBody RegisterReport body) {
    return reports.register(id, body, Actors.required());
  }

  @PostMapping("/api/reports/{id}/agenda")
  @Operation(summary = "Put the filed report's case on a meeting's agenda")
  MeetingView agenda(@PathVariable ReportId id, @RequestBody AgendaRequest body) {
    return reports.addToAgenda(id, body.meeting(), Actors.required());
  }
}
