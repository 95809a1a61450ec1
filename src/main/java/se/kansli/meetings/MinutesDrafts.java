package se.kansli.meetings;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.shared.Actor;
import se.kansli.shared.NotFound;
import se.kansli.shared.Sha256;

/**
 * Drafts of the minutes circulated before attestation. Each circulated draft becomes a numbered
 * version that keeps what the minutes said and the PDF that was e-mailed to the chair and the
 * attesters; every later correction is then shown against the last version, so that the secretary
 * sees what the attesters have not yet read before sending the minutes for attestation.
 */
@Service
public class MinutesDrafts {

  private final MeetingPlanner planner;
  private final MinutesDocument documents;
  private final MinutesAttestation attestation;
  private final MinutesVersions versions;
  private final DraftMail mail;

  MinutesDrafts(
      MeetingPlanner planner,
      MinutesDocument documents,
      MinutesAttestation attestation,
      MinutesVersions versions,
      DraftMail mail) {
    this.planner = planner;
    this.documents = documents;
    this.attestation = attestation;
    this.versions = versions;
    this.mail = mail;
  }

  /**
   * Stores the minutes as they stand as the next version and e-mails its PDF to the chair and the
   * attesters. Only while the minutes can still change: attested minutes and minutes sent for
   * attestation are refused.
   */
  @Transactional
  public DraftVersion circulate(MeetingId id, Actor actor) {
    // Locks the meeting row: the version number is taken and the text read under one lock.
    planner.editable(id, actor);
    MeetingView meeting = planner.get(id, actor);
    byte[] pdf = documents.minutes(meeting, attestation.hostName(meeting));
    List<SeatView> readers = mail.readers(meeting);
    DraftVersion draft =
        versions.insert(
            id,
            versions.next(id),
            circulatedBy(actor),
            readers.stream()
                .map(r -> r.personName() + " <" + r.email() + ">")
                .collect(Collectors.joining(", ")),
            MinutesSnapshot.of(meeting),
            pdf,
            Sha256.of(pdf));
    mail.send(meeting, draft, pdf, readers);
    return draft;
  }

  /** Every circulated version, the first first. */
  @Transactional(readOnly = true)
  public List<DraftVersion> versions(MeetingId id, Actor actor) {
    planner.get(id, actor);
    return versions.of(id);
  }

  /** What changed since the last circulated version; empty when none was circulated. */
  @Transactional(readOnly = true)
  public List<MinutesChange> changes(MeetingId id, Actor actor) {
    MeetingView meeting = planner.get(id, actor);
    return versions
        .lastSnapshot(id)
        .map(last -> MinutesComparison.between(last, MinutesSnapshot.of(meeting), meeting))
        .orElse(List.of());
  }

  /** The PDF of one circulated version, exactly as it was e-mailed. */
  @Transactional(readOnly = true)
  public MinutesPdf pdf(MeetingId id, int number, Actor actor) {
    MeetingView meeting = planner.get(id, actor);
    byte[] pdf =
        versions
            .pdf(id, number)
            .orElseThrow(() -> new NotFound("Utkast " + number + " av protokollet finns inte."));
    return new MinutesPdf(fileName(meeting, number), pdf, Sha256.of(pdf));
  }

  static String fileName(MeetingView meeting, int number) {
    return MinutesAttestation.fileName(meeting)
        .replaceFirst("^protokoll-", "protokoll-utkast-" + number + "-");
  }

  private static String circulatedBy(Actor actor) {
    return actor.displayName() == null || actor.displayName().isBlank()
        ? actor.username()
        : actor.displayName();
  }
}
