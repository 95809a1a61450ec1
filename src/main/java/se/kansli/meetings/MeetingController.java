package se.kansli.meetings;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kansli.shared.Actor;
import se.kansli.shared.Actors;
import se.kansli.shared.Conflict;
import se.kansli.shared.FormValues;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.Role;

/** The committee secretary's pages: bodies, the meeting plan, agendas and minutes. */
@Controller
class MeetingController {

  private final BodyDirectory bodies;
  private final MeetingPlanner planner;
  private final MeetingMinutes minutes;
  private final MeetingNotices notices;
  private final MeetingPages pages;
  private final MinutesAttestation attestation;
  private final MinutesExtracts extracts;
  private final MinutesSupplements supplements;
  private final MinutesDrafts drafts;
  private final List<ItemSubjects> subjects;

  MeetingController(
      BodyDirectory bodies,
      MeetingPlanner planner,
      MeetingMinutes minutes,
      MeetingNotices notices,
      MeetingPages pages,
      MinutesAttestation attestation,
      MinutesExtracts extracts,
      MinutesSupplements supplements,
      MinutesDrafts drafts,
      List<ItemSubjects> subjects) {
    this.subjects = subjects;
    this.bodies = bodies;
    this.planner = planner;
    this.minutes = minutes;
    this.notices = notices;
    this.pages = pages;
    this.attestation = attestation;
    this.extracts = extracts;
    this.supplements = supplements;
    this.drafts = drafts;
  }

  @PostMapping("/meetings/{id}/items/{item}/immediate-attestation")
  String attestImmediately(
      @PathVariable MeetingId id,
      @PathVariable AgendaItemId item,
      Model model,
      RedirectAttributes r) {
    try {
      var sent = supplements.attestImmediately(id, item, Actors.required());
      r.addFlashAttribute("flash", "Paragrafen är skickad för omedelbar justering.");
      r.addFlashAttribute("signerLinks", sent.signerLinks());
    } catch (InvalidInput | Conflict e) {
      return meeting(model, id, Map.of(), Map.of(e.field(), e.getMessage()));
    }
    return "redirect:/meetings/" + id + "#supplements";
  }

  @PostMapping("/meetings/{id}/corrections")
  String correct(
      @PathVariable MeetingId id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    try {
      var sent =
          supplements.correct(
              id,
              form.getOrDefault("item", "").isBlank() ? null : AgendaItemId.of(form.get("item")),
              form.get("correction"),
              Actors.required());
      r.addFlashAttribute("flash", "Rättelsen är skickad till ordföranden och justerarna.");
      r.addFlashAttribute("signerLinks", sent.signerLinks());
    } catch (InvalidInput | Conflict e) {
      return meeting(model, id, form, Map.of(e.field(), e.getMessage()));
    }
    return "redirect:/meetings/" + id + "#supplements";
  }

  @GetMapping("/meetings/{id}/supplements/{supplement}.pdf")
  org.springframework.http.ResponseEntity<byte[]> supplement(
      @PathVariable MeetingId id, @PathVariable java.util.UUID supplement) {
    return supplements.pdf(id, supplement, Actors.required()).response();
  }

  @PostMapping("/meetings/{id}/drafts")
  String circulate(@PathVariable MeetingId id, Model model, RedirectAttributes r) {
    try {
      DraftVersion draft = drafts.circulate(id, Actors.required());
      r.addFlashAttribute(
          "flash",
          "Utkast "
              + draft.number()
              + " av protokollet är sparat"
              + (draft.sentTo().isEmpty()
                  ? "; ingen fick det med e-post."
                  : " och skickat till " + draft.sentTo() + "."));
    } catch (InvalidInput | Conflict e) {
      // The section's own anchor, so that the error summary leads to the button that failed.
      return meeting(model, id, Map.of(), Map.of("drafts", e.getMessage()));
    }
    return "redirect:/meetings/" + id + "#drafts";
  }

  @GetMapping("/meetings/{id}/drafts/{version}.pdf")
  org.springframework.http.ResponseEntity<byte[]> draftPdf(
      @PathVariable MeetingId id, @PathVariable int version) {
    return drafts.pdf(id, version, Actors.required()).response();
  }

