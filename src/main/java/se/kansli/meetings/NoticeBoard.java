package se.kansli.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.organisations.Organisation;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.shared.Actor;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;

/**
 * The notice board (anslagstavla). Kommunallagen 8 kap. 12 §: the attestation of a body's minutes
 * is announced on the board no later than the second day after attestation, saying where the
 * minutes are kept and the day it was posted, and stays until the appeal period (13 kap. 5 §, three
 * weeks from posting) has run out. The platform posts as soon as the minutes are attested.
 */
@Service
public class NoticeBoard {

  static final int HISTORY_MONTHS = 12;

  private static final Logger log = LoggerFactory.getLogger(NoticeBoard.class);

  private final Notices notices;
  private final Meetings meetings;
  private final OrganisationDirectory organisations;
  private final SwedishCalendar calendar;
  private final NoticeBoardProperties properties;

  NoticeBoard(
      Notices notices,
      Meetings meetings,
      OrganisationDirectory organisations,
      SwedishCalendar calendar,
      NoticeBoardProperties properties) {
    this.notices = notices;
    this.meetings = meetings;
    this.organisations = organisations;
    this.calendar = calendar;
    this.properties = properties;
  }

  /** Posts the notice of attested minutes today; false if the meeting already has one. */
  @Transactional
  boolean post(MinutesAttested attested) {
    return post(attested, today());
  }

  @Transactional
  boolean post(MinutesAttested attested, LocalDate today) {
    LocalDate attestedOn = LocalDate.ofInstant(attested.attestedAt(), SwedishCalendar.ZONE);
    LocalDate postedOn = today.isBefore(attestedOn) ? attestedOn : today;
    NoticeDates dates = NoticeDates.of(attestedOn, postedOn, calendar);
    String warning = dates.postedLate() ? lateWarning(dates) : null;
    boolean posted =
        notices.insert(
            new Notices.StoredNotice(
                attested.meeting(),
                attested.organisation(),
                attested.bodyName(),
                attested.meetingDate(),
                dates,
                Instant.now(),
                properties.keptAt(attested.organisation()),
                attested.sealedSha256(),
                warning,
                null));
    if (posted && warning != null) {
      log.warn("Late notice for meeting {}: {}", attested.meeting(), warning);
    }
    return posted;
  }

  private static String lateWarning(NoticeDates dates) {
    return "Anslaget sattes upp "
        + dates.postedOn()
        + ", efter sista dagen "
        + dates.postingDeadline()
        + " enligt kommunallagen 8 kap. 12 §. Överklagandetiden räknas från den dag anslaget"
        + " sattes upp.";
  }

  /** Posts every attested meeting that has no notice yet; returns how many. */
  @Transactional
  int postMissing() {
    return postMissing(today());
  }

  @Transactional
  int postMissing(LocalDate today) {
    int posted = 0;
    for (MinutesAttested attested : notices.attestedWithoutNotice()) {
      if (post(attested, today)) {
        posted++;
      }
    }
    return posted;
  }

  /** Takes down the notices whose appeal period has run out; they stay as the record. */
  @Transactional
  int takeDownDue() {
    return notices.takeDownDue(today());
  }

  /** One organisation's board as the public sees it; no login. */
  @Transactional(readOnly = true)
  public NoticeBoardView board(OrganisationId id) {
    Organisation board = organisations.get(id);
    String[] shown = shownOn(board).toArray(String[]::new);
    Map<String, String> names = names();
    return new NoticeBoardView(
        board.id().value(),
        board.name(),
        notices.up(shown).stream().map(n -> view(n, names)).toList(),
        notices.takenDownSince(shown, today().minusMonths(HISTORY_MONTHS)).stream()
            .map(n -> view(n, names))
            .toList());
  }

  /** The notices on the boards of the actor's organisations, up now or lately taken down. */
  @Transactional(readOnly = true)
  public List<StaffNotice> forStaff(Actor actor) {
    Set<String> shown = new LinkedHashSet<>();
    for (OrganisationId id : actor.organisations()) {
      organisations.find(id).ifPresent(board -> shown.addAll(shownOn(board)));
    }
    String[] organisationIds = shown.toArray(String[]::new);
    Map<String, String> names = names();
    return Stream.concat(
            notices.up(organisationIds).stream(),
            notices.takenDownSince(organisationIds, today().minusMonths(HISTORY_MONTHS)).stream())
        .map(n -> new StaffNotice(view(n, names), n.dates().postingDeadline(), n.lateWarning()))
        .toList();
  }

  /** The signed minutes, to anyone, but only while their notice is on the board. */
  @Transactional(readOnly = true)
  public MinutesPdf minutes(MeetingId meeting) {
    Notices.StoredNotice notice =
        notices
            .find(meeting)
            .filter(Notices.StoredNotice::up)
            .orElseThrow(() -> new NotFound("Protokollet finns inte på anslagstavlan."));
    byte[] pdf =
        meetings
            .sealedMinutes(meeting)
            .orElseThrow(() -> new NotFound("Protokollet finns inte på anslagstavlan."));
    return new MinutesPdf(
        "protokoll-" + notice.bodyName() + "-" + notice.meetingDate() + ".pdf",
        pdf,
        notice.sealedSha256());
  }

  /**
   * The organisations whose notices go on this board: its own, and on a municipality's board also
   * the joint committee's. Every member of a municipality may appeal its decisions (Kommunallagen
   * 13 kap. 1 §), and a joint committee decides for each cooperating municipality, so the
   * attestation of its minutes is announced on each member's board; every municipality on the
   * platform is a member of the e-nämnd.
   */
  private Set<String> shownOn(Organisation board) {
    Set<String> shown = new LinkedHashSet<>();
    shown.add(board.id().value());
    if (board.kind() == Organisation.Kind.MUNICIPALITY) {
      organisations.all().stream()
          .filter(o -> o.kind() == Organisation.Kind.COMMITTEE)
          .forEach(o -> shown.add(o.id().value()));
    }
    return shown;
  }

  private Map<String, String> names() {
    return organisations.all().stream()
        .collect(Collectors.toMap(o -> o.id().value(), Organisation::name, (a, b) -> a));
  }

  private static NoticeView view(Notices.StoredNotice n, Map<String, String> names) {
    NoticeDates dates = n.dates();
    return new NoticeView(
        n.meeting(),
        n.organisation(),
        names.getOrDefault(n.organisation(), n.organisation()),
        n.bodyName(),
        n.meetingDate(),
        dates.attestedOn(),
        dates.postedOn(),
        dates.appealEndsOn(),
        dates.takeDownOn(),
        n.keptAt(),
        n.sealedSha256(),
        n.takenDownAt(),
        n.up() ? "/public/anslagstavla/protokoll/" + n.meeting() + ".pdf" : null,
        "/verify?sha256=" + n.sealedSha256());
  }

  private static LocalDate today() {
    return LocalDate.now(SwedishCalendar.ZONE);
  }
}
