package se.kansli.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.kansli.shared.Actors;

/** Bodies, meetings, agendas and minutes over REST, for the caller's organisations only. */
@RestController
@Tag(name = "Meetings", description = "Nämnder, sammanträden och protokoll")
class MeetingApiController {

  private final BodyDirectory bodies;
  private final MeetingPlanner planner;
  private final MeetingMinutes minutes;
  private final MeetingNotices notices;
  private final MinutesAttestation attestation;
  private final AttendanceStatistics statistics;
  private final MinutesExtracts extracts;
  private final MinutesSupplements supplements;
  private final MinutesDrafts drafts;

  MeetingApiController(
      BodyDirectory bodies,
      MeetingPlanner planner,
      MeetingMinutes minutes,
      MeetingNotices notices,
      MinutesAttestation attestation,
      AttendanceStatistics statistics,
      MinutesExtracts extracts,
      MinutesSupplements supplements,
      MinutesDrafts drafts) {
    this.bodies = bodies;
    this.planner = planner;
    this.minutes = minutes;
    this.notices = notices;
    this.attestation = attestation;
    this.statistics = statistics;
    this.extracts = extracts;
    this.supplements = supplements;
    this.drafts = drafts;
  }

  record Correction(AgendaItemId item, String correction) {}

  @PostMapping("/api/meetings/{id}/items/{item}/immediate-attestation")
  @Operation(summary = "Send one § for immediate attestation by the chair and the attesters")
  MinutesSupplements.Sent attestImmediately(
      @PathVariable MeetingId id, @PathVariable AgendaItemId item) {
    return supplements.attestImmediately(id, item, Actors.required());
  }

  @PostMapping("/api/meetings/{id}/corrections")
  @Operation(summary = "Correct attested minutes with a new, signed document linked to them")
  MinutesSupplements.Sent correct(@PathVariable MeetingId id, @RequestBody Correction body) {
    return supplements.correct(id, body.item(), body.correction(), Actors.required());
  }

  @GetMapping("/api/meetings/{id}/supplements")
  List<SupplementView> supplements(@PathVariable MeetingId id) {
    return supplements.of(id, Actors.required());
  }

  @GetMapping(path = "/api/meetings/{id}/supplements/{supplement}", produces = "application/pdf")
  ResponseEntity<byte[]> supplement(
      @PathVariable MeetingId id, @PathVariable java.util.UUID supplement) {
    return supplements.pdf(id, supplement, Actors.required()).response();
  }

  @PostMapping("/api/meetings/{id}/drafts")
  @Operation(summary = "Keep the minutes as the next draft version and e-mail it to the attesters")
  ResponseEntity<DraftVersion> circulate(@PathVariable MeetingId id) {
    DraftVersion draft = drafts.circulate(id, Actors.required());
    return ResponseEntity.created(URI.create("/api/meetings/" + id + "/drafts/" + draft.number()))
        .body(draft);
  }

  @GetMapping("/api/meetings/{id}/drafts")
  @Operation(summary = "The circulated drafts of the minutes: number, when, by whom, SHA-256")
  List<DraftVersion> drafts(@PathVariable MeetingId id) {
    return drafts.versions(id, Actors.required());
  }

  @GetMapping("/api/meetings/{id}/drafts/changes")
  @Operation(summary = "What changed in the minutes since the last circulated draft")
  List<MinutesChange> changes(@PathVariable MeetingId id) {
    return drafts.changes(id, Actors.required());
  }

  @GetMapping(path = "/api/meetings/{id}/drafts/{version}", produces = "application/pdf")
  @Operation(summary = "A circulated draft of the minutes, the PDF exactly as it was e-mailed")
  ResponseEntity<byte[]> draftPdf(@PathVariable MeetingId id, @PathVariable int version) {
    return drafts.pdf(id, version, Actors.required()).response();
  }

  @GetMapping(path = "/api/meetings/{id}/items/{item}/extract", produces = "application/pdf")
  @Operation(summary = "The certified extract of one item of attested minutes, as PDF/A")
  ResponseEntity<byte[]> extract(@PathVariable MeetingId id, @PathVariable AgendaItemId item) {
    return extracts.extract(id, item, Actors.required()).response();
  }

  @PostMapping("/api/meetings/{id}/extracts")
  @Operation(summary = "Register each item's extract in its case and e-mail it to the recipients")
  List<MinutesExtracts.Dispatched> dispatch(@PathVariable MeetingId id) {
    return extracts.dispatch(id, Actors.required());
  }

  @GetMapping("/api/bodies/{id}/attendance")
  @Operation(summary = "Members' attendance per meeting and for the year")
  AttendanceStatistics.YearAttendance attendance(
      @PathVariable BodyId id, @RequestParam(required = false) Integer year) {
    return statistics.year(id, year == null ? LocalDate.now().getYear() : year, Actors.required());
  }

  @PostMapping("/api/meetings/{id}/attestation-order")
  @Operation(summary = "Send the checked minutes to the chair and the attesters for signing")
  AttestationSent sendForAttestation(@PathVariable MeetingId id) {
    return attestation.send(id, Actors.required());
  }