  @GetMapping("/meetings/{id}/items/{item}/extract.pdf")
  org.springframework.http.ResponseEntity<byte[]> extract(
      @PathVariable MeetingId id, @PathVariable AgendaItemId item) {
    return extracts.extract(id, item, Actors.required()).response();
  }

  @PostMapping("/meetings/{id}/extracts")
  String dispatch(@PathVariable MeetingId id, Model model, RedirectAttributes r) {
    try {
      var done = extracts.dispatch(id, Actors.required());
      r.addFlashAttribute(
          "flash",
          done.isEmpty()
              ? "Alla utdrag var redan expedierade."
              : done.size() + " utdrag är registrerade i ärendena och expedierade.");
    } catch (InvalidInput | Conflict e) {
      return meeting(model, id, Map.of(), Map.of(e.field(), e.getMessage()));
    }
    return "redirect:/meetings/" + id + "#extracts";
  }

  @PostMapping("/meetings/{id}/send-for-attestation")
  String sendForAttestation(@PathVariable MeetingId id, Model model, RedirectAttributes r) {
    try {
      AttestationSent sent = attestation.send(id, Actors.required());
      r.addFlashAttribute("flash", "Protokollet är skickat till ordföranden och justerarna.");
      r.addFlashAttribute("signerLinks", sent.signerLinks());
    } catch (InvalidInput | Conflict e) {
      return meeting(model, id, Map.of(), Map.of(e.field(), e.getMessage()));
    }
    return "redirect:/meetings/" + id;
  }

  @GetMapping("/meetings/{id}/minutes.pdf")
  org.springframework.http.ResponseEntity<byte[]> minutesPdf(@PathVariable MeetingId id) {
    return attestation.minutes(id, Actors.required()).response();
  }

  @GetMapping("/meetings")
  String list(@RequestParam(required = false) Integer year, Model model) {
    return overview(model, year, Map.of(), Map.of());
  }

  @PostMapping("/meetings/bodies")
  String createBody(@RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
    Actor actor = Actors.required();
    try {
      BodyView body =
          bodies.create(
              new NewBody(
                  form.get("organisation"),
                  form.get("name"),
                  form.get("shortName"),
                  form.get("secretaryName"),
                  form.get("secretaryEmail")),
              actor);
      r.addFlashAttribute("flash", "Nämnden " + body.name() + " är skapad.");
      return "redirect:/meetings/bodies/" + body.id();
    } catch (InvalidInput | Conflict e) {
      return overview(model, null, form, Map.of(e.field(), e.getMessage()));
    }
  }

  @PostMapping("/meetings")
  String plan(@RequestParam Map<String, String> form, Model model, RedirectAttributes r) {
    Actor actor = Actors.required();
    try {
      BodyId body = BodyId.of(form.getOrDefault("body", ""));
      MeetingView meeting = planner.plan(body, planMeeting(form), actor);
      r.addFlashAttribute("flash", "Sammanträdet är planerat.");
      return "redirect:/meetings/" + meeting.id();
    } catch (InvalidInput | Conflict e) {
      return overview(model, null, form, Map.of(e.field(), e.getMessage()));
    }
  }

  @GetMapping("/meetings/bodies/{id}")
  String body(@PathVariable BodyId id, Model model) {
    return body(model, id, Map.of(), Map.of());
  }

  @PostMapping("/meetings/bodies/{id}/seats")
  String addSeat(
      @PathVariable BodyId id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    Actor actor = Actors.required();
    try {
      bodies.addSeat(
          id,
          new NewSeat(
              form.get("personName"),
              form.get("email"),
              form.containsKey("kind") && !form.get("kind").isBlank()
                  ? SeatKind.valueOf(form.get("kind"))
                  : null,
              form.containsKey("office") && !form.get("office").isBlank()
                  ? Office.valueOf(form.get("office"))
                  : null,
              form.get("represents"),
              form.get("party"),
              FormValues.date(form.get("termFrom"), "termFrom"),
              FormValues.date(form.get("termTo"), "termTo"),
              form.get("personalIdentityNumber")),
          actor);
      r.addFlashAttribute("flash", form.get("personName") + " är tillagd.");
      return "redirect:/meetings/bodies/" + id;
    } catch (InvalidInput | Conflict e) {
      return body(model, id, form, Map.of(e.field(), e.getMessage()));
    }
  }

