package se.kansli.eservices;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * E-mails the sender a receipt with the case number once the submission has committed (never for a
 * submission that rolled back). The address is the resident's own from My pages; for an anonymous
 * e-service, the answer to the form's first e-mail field, if the sender gave one.
 */
@Component
class SubmissionReceiptMail {

  private static final Logger log = LoggerFactory.getLogger(SubmissionReceiptMail.class);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private final ObjectProvider<JavaMailSender> mail;
  private final EServiceCatalogue catalogue;
  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final String mailFrom;

  SubmissionReceiptMail(
      ObjectProvider<JavaMailSender> mail,
      EServiceCatalogue catalogue,
      JdbcClient jdbc,
      JsonMapper json,
      @Value("${kansli.signing.mail-from:kansli@localhost}") String mailFrom) {
    this.mail = mail;
    this.catalogue = catalogue;
    this.jdbc = jdbc;
    this.json = json;
    this.mailFrom = mailFrom;
  }

  @TransactionalEventListener
  void on(EServiceSubmitted submitted) {
    Optional<String> to = address(submitted);
    if (to.isEmpty()) {
      return;
    }
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      log.warn(
          "No mail server configured (spring.mail.host): receipt {} not e-mailed",
          submitted.submissionId());
      return;
    }
    EServiceVersionView version = catalogue.version(submitted.version());
    MimeMessage message = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
      helper.setFrom(mailFrom);
      helper.setTo(to.get());
      helper.setSubject("Kvitto: " + version.title() + ", " + submitted.caseNumber());
      helper.setText(
          "Hej!\n\nVi har tagit emot din ansökan ”"
              + version.title()
              + "”.\n\nDiarienummer: "
              + submitted.caseNumber()
              + "\nInskickad: "
              + DAY.format(submitted.submittedAt().atZone(java.time.ZoneId.of("Europe/Stockholm")))
              + "\n\nAnge diarienumret om du kontaktar oss om ärendet."
              + (submitted.resident() != null ? " Du kan följa ärendet på Mina sidor." : "")
              + "\n\nDet här meddelandet går inte att svara på.\n");
    } catch (MessagingException e) {
      throw new IllegalStateException("Could not build the receipt's e-mail", e);
    }
    try {
      sender.send(message);
    } catch (MailException e) {
      // The case is registered and the receipt page shows its number; a mail server that is down
      // must not turn a successful submission into an error page for the resident.
      log.warn("Receipt {} not e-mailed: {}", submitted.submissionId(), e.getMessage());
    }
  }

  private Optional<String> address(EServiceSubmitted submitted) {
    if (submitted.resident() != null) {
      return jdbc
          .sql("select email from residents where id = ?")
          .param(submitted.resident().value())
          .query(String.class)
          .list()
          .stream()
          .filter(java.util.Objects::nonNull)
          .findFirst();
    }
    String answers =
        jdbc.sql("select answers::text from e_service_submissions where id = ?")
            .param(submitted.submissionId())
            .query(String.class)
            .single();
    var values =
        json.readValue(answers, new TypeReference<java.util.Map<String, List<String>>>() {});
    Form form = catalogue.version(submitted.version()).form();
    return form.fields().stream()
        .filter(f -> f.type() == FieldType.EMAIL)
        .map(f -> values.getOrDefault(f.key(), List.of()))
        .filter(v -> !v.isEmpty())
        .map(List::getFirst)
        .findFirst();
  }
}
