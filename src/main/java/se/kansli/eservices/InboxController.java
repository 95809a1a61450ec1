package se.kansli.eservices;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import se.kansli.shared.Actor;
import se.kansli.shared.Actors;
import se.kansli.shared.FieldProblem;
import se.kansli.shared.InvalidInput;

/** The officers' pages: an officer group's inbox with bulk actions and CSV, and a submission. */
@Controller
class InboxController {

  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
  private static final DateTimeFormatter RECEIVED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SWEDEN);

  private final Inbox inbox;
  private final OfficerGroups groups;

  InboxController(Inbox inbox, OfficerGroups groups) {
    this.inbox = inbox;
    this.groups = groups;
  }

  @GetMapping("/eservices/inbox")
  String inbox(
      @RequestParam(required = false) String group,
      @RequestParam(required = false) String filter,
      @RequestParam(defaultValue = "newest") String sort,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    return inboxPage(model, group, filter, sort, page, Map.of(), Map.of());
  }

  @GetMapping("/eservices/inbox/export.csv")
  ResponseEntity<byte[]> csv(
      @RequestParam String group,
      @RequestParam(required = false) String filter,
      @RequestParam(defaultValue = "newest") String sort) {
    Actor actor = Actors.required();
    InboxFilter f = InboxFilter.of(filter);
    List<InboxRow> rows = inbox.all(OfficerGroup.parse(group), f, "oldest".equals(sort), actor);
    StringBuilder csv = new StringBuilder(Csv.BOM);
    csv.append("Ärendenummer;E-tjänst;Inkommen;Status;Handläggare;Sista dag;Försenad\r\n");
    for (InboxRow r : rows) {
      csv.append(Csv.cell(r.caseNumber()))
          .append(';')
          .append(Csv.cell(r.eService()))
          .append(';')
          .append(RECEIVED.format(r.submittedAt()))
          .append(';')
          .append(Csv.cell(r.status()))
          .append(';')
          .append(Csv.cell(r.assignedName() == null ? "" : r.assignedName()))
          .append(';')
          .append(r.dueOn())
          .append(';')
          .append(r.overdue() ? "Försenad" : "")
          .append("\r\n");
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"inkorg-" + f.name().toLowerCase() + ".csv\"")
        .body(csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Take, assign or change the status of every ticked submission: all of them or none. */
  @PostMapping("/eservices/inbox/bulk")
  String bulk(
      @RequestParam String group,
      @RequestParam(required = false) String filter,
      @RequestParam(defaultValue = "newest") String sort,
      @RequestParam(required = false) List<UUID> ids,
      @RequestParam(defaultValue = "") String action,
      @RequestParam(required = false) String assignee,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String comment,
      Model model,
      RedirectAttributes r) {
    Actor actor = Actors.required();
    int done;
    try {
      done =
          switch (action) {
            case "take" -> inbox.assignAll(ids, null, actor);
            case "assign" -> inbox.assignAll(ids, member(assignee), actor);
            case "status" -> inbox.changeStatusAll(ids, status, comment, actor);
            default -> throw new InvalidInput("action", "Välj vad som ska göras.");
          };
    } catch (FieldProblem e) {
      Map<String, String> form = new HashMap<>();
      form.put("status", status == null ? "" : status);
      form.put("comment", comment == null ? "" : comment);
      form.put("assignee", assignee == null ? "" : assignee);
      return inboxPage(
          model, group, filter, sort, 0, form, Map.of(bulkField(e.field()), e.getMessage()));
    }
    r.addFlashAttribute("flash", done + (done == 1 ? " ärende ändrat." : " ärenden ändrade."));
    return "redirect:" + inboxUrl(group, filter, sort);
  }

  @GetMapping("/eservices/inbox/{id}")
  String submission(@PathVariable UUID id, Model model) {
    return submissionPage(model, id, Map.of(), Map.of());
  }

  @PostMapping("/eservices/inbox/{id}/take")
  String take(@PathVariable UUID id, Model model, RedirectAttributes r) {
    return act(
        model,
        id,
        Map.of(),
        r,
        "Ärendet är ditt.",
        () -> inbox.assign(id, null, Actors.required()));
  }

  @PostMapping("/eservices/inbox/{id}/assign")
  String assign(
      @PathVariable UUID id,
      @RequestParam(required = false) String assignee,
      Model model,
      RedirectAttributes r) {
    return act(
        model,
        id,
        Map.of("assignee", assignee == null ? "" : assignee),
        r,
        "Ärendet är tilldelat.",
        () -> inbox.assign(id, member(assignee), Actors.required()));
  }

  @PostMapping("/eservices/inbox/{id}/status")
  String status(
      @PathVariable UUID id,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String comment,
      Model model,
      RedirectAttributes r) {
    return act(
        model,
        id,
        Map.of("status", status == null ? "" : status, "comment", comment == null ? "" : comment),
        r,
        "Ärendet har fått statusen " + status + ".",
        () -> inbox.changeStatus(id, status, comment, Actors.required()));
  }

  private String act(
      Model model,
      UUID id,
      Map<String, String> form,
      RedirectAttributes r,
      String done,
      Runnable command) {
    try {
      command.run();
    } catch (FieldProblem e) {
      return submissionPage(model, id, form, Map.of(e.field(), e.getMessage()));
    }
    r.addFlashAttribute("flash", done);
    return "redirect:/eservices/inbox/" + id;
  }

  private String inboxPage(
      Model model,
      String group,
      String filter,
      String sort,
      int page,
      Map<String, String> form,
      Map<String, String> errors) {
    Actor actor = Actors.required();
    List<OfficerGroup> visible = groups.visibleTo(actor);
    OfficerGroup chosen =
        group == null || group.isBlank()
            ? visible.stream().findFirst().orElse(null)
            : OfficerGroup.parse(group);
    InboxFilter f = InboxFilter.of(filter);
    boolean oldestFirst = "oldest".equals(sort);
    model.addAttribute("groups", visible);
    model.addAttribute("group", chosen);
    model.addAttribute("filter", f);
    model.addAttribute("filters", InboxFilter.values());
    model.addAttribute("sort", oldestFirst ? "oldest" : "newest");
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    if (chosen != null) {
      InboxPage result = inbox.list(chosen, f, oldestFirst, page, actor);
      model.addAttribute("inbox", result);
      model.addAttribute("members", groups.members(chosen, actor));
      model.addAttribute("statuses", inbox.statuses(chosen, actor));
    }
    return "eservices/handling/inbox";
  }

  private String submissionPage(
      Model model, UUID id, Map<String, String> form, Map<String, String> errors) {
    Actor actor = Actors.required();
    SubmissionView s = inbox.get(id, actor);
    model.addAttribute("s", s);
    model.addAttribute("members", inbox.assignees(id, actor));
    model.addAttribute("mayTake", groups.isMember(s.group(), actor.userId()));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "eservices/handling/submission";
  }

  private static String bulkField(String field) {
    return switch (field) {
      case "status", "comment", "assignee" -> "bulk-" + field;
      default -> "bulk-action";
    };
  }

  private static UUID member(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput("assignee", "Välj vem som ska handlägga ärendet.");
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("assignee", "Välj vem som ska handlägga ärendet.");
    }
  }

  static String inboxUrl(String group, String filter, String sort) {
    return UriComponentsBuilder.fromPath("/eservices/inbox")
        .queryParam("group", group)
        .queryParam("filter", InboxFilter.of(filter).name())
        .queryParam("sort", sort)
        .encode()
        .toUriString();
  }
}
