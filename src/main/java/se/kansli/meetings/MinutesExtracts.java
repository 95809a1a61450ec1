package se.kansli.meetings;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.meetings.ItemMinutes.Recipient;
import se.kansli.registry.CaseId;
import se.kansli.registry.CaseRegistry;
import se.kansli.registry.CloseCase;
import se.kansli.registry.DocumentDirection;
import se.kansli.registry.DocumentRegistry;
import se.kansli.registry.DocumentView;
import se.kansli.registry.RegisterDocument;
import se.kansli.registry.UploadedFile;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.NotFound;
import se.kansli.signing.SigningOrders;
import se.kansli.signing.SigningProperties;

/**
 * Certified extracts (protokollsutdrag) of attested minutes: one PDF per item, certified by the
 * secretary, registered as an outgoing document in the item's case and e-mailed to the decision's
 * recipients. A decision that ends its case closes the case. Dispatching twice sends nothing twice.
 */
@Service
public class MinutesExtracts {

  private static final Logger log = LoggerFactory.getLogger(MinutesExtracts.class);

  private final MeetingPlanner planner;
  private final Meetings meetings;
  private final MinutesDocument documents;
  private final MinutesAttestation attestation;
  private final DocumentRegistry registry;
  private final CaseRegistry cases;
  private final ObjectProvider<JavaMailSender> mail;
  private final SigningProperties links;
  private final SigningOrders signing;

  MinutesExtracts(
      MeetingPlanner planner,
      Meetings meetings,
      MinutesDocument documents,
      MinutesAttestation attestation,
      DocumentRegistry registry,
      CaseRegistry cases,
      ObjectProvider<JavaMailSender> mail,
      SigningProperties links,
      SigningOrders signing) {
    this.planner = planner;
    this.meetings = meetings;
    this.documents = documents;
    this.attestation = attestation;
    this.registry = registry;
    this.cases = cases;
    this.mail = mail;
    this.links = links;
    this.signing = signing;
  }

  /** One item's extract as a PDF; only attested minutes have extracts. */
  @Transactional(readOnly = true)
  public MinutesPdf extract(MeetingId id, AgendaItemId item, Actor actor) {
    MeetingView meeting = attested(id, actor);
    AgendaItemView view =
        meeting.item(item).orElseThrow(() -> new NotFound("Ärendet finns inte i protokollet."));
    byte[] pdf = render(meeting, view, actor.displayName());
    return new MinutesPdf(
        "protokollsutdrag-" + view.paragraph() + "-" + meeting.date() + ".pdf",
        pdf,
        se.kansli.shared.Sha256.of(pdf));
  }

  /** What was dispatched now: one line per item, for the secretary. */
  public record Dispatched(
      AgendaItemId item, String paragraph, DocumentView document, List<String> sentTo) {}

  @Transactional
  public List<Dispatched> dispatch(MeetingId id, Actor actor) {
    BodyDirectory.requireSecretary(actor);
    MeetingView meeting = attested(id, actor);
    meetings.lock(id);
    List<Dispatched> done = new ArrayList<>();
    for (AgendaItemView item : meeting.items()) {
      if (!meetings.dispatched(item.id())) {
        done.add(dispatch(meeting, item, actor));
      }
    }
    return done;
  }

