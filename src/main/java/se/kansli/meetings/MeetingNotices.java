package se.kansli.meetings;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.NotFound;
import se.kansli.signing.SigningProperties;

/**
 * The notice (kallelse) of a meeting. Kommunallagen 6 kap. 23 §: the chair sees that a written
 * notice with the time and place and, unless there are special reasons, the agenda is sent to the
 * members. It is e-mailed to every member and substitute and published on a public page, where
 * confidential items show only their public title (offentlighets- och sekretesslagen).
 */
@Service
public class MeetingNotices {

  private static final Logger log = LoggerFactory.getLogger(MeetingNotices.class);
  static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("sv-SE"));

  private final MeetingPlanner planner;
  private final Meetings meetings;
  private final ObjectProvider<JavaMailSender> mail;
  private final SigningProperties links;

  MeetingNotices(
      MeetingPlanner planner,
      Meetings meetings,
      ObjectProvider<JavaMailSender> mail,
      SigningProperties links) {
    this.planner = planner;
    this.meetings = meetings;
    this.mail = mail;
    this.links = links;
  }

  /** Sends the notice; the meeting is marked as noticed only if every e-mail was handed over. */
  @Transactional
  public MeetingView send(MeetingId id, Actor actor) {
    Meetings.StoredMeeting stored = planner.editable(id, actor);
    if (stored.status() != MeetingStatus.PLANNED) {
      throw new Conflict("status", "Kallelsen är redan skickad.");
    }
    MeetingView meeting = planner.get(id, actor);
    if (meeting.items().isEmpty()) {
      throw new Conflict("items", "Lägg till ärenden på föredragningslistan innan du kallar.");
    }
    List<SeatView> recipients =
        meeting.body().seatedOn(meeting.date()).stream().filter(s -> s.email() != null).toList();
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      log.warn("No mail server configured (spring.mail.host): notice of {} not e-mailed", id);
    } else {
      recipients.forEach(r -> sender.send(message(meeting, r)));
    }
    meetings.noticeSent(id);
    return planner.get(id, actor);
  }

  /** The public version of a noticed meeting: time, place and the agenda without secrets. */
  @Transactional(readOnly = true)
  public MeetingView published(MeetingId id) {
    Meetings.StoredMeeting stored =
        meetings
            .find(id)
            .filter(m -> m.noticeSentAt() != null)
            .orElseThrow(() -> new NotFound("Det finns ingen publicerad kallelse med detta id."));
    return planner.view(stored);
  }

  private SimpleMailMessage message(MeetingView meeting, SeatView to) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(links.mailFrom());
    message.setTo(to.email());
    message.setSubject("Kallelse: " + meeting.body().name() + " " + meeting.date());
    message.setText(text(meeting, to));
    return message;
  }

  static String agenda(MeetingView meeting) {
    return meeting.items().stream()
        .map(i ->
            i.position()
                + ". "
                + i.title()
                + (i.caseNumber() == null ? "" : " (" + i.caseNumber() + ")"))
        .collect(Collectors.joining("\n"));
  }

  private String text(MeetingView meeting, SeatView to) {
    return """
    Hej %s,

    Du kallas till sammanträde med %s.

    Tid: %s kl. %s
    Plats: %s%s

    Föredragningslista:
    %s

    Handlingarna finns i Kansli: %s/meetings/%s
    Ersättare som inte ska tjänstgöra får kallelsen för kännedom.
    """
        .formatted(
            to.personName(),
            meeting.body().name(),
            DAY.format(meeting.date()),
            meeting.startsAt(),
            meeting.place(),
            meeting.remote() ? " (deltagande på distans möjligt)" : "",
            agenda(meeting),
            links.publicUrl(),
            meeting.id());
  }
}
