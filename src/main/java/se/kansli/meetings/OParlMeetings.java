package se.kansli.meetings;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.shared.NotFound;

/** OParl's Meetings, AgendaItems, Locations and Files (the signed minutes). */
@Service
class OParlMeetings {

  private final OParlQueries queries;
  private final OParlDirectory directory;
  private final OParlLinks links;

  OParlMeetings(OParlQueries queries, OParlDirectory directory, OParlLinks links) {
    this.queries = queries;
    this.directory = directory;
    this.links = links;
  }

  @Transactional(readOnly = true)
  OParlList<OParlMeeting> meetings(String organisation, OParlPaging paging) {
    String org = directory.organisation(organisation).id().value();
    return paging.list(
        queries.meetingsOfOrganisation(org, paging.limit(), paging.offset()).stream()
            .map(this::meeting)
            .toList(),
        queries.meetingCountOfOrganisation(org),
        links.bodyList(org, "meetings"));
  }

  @Transactional(readOnly = true)
  OParlList<OParlMeeting> meetingsOfBody(UUID body, OParlPaging paging) {
    directory.organization(body);
    return paging.list(
        queries.meetingsOfBody(body, paging.limit(), paging.offset()).stream()
            .map(this::meeting)
            .toList(),
        queries.meetingCountOfBody(body),
        links.organizationMeetings(body));
  }

  @Transactional(readOnly = true)
  OParlMeeting meeting(UUID id) {
    return meeting(queries.meeting(id).orElseThrow(OParlMeetings::meetingNotFound));
  }

  @Transactional(readOnly = true)
  OParlList<OParlAgendaItem> agendaItems(String organisation, OParlPaging paging) {
    String org = directory.organisation(organisation).id().value();
    return paging.list(
        queries.itemsOfOrganisation(org, paging.limit(), paging.offset()).stream()
            .map(i -> item(i, true))
            .toList(),
        queries.itemCountOfOrganisation(org),
        links.bodyList(org, "agendaItems"));
  }

  @Transactional(readOnly = true)
  OParlAgendaItem agendaItem(UUID id) {
    return queries
        .item(id)
        .map(i -> item(i, true))
        .orElseThrow(() -> new NotFound("Ärendet finns inte på någon offentlig dagordning."));
  }

  @Transactional(readOnly = true)
  OParlList<OParlLocation> locations(String organisation, OParlPaging paging) {
    String org = directory.organisation(organisation).id().value();
    return paging.list(
        queries.meetingsOfOrganisation(org, paging.limit(), paging.offset()).stream()
            .map(this::location)
            .toList(),
        queries.meetingCountOfOrganisation(org),
        links.bodyList(org, "locations"));
  }

  /** Each meeting has its own location: the place is free text in the meeting plan. */
  @Transactional(readOnly = true)
  OParlLocation location(UUID meeting) {
    return location(queries.meeting(meeting).orElseThrow(OParlMeetings::meetingNotFound));
  }

  @Transactional(readOnly = true)
  OParlList<OParlFile> files(String organisation, OParlPaging paging) {
    String org = directory.organisation(organisation).id().value();
    return paging.list(
        queries.attestedMeetings(org, paging.limit(), paging.offset()).stream()
            .map(this::minutesFile)
            .toList(),
        queries.attestedMeetingCount(org),
        links.bodyList(org, "files"));
  }

  @Transactional(readOnly = true)
  OParlFile file(UUID meeting) {
    return queries
        .meeting(meeting)
        .filter(OParlQueries.MeetingRow::hasMinutes)
        .map(this::minutesFile)
        .orElseThrow(OParlMeetings::minutesNotFound);
  }

  /** The sealed PDF, with the name a client saves it under. */
  @Transactional(readOnly = true)
  Minutes minutes(UUID meeting) {
    OParlQueries.MeetingRow row =
        queries.meeting(meeting).orElseThrow(OParlMeetings::minutesNotFound);
    byte[] pdf = queries.sealedMinutes(meeting).orElseThrow(OParlMeetings::minutesNotFound);
    return new Minutes(fileName(row), pdf);
  }

  record Minutes(String fileName, byte[] pdf) {}

  private OParlMeeting meeting(OParlQueries.MeetingRow m) {
    boolean attested = m.status() == MeetingStatus.ATTESTED;
    List<OParlAgendaItem> items = queries.items(m.id()).stream().map(i -> item(i, false)).toList();
    return new OParlMeeting(
        links.meeting(m.id()),
        m.bodyName() + " " + m.date(),
        state(m.status()),
        m.status() == MeetingStatus.CANCELLED,
        StockholmTime.dateTime(m.date(), m.startsAt()),
        m.endsAt() == null ? null : StockholmTime.dateTime(m.date(), m.endsAt()),
        location(m),
        List.of(links.organization(m.body())),
        attested ? queries.participants(m.id()).stream().map(links::person).toList() : null,
        m.hasMinutes() ? minutesFile(m) : null,
        items,
        StockholmTime.dateTime(m.created()));
  }

  private OParlAgendaItem item(OParlQueries.ItemRow i, boolean standalone) {
    return new OParlAgendaItem(
        links.agendaItem(i.id()),
        standalone ? links.meeting(i.meeting()) : null,
        i.paragraph() == null ? null : i.paragraph().toString(),
        i.position(),
        i.name(),
        !i.confidential(),
        i.caseId() == null ? null : links.consultation(i.id()),
        i.decision());
  }

  private OParlLocation location(OParlQueries.MeetingRow m) {
    return new OParlLocation(links.location(m.id()), m.place());
  }

  private OParlFile minutesFile(OParlQueries.MeetingRow m) {
    String attested = StockholmTime.dateTime(m.attestedAt());
    return new OParlFile(
        links.file(m.id()),
        "Protokoll " + m.bodyName() + " " + m.date(),
        fileName(m),
        "application/pdf",
        StockholmTime.date(m.attestedAt()),
        m.minutesSize(),
        m.minutesSha512(),
        links.fileContent(m.id()),
        links.fileDownload(m.id()),
        List.of(links.meeting(m.id())),
        attested,
        attested);
  }

  private static String fileName(OParlQueries.MeetingRow m) {
    return "Protokoll " + m.bodyName() + " " + m.date() + ".pdf";
  }

  /** Swedish names for the states OParl leaves to the server. */
  private static String state(MeetingStatus status) {
    return switch (status) {
      case PLANNED -> "planerat";
      case NOTICE_SENT -> "kallat";
      case IN_ATTESTATION -> "genomfört, protokollet justeras";
      case ATTESTED -> "genomfört, protokollet justerat";
      case CANCELLED -> "inställt";
    };
  }

  private static NotFound meetingNotFound() {
    return new NotFound("Sammanträdet finns inte eller är inte kallat ännu.");
  }

  private static NotFound minutesNotFound() {
    return new NotFound("Sammanträdet har inget justerat protokoll.");
  }
}
