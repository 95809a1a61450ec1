package se.kansli.eservices;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.kansli.messaging.NoticeKind;
import se.kansli.messaging.ResidentNotice;
import se.kansli.messaging.ResidentNotices;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.ResidentId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells the sender of a submission of its receipt and of each new status, through the messaging
 * module's notices, on the channels the resident chose on My pages. Queued in the transaction of
 * the submission or the status change, so that a change that rolls back notifies nobody.
 *
 * <p>A notice never says what the case is about, nor its status: only the case number and a link to
 * the case on My pages (OSL 2009:400; e-mail and SMS are not secure channels).
 */
@Component
class SubmissionNotices {

  private final ResidentNotices notices;
  private final ResidentAccounts residents;
  private final EServiceCatalogue catalogue;
  private final JdbcClient jdbc;
  private final JsonMapper json;

  SubmissionNotices(
      ResidentNotices notices,
      ResidentAccounts residents,
      EServiceCatalogue catalogue,
      JdbcClient jdbc,
      JsonMapper json) {
    this.notices = notices;
    this.residents = residents;
    this.catalogue = catalogue;
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * The receipt with the case number. A signed-in resident gets it as they chose to be notified; an
   * anonymous sender has no My pages, and gets it by e-mail to the form's first e-mail answer, if
   * they gave one.
   */
  @EventListener
  void on(EServiceSubmitted submitted) {
    OrganisationId organisation = OrganisationId.of(submitted.organisation());
    if (submitted.resident() != null) {
      toResident(
          submitted.resident(),
          organisation,
          NoticeKind.RECEIPT,
          submitted.caseNumber(),
          submitted.submissionId());
      return;
    }
    anonymousEmail(submitted)
        .ifPresent(email ->
            notices.send(
                new ResidentNotice(
                    organisation, NoticeKind.RECEIPT, submitted.caseNumber(), email, null, null)));
  }

  /** The submission has a new status; an anonymous sender is not told, having no My pages. */
  void statusChanged(Submissions.StoredSubmission s) {
    if (s.resident() != null) {
      toResident(
          new ResidentId(s.resident()),
          OrganisationId.of(s.organisation()),
          NoticeKind.STATUS_CHANGED,
          s.caseNumber(),
          s.id());
    }
  }

  private void toResident(
      ResidentId id,
      OrganisationId organisation,
      NoticeKind kind,
      String caseNumber,
      UUID submission) {
    ResidentView resident = residents.get(id);
    notices.send(
        new ResidentNotice(
            organisation,
            kind,
            caseNumber,
            resident.notifyBy().byEmail() ? resident.email() : null,
            resident.notifyBy().bySms() ? resident.phone() : null,
            "/mina-sidor/arenden/" + submission));
  }

  private java.util.Optional<String> anonymousEmail(EServiceSubmitted submitted) {
    String answers =
        jdbc.sql("select answers::text from e_service_submissions where id = ?")
            .param(submitted.submissionId())
            .query(String.class)
            .single();
    Map<String, List<String>> values =
        json.readValue(answers, new TypeReference<Map<String, List<String>>>() {});
    Form form = catalogue.version(submitted.version()).form();
    return form.fields().stream()
        .filter(f -> f.type() == FieldType.EMAIL)
        .map(f -> values.getOrDefault(f.key(), List.of()))
        .filter(v -> !v.isEmpty() && v.getFirst() != null && !v.getFirst().isBlank())
        .map(List::getFirst)
        .findFirst();
  }
}