  @GetMapping("/meetings/{id}")
  String meeting(@PathVariable MeetingId id, Model model) {
    return meeting(model, id, Map.of(), Map.of());
  }

  @PostMapping("/meetings/{id}/schedule")
  String reschedule(
      @PathVariable MeetingId id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    return act(
        id,
        form,
        model,
        r,
        "Tid och plats är ändrade.",
        () -> planner.reschedule(id, planMeeting(form), Actors.required()));
  }

  @PostMapping("/meetings/{id}/items")
  String addItem(
      @PathVariable MeetingId id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    return act(
        id,
        form,
        model,
        r,
        "Ärendet är tillagt på föredragningslistan.",
        () -> planner.addCase(id, form.get("caseNumber"), Actors.required()));
  }

  @PostMapping("/meetings/{id}/items/{item}/move")
  String move(
      @PathVariable MeetingId id,
      @PathVariable AgendaItemId item,
      @RequestParam int step,
      Model model,
      RedirectAttributes r) {
    return act(
        id,
        Map.of(),
        model,
        r,
        "Ordningen är ändrad.",
        () -> planner.move(id, item, step, Actors.required()));
  }

  @PostMapping("/meetings/{id}/items/{item}/remove")
  String remove(
      @PathVariable MeetingId id,
      @PathVariable AgendaItemId item,
      Model model,
      RedirectAttributes r) {
    return act(
        id,
        Map.of(),
        model,
        r,
        "Ärendet är borttaget från föredragningslistan.",
        () -> planner.remove(id, item, Actors.required()));
  }

  @PostMapping("/meetings/{id}/notice")
  String notice(@PathVariable MeetingId id, Model model, RedirectAttributes r) {
    return act(
        id,
        Map.of(),
        model,
        r,
        "Kallelsen är skickad och publicerad.",
        () -> notices.send(id, Actors.required()));
  }

  @PostMapping("/meetings/{id}/number")
  String number(
      @PathVariable MeetingId id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes r) {
    return act(
        id,
        form,
        model,
        r,
        "Paragraferna är numrerade.",
        () ->
            minutes.numberItems(
                id, FormValues.integer(form.get("first"), "first"), Actors.required()));
  }

  @PostMapping("/meetings/{id}/attendance")
  String attendance(
      @PathVariable MeetingId id,
      @RequestParam MultiValueMap<String, String> form,
      Model model,
      RedirectAttributes r) {
    return act(
        id,
        form.toSingleValueMap(),
        model,
        r,
        "Närvaron är sparad.",
        () -> minutes.recordAttendance(id, AttendanceForm.read(form), Actors.required()));
  }

  @PostMapping("/meetings/{id}/attestation")
  String attestation(
      @PathVariable MeetingId id,
      @RequestParam MultiValueMap<String, String> form,
      Model model,
      RedirectAttributes r) {
    return act(
        id,
        form.toSingleValueMap(),
        model,
        r,
        "Justeringen är bestämd.",
        () ->
            minutes.attestation(
                id,
                form.getOrDefault("attesters", List.of()).stream().map(SeatId::of).toList(),
                form.getFirst("attestationPlace"),
                FormValues.date(form.getFirst("attestationDate"), "attestationDate"),
                Actors.required()));
  }

  @GetMapping("/meetings/{id}/items/{item}")
  String item(@PathVariable MeetingId id, @PathVariable AgendaItemId item, Model model) {
    MeetingView meeting = planner.get(id, Actors.required());
    AgendaItemView view =
        meeting.item(item).orElseThrow(() -> new se.kansli.shared.NotFound("Okänt ärende."));
    return pages.item(model, meeting, view, view.minutes(), Map.of());
  }