  @GetMapping(path = "/api/meetings/{id}/minutes", produces = "application/pdf")
  @Operation(summary = "The minutes as PDF/A: the draft, or the sealed PDF once attested")
  ResponseEntity<byte[]> minutesPdf(@PathVariable MeetingId id) {
    return attestation.minutes(id, Actors.required()).response();
  }

  record AddItem(String caseNumber) {}

  record MoveItem(Integer step) {}

  record Numbering(Integer first) {}

  record Attestation(List<SeatId> attesters, String place, LocalDate date) {}

  @GetMapping("/api/bodies")
  List<BodyView> bodies() {
    return bodies.list(Actors.required());
  }

  @PostMapping("/api/bodies")
  @Operation(summary = "Create a body (nämnd) of one of your organisations")
  ResponseEntity<BodyView> createBody(@RequestBody NewBody body) {
    BodyView created = bodies.create(body, Actors.required());
    return ResponseEntity.created(URI.create("/api/bodies/" + created.id())).body(created);
  }

  @GetMapping("/api/bodies/{id}")
  BodyView body(@PathVariable BodyId id) {
    return bodies.get(id, Actors.required());
  }

  @PostMapping("/api/bodies/{id}/seats")
  @Operation(summary = "Add a member or substitute for a term of office")
  BodyView addSeat(@PathVariable BodyId id, @RequestBody NewSeat seat) {
    return bodies.addSeat(id, seat, Actors.required());
  }

  @GetMapping("/api/meetings")
  List<MeetingView> meetings(@RequestParam(required = false) Integer year) {
    return planner.year(year == null ? LocalDate.now().getYear() : year, Actors.required());
  }

  @PostMapping("/api/bodies/{id}/meetings")
  @Operation(summary = "Plan a meeting of the body")
  ResponseEntity<MeetingView> plan(@PathVariable BodyId id, @RequestBody PlanMeeting plan) {
    MeetingView created = planner.plan(id, plan, Actors.required());
    return ResponseEntity.created(URI.create("/api/meetings/" + created.id())).body(created);
  }

  @GetMapping("/api/meetings/{id}")
  MeetingView meeting(@PathVariable MeetingId id) {
    return planner.get(id, Actors.required());
  }

  @PutMapping("/api/meetings/{id}/schedule")
  MeetingView reschedule(@PathVariable MeetingId id, @RequestBody PlanMeeting plan) {
    return planner.reschedule(id, plan, Actors.required());
  }

  @PostMapping("/api/meetings/{id}/cancel")
  MeetingView cancel(@PathVariable MeetingId id) {
    return planner.cancel(id, Actors.required());
  }

  @PostMapping("/api/meetings/{id}/items")
  @Operation(summary = "Put a registry case on the agenda by its case number")
  MeetingView addItem(@PathVariable MeetingId id, @RequestBody AddItem item) {
    return planner.addCase(id, item.caseNumber(), Actors.required());
  }

  @PostMapping("/api/meetings/{id}/items/{item}/move")
  MeetingView move(
      @PathVariable MeetingId id, @PathVariable AgendaItemId item, @RequestBody MoveItem move) {
    return planner.move(id, item, move.step() == null ? 0 : move.step(), Actors.required());
  }

  @DeleteMapping("/api/meetings/{id}/items/{item}")
  MeetingView remove(@PathVariable MeetingId id, @PathVariable AgendaItemId item) {
    return planner.remove(id, item, Actors.required());
  }

  @PutMapping("/api/meetings/{id}/items/{item}/minutes")
  @Operation(summary = "Write an item's decision, proceedings, vote, dissents and recipients")
  MeetingView writeItem(
      @PathVariable MeetingId id, @PathVariable AgendaItemId item, @RequestBody ItemMinutes body) {
    return minutes.writeItem(id, item, body, Actors.required());
  }

  @PostMapping("/api/meetings/{id}/notice")
  @Operation(summary = "E-mail the notice to members and substitutes and publish it")
  MeetingView notice(@PathVariable MeetingId id) {
    return notices.send(id, Actors.required());
  }

  @PostMapping("/api/meetings/{id}/numbering")
  @Operation(summary = "Give the unnumbered items the next § numbers of the body's year")
  MeetingView number(@PathVariable MeetingId id, @RequestBody(required = false) Numbering body) {
    return minutes.numberItems(id, body == null ? null : body.first(), Actors.required());
  }

  @PutMapping("/api/meetings/{id}/attendance")
  MeetingView attendance(@PathVariable MeetingId id, @RequestBody RecordAttendance body) {
    return minutes.recordAttendance(id, body, Actors.required());
  }

  @PutMapping("/api/meetings/{id}/attestation")
  @Operation(summary = "Choose the attesters and when and where the minutes are attested")
  MeetingView attestation(@PathVariable MeetingId id, @RequestBody Attestation body) {
    return minutes.attestation(id, body.attesters(), body.place(), body.date(), Actors.required());
  }

  @GetMapping("/api/meetings/{id}/check")
  @Operation(summary = "What the minutes still lack under Kommunallagen 5 kap. 67 §")
  List<MinutesCheck.Problem> check(@PathVariable MeetingId id) {
    return minutes.check(id, Actors.required());
  }
}
