package se.kansli.meetings;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import se.kansli.signing.SigningProperties;

/** E-mails a circulated draft of the minutes, as a PDF attachment, to those who will attest it. */
@Component
class DraftMail {

  private static final Logger log = LoggerFactory.getLogger(DraftMail.class);

  private final ObjectProvider<JavaMailSender> mail;
  private final SigningProperties links;

  DraftMail(ObjectProvider<JavaMailSender> mail, SigningProperties links) {
    this.mail = mail;
    this.links = links;
  }

  /**
   * The chair and the attesters who have an e-mail address; nobody when no mail server is
   * configured, so that the version records only who really got the draft.
   */
  List<SeatView> readers(MeetingView meeting) {
    if (mail.getIfAvailable() == null) {
      log.warn(
          "No mail server configured (spring.mail.host): draft of {} not e-mailed", meeting.id());
      return List.of();
    }
    return Stream.concat(
            meeting.body().chairOn(meeting.date()).stream(),
            meeting.attesters().stream().flatMap(a -> meeting.body().seat(a).stream()))
        .filter(s -> s.email() != null)
        .distinct()
        .toList();
  }

  void send(MeetingView meeting, DraftVersion draft, byte[] pdf, List<SeatView> readers) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      return;
    }
    for (SeatView reader : readers) {
      sender.send(message(sender, meeting, draft, pdf, reader));
    }
  }

  private MimeMessage message(
      JavaMailSender sender, MeetingView meeting, DraftVersion draft, byte[] pdf, SeatView to) {
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(links.mailFrom());
      helper.setTo(to.email());
      helper.setSubject(
          "Utkast "
              + draft.number()
              + " till protokoll: "
              + meeting.body().name()
              + " "
              + meeting.date());
      helper.setText(
          """
          Hej %s,

          Bifogat finns utkast %d till protokollet från %s %s, för granskning innan det skickas \
          för justering. Hör av dig till sekreteraren om något inte stämmer.

          Utkastet är inte justerat och kan ändras. Varje ändring efter detta utkast visas för \
          sekreteraren innan protokollet skickas för justering.

          Utkastets SHA-256: %s
          """
              .formatted(
                  to.personName(),
                  draft.number(),
                  meeting.body().name(),
                  meeting.date(),
                  draft.sha256()));
      helper.addAttachment(
          MinutesDrafts.fileName(meeting, draft.number()),
          new ByteArrayResource(pdf),
          "application/pdf");
      return message;
    } catch (MessagingException e) {
      throw new IllegalStateException("Could not build the draft's e-mail", e);
    }
  }
}