  /** Points the item at the initiative or shared service it concerns (kept by the portfolio). */
  @PostMapping("/meetings/{id}/items/{item}/subjects")
  String pointItem(
      @PathVariable MeetingId id,
      @PathVariable AgendaItemId item,
      @RequestParam(required = false) String subject,
      Model model,
      RedirectAttributes r) {
    Actor actor = Actors.required();
    MeetingView meeting = planner.get(id, actor);
    AgendaItemView view =
        meeting.item(item).orElseThrow(() -> new se.kansli.shared.NotFound("Okänt ärende."));
    UUID chosen = uuidOrNull(subject);
    try {
      if (chosen == null || subjects.stream().noneMatch(s -> s.point(id, item, chosen, actor))) {
        throw new InvalidInput("subject", "Välj ett initiativ eller en gemensam tjänst.");
      }
    } catch (InvalidInput | Conflict e) {
      return pages.item(model, meeting, view, view.minutes(), Map.of("subject", e.getMessage()));
    }
    r.addFlashAttribute("flash", "Ärendet är kopplat.");
    return "redirect:/meetings/" + id + "/items/" + item + "#subjects";
  }

  @PostMapping("/meetings/{id}/items/{item}")
  String writeItem(
      @PathVariable MeetingId id,
      @PathVariable AgendaItemId item,
      @RequestParam MultiValueMap<String, String> form,
      Model model,
      RedirectAttributes r) {
    Actor actor = Actors.required();
    MeetingView meeting = planner.get(id, actor);
    AgendaItemView view =
        meeting.item(item).orElseThrow(() -> new se.kansli.shared.NotFound("Okänt ärende."));
    ItemMinutes written = null;
    try {
      written = ItemForm.read(form);
      minutes.writeItem(id, item, written, actor);
    } catch (InvalidInput | Conflict e) {
      return pages.item(
          model,
          meeting,
          view,
          written == null ? view.minutes() : written,
          Map.of(e.field(), e.getMessage()));
    }
    r.addFlashAttribute("flash", "Protokollet för ärendet är sparat.");
    return "redirect:/meetings/" + id + "#item-" + item;
  }

  private static UUID uuidOrNull(String value) {
    try {
      return value == null || value.isBlank() ? null : UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private String act(
      MeetingId id,
      Map<String, String> form,
      Model model,
      RedirectAttributes r,
      String done,
      Supplier<MeetingView> command) {
    try {
      command.get();
    } catch (InvalidInput | Conflict e) {
      return meeting(model, id, form, Map.of(e.field(), e.getMessage()));
    }
    r.addFlashAttribute("flash", done);
    return "redirect:/meetings/" + id;
  }

  private String overview(
      Model model, Integer year, Map<String, String> form, Map<String, String> errors) {
    Actor actor = Actors.required();
    int shown = year == null ? LocalDate.now().getYear() : year;
    model.addAttribute("year", shown);
    model.addAttribute("meetings", planner.year(shown, actor));
    model.addAttribute("bodies", bodies.list(actor));
    model.addAttribute("organisations", pages.organisationsOf(actor));
    model.addAttribute("secretary", secretary(actor));
    model.addAttribute("form", new HashMap<>(form));
    model.addAttribute("errors", errors);
    return "meetings/meetings";
  }

  private String body(
      Model model, BodyId id, Map<String, String> form, Map<String, String> errors) {
    Actor actor = Actors.required();
    model.addAttribute("body", bodies.get(id, actor));
    model.addAttribute("organisations", pages.allOrganisations());
    model.addAttribute("secretary", secretary(actor));
    model.addAttribute("form", new HashMap<>(form));
    model.addAttribute("errors", errors);
    return "meetings/body";
  }

  private String meeting(
      Model model, MeetingId id, Map<String, String> form, Map<String, String> errors) {
    Actor actor = Actors.required();
    model.addAttribute("supplements", supplements.of(id, actor));
    return pages.meeting(model, planner.get(id, actor), secretary(actor), form, errors);
  }

  static boolean secretary(Actor actor) {
    return actor.has(Role.COMMITTEE_SECRETARY) || actor.has(Role.ADMINISTRATOR);
  }

  static PlanMeeting planMeeting(Map<String, String> form) {
    return new PlanMeeting(
        FormValues.date(form.get("date"), "date"),
        FormValues.time(form.get("startsAt"), "startsAt"),
        FormValues.time(form.get("endsAt"), "endsAt"),
        form.get("place"),
        form.containsKey("remote"));
  }
}