  private Dispatched dispatch(MeetingView meeting, AgendaItemView item, Actor actor) {
    // The secretary certifies the extract (utdragsbestyrkande); the organisation's e-seal makes
    // the certification verifiable by anyone who receives the file.
    byte[] pdf =
        signing
            .certify(
                meeting.organisation(),
                "Protokollsutdrag "
                    + meeting.body().name()
                    + " "
                    + meeting.date()
                    + " "
                    + item.paragraphLabel(),
                render(meeting, item, actor.displayName()),
                "utdragsbestyrkande",
                "extract:" + item.id(),
                actor)
            .pdf();
    List<Recipient> recipients = item.minutes().recipients();
    DocumentView document = null;
    if (item.caseId() != null && cases.get(new CaseId(item.caseId()), actor).open()) {
      document = register(meeting, item, pdf, recipients, actor);
      if (item.minutes().closesCase()) {
        cases.close(
            new CaseId(item.caseId()),
            new CloseCase(LocalDate.now(), item.minutes().decision()),
            actor);
      }
    }
    List<String> sentTo = send(meeting, item, pdf, recipients);
    meetings.dispatch(
        meeting.id(),
        item.id(),
        document == null ? null : document.id().value(),
        String.join(", ", sentTo));
    return new Dispatched(item.id(), item.paragraphLabel(), document, sentTo);
  }

  private DocumentView register(
      MeetingView meeting,
      AgendaItemView item,
      byte[] pdf,
      List<Recipient> recipients,
      Actor actor) {
    String counterpart =
        recipients.isEmpty()
            ? meeting.body().name()
            : recipients.stream().map(Recipient::name).collect(Collectors.joining(", "));
    return registry.register(
        new CaseId(item.caseId()),
        new RegisterDocument(
            DocumentDirection.OUTGOING,
            LocalDate.now(),
            counterpart,
            "Protokollsutdrag "
                + meeting.body().name()
                + " "
                + meeting.date()
                + " "
                + item.paragraphLabel()
                + ", "
                + item.minutes().title(),
            !item.confidential(),
            null,
            true),
        new UploadedFile("protokollsutdrag-" + item.paragraph() + ".pdf", pdf),
        actor);
  }

  private List<String> send(
      MeetingView meeting, AgendaItemView item, byte[] pdf, List<Recipient> recipients) {
    JavaMailSender sender = mail.getIfAvailable();
    if (recipients.isEmpty()) {
      return List.of();
    }
    if (sender == null) {
      log.warn("No mail server configured (spring.mail.host): extract {} not e-mailed", item.id());
      return List.of();
    }
    List<String> sent = new ArrayList<>();
    for (Recipient r : recipients) {
      sender.send(message(sender, meeting, item, pdf, r));
      sent.add(r.name() + " <" + r.email() + ">");
    }
    return sent;
  }

  private MimeMessage message(
      JavaMailSender sender, MeetingView meeting, AgendaItemView item, byte[] pdf, Recipient to) {
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(links.mailFrom());
      helper.setTo(to.email());
      helper.setSubject(
          "Protokollsutdrag "
              + meeting.body().name()
              + " "
              + meeting.date()
              + " "
              + item.paragraphLabel());
      helper.setText(
          """
          Till %s

          Bifogat finns ett bestyrkt utdrag ur protokollet från %s %s, %s: %s.
          Protokollets underskrifter kan kontrolleras på %s/verify.
          """
              .formatted(
                  to.name(),
                  meeting.body().name(),
                  meeting.date(),
                  item.paragraphLabel(),
                  item.minutes().title(),
                  links.publicUrl()));
      helper.addAttachment(
          "protokollsutdrag-" + item.paragraph() + ".pdf",
          new ByteArrayResource(pdf),
          "application/pdf");
      return message;
    } catch (MessagingException e) {
      throw new IllegalStateException("Could not build the extract's e-mail", e);
    }
  }

  private byte[] render(MeetingView meeting, AgendaItemView item, String certifiedBy) {
    return documents.extract(meeting, item.id(), attestation.hostName(meeting), certifiedBy);
  }

  private MeetingView attested(MeetingId id, Actor actor) {
    MeetingView meeting = planner.get(id, actor);
    if (meeting.status() != MeetingStatus.ATTESTED) {
      throw new Conflict("status", "Utdrag kan bara göras ur justerade protokoll.");
    }
    if (meeting.historical()) {
      throw new Conflict(
          "status",
          "Importerade protokoll expedierades när de justerades; originalet finns i diariet.");
    }
    return meeting;
  }
}
