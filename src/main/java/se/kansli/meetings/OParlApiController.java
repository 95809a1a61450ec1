package se.kansli.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The committee's and the municipalities' meetings as open data in OParl 1.1, the German standard
 * for council information that civic tools read: anonymous, read-only, and CORS-open as the
 * standard requires so that browser apps can use it directly.
 */
@RestController
@CrossOrigin(origins = "*")
@RequestMapping(OParlLinks.PATH)
@Tag(name = "OParl 1.1", description = "Öppna data om nämnder och sammanträden, utan inloggning")
class OParlApiController {

  private final OParlDirectory directory;
  private final OParlMeetings meetings;
  private final OParlPapers papers;

  OParlApiController(OParlDirectory directory, OParlMeetings meetings, OParlPapers papers) {
    this.directory = directory;
    this.meetings = meetings;
    this.papers = papers;
  }

  @GetMapping("/system")
  @Operation(summary = "The OParl entry point")
  OParlSystem system() {
    return directory.system();
  }

  @GetMapping("/bodies")
  @Operation(summary = "The committee and the municipalities")
  OParlList<OParlBody> bodies(
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit) {
    return directory.bodies(OParlPaging.of(page, limit));
  }

  @GetMapping("/body/{org}")
  OParlBody body(@PathVariable String org) {
    return directory.body(org);
  }

  @GetMapping("/body/{org}/organizations")
  @Operation(summary = "An organisation's decision-making bodies")
  OParlList<OParlOrganization> organizations(
      @PathVariable String org,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer limit) {
    return directory.organizations(org, OParlPaging.of(page, limit));
  }

  @GetMapping("/body/{org}/people")
  @Operation(summary = "The holders of seats in an organisation's bodies, by name only")
  OParlList<OParlPerson> people(
      @PathVariable String org,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer limit) {
    return directory.people(org, OParlPaging.of(page, limit));
  }

  @GetMapping("/body/{org}/memberships")
  OParlList<OParlMembership> memberships(
      @PathVariable String org,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer limit) {
    return directory.memberships(org, OParlPaging.of(page, limit));
  }

  @GetMapping("/body/{org}/legislativeTerms")
  OParlList<Object> legislativeTerms(
      @PathVariable String org,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer limit) {
    return directory.legislativeTerms(org, OParlPaging.of(page, limit));
  }

  @GetMapping("/body/{org}/meetings")
  @Operation(summary = "An organisation's meetings from their notice on")
  OParlList<OParlMeeting> meetings(
      @PathVariable String org,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer limit) {
    return meetings.meetings(org, OParlPaging.of(page, limit));
  }

  @GetMapping("/body/{org}/agendaItems")
  OParlList<OParlAgendaItem> agendaItems(
      @PathVariable String org,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer limit) {
    return meetings.agendaItems(org, OParlPaging.of(page, limit));
  }

  @GetMapping("/body/{org}/locations")
  OParlList<OParlLocation> locations(
      @PathVariable String org,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer limit) {
    return meetings.locations(org, OParlPaging.of(page, limit));
  }

  @GetMapping("/body/{org}/files")
  @Operation(summary = "The signed minutes of an organisation's meetings")
  OParlList<OParlFile> files(
      @PathVariable String org,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer limit) {
    return meetings.files(org, OParlPaging.of(page, limit));
  }

  @GetMapping("/body/{org}/papers")
  @Operation(summary = "The registry cases on an organisation's published agendas")
  OParlList<OParlPaper> papers(
      @PathVariable String org,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer limit) {
    return papers.papers(org, OParlPaging.of(page, limit));
  }

  @GetMapping("/body/{org}/consultations")
  OParlList<OParlConsultation> consultations(
      @PathVariable String org,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer limit) {
    return papers.consultations(org, OParlPaging.of(page, limit));
  }

  @GetMapping("/organization/{id}")
  OParlOrganization organization(@PathVariable UUID id) {
    return directory.organization(id);
  }

  @GetMapping("/organization/{id}/meetings")
  OParlList<OParlMeeting> organizationMeetings(
      @PathVariable UUID id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer limit) {
    return meetings.meetingsOfBody(id, OParlPaging.of(page, limit));
  }

  @GetMapping("/person/{id}")
  OParlPerson person(@PathVariable UUID id) {
    return directory.person(id);
  }

  @GetMapping("/membership/{id}")
  OParlMembership membership(@PathVariable UUID id) {
    return directory.membership(id);
  }

  @GetMapping("/meeting/{id}")
  OParlMeeting meeting(@PathVariable UUID id) {
    return meetings.meeting(id);
  }

  @GetMapping("/agendaItem/{id}")
  OParlAgendaItem agendaItem(@PathVariable UUID id) {
    return meetings.agendaItem(id);
  }

  @GetMapping("/location/{id}")
  OParlLocation location(@PathVariable UUID id) {
    return meetings.location(id);
  }

  @GetMapping("/paper/{id}")
  OParlPaper paper(@PathVariable UUID id) {
    return papers.paper(id);
  }

  @GetMapping("/consultation/{id}")
  OParlConsultation consultation(@PathVariable UUID id) {
    return papers.consultation(id);
  }

  @GetMapping("/file/{id}")
  @Operation(summary = "The signed minutes of a meeting, as an OParl File")
  OParlFile file(@PathVariable UUID id) {
    return meetings.file(id);
  }

  /** OParl's accessUrl: the PDF shown in the browser, so no attachment disposition. */
  @GetMapping("/file/{id}/content")
  ResponseEntity<byte[]> fileContent(@PathVariable UUID id) {
    OParlMeetings.Minutes minutes = meetings.minutes(id);
    return pdf(minutes, ContentDisposition.inline());
  }

  /** OParl's downloadUrl: the same PDF as an attachment with its file name. */
  @GetMapping("/file/{id}/download")
  @Operation(summary = "Download the signed minutes (PDF)")
  ResponseEntity<byte[]> fileDownload(@PathVariable UUID id) {
    OParlMeetings.Minutes minutes = meetings.minutes(id);
    return pdf(minutes, ContentDisposition.attachment());
  }

  private static ResponseEntity<byte[]> pdf(
      OParlMeetings.Minutes minutes, ContentDisposition.Builder disposition) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            disposition.filename(minutes.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(minutes.pdf());
  }
}
