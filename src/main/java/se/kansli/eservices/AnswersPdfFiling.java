package se.kansli.eservices;

import jakarta.annotation.PreDestroy;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import se.kansli.organisations.Organisation;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.registry.CaseId;
import se.kansli.registry.DocumentDirection;
import se.kansli.registry.DocumentRegistry;
import se.kansli.registry.RegisterDocument;
import se.kansli.registry.UploadedFile;
import se.kansli.shared.Conflict;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.ResidentId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Files a submission's answers as PDF/A in its case after the submission has committed. Making the
 * PDF costs far more CPU than the rest of a submission, and the resident's receipt needs only the
 * case and its number; so the PDF is made on one background thread (the other cores keep serving
 * residents), and a submission marked {@code answers_pdf_pending} that a restart interrupted is
 * picked up by the schedule.
 */
@Component
class AnswersPdfFiling {

  private static final Logger log = LoggerFactory.getLogger(AnswersPdfFiling.class);
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final EServiceCatalogue catalogue;
  private final DraftRows draftRows;
  private final ResidentAccounts accounts;
  private final OrganisationDirectory organisations;
  private final DocumentRegistry documents;
  private final AnswersDocument answersDocument;
  private final TransactionTemplate tx;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(Thread.ofPlatform().name("answers-pdf").factory());

  AnswersPdfFiling(
      JdbcClient jdbc,
      JsonMapper json,
      EServiceCatalogue catalogue,
      DraftRows draftRows,
      ResidentAccounts accounts,
      OrganisationDirectory organisations,
      DocumentRegistry documents,
      AnswersDocument answersDocument,
      TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.json = json;
    this.catalogue = catalogue;
    this.draftRows = draftRows;
    this.accounts = accounts;
    this.organisations = organisations;
    this.documents = documents;
    this.answersDocument = answersDocument;
    this.tx = tx;
  }

  @TransactionalEventListener
  void on(EServiceSubmitted submitted) {
    worker.execute(() -> fileLogged(submitted.submissionId()));
  }

  /** Files every PDF still waiting: those a restart interrupted, or (in tests) at once. */
  @Scheduled(fixedDelayString = "${kansli.eservices.answers-pdf-sweep:PT1M}", initialDelay = 60_000)
  void fileWaiting() {
    jdbc.sql("select id from e_service_submissions where answers_pdf_pending order by submitted_at")
        .query(UUID.class)
        .list()
        .forEach(this::fileLogged);
  }

  @PreDestroy
  void stop() {
    worker.shutdown();
  }

  private void fileLogged(UUID submission) {
    try {
      tx.executeWithoutResult(status -> file(submission));
    } catch (RuntimeException e) {
      // Left pending: the schedule tries again.
      log.error("The answers PDF of submission {} was not filed", submission, e);
    }
  }

  private record Pending(
      UUID draft,
      EServiceVersionId version,
      String organisation,
      UUID resident,
      UUID caseId,
      String caseNumber,
      OffsetDateTime submittedAt,
      String answers) {}

  /** Waits for the row, so that a submission is filed once even when two threads try. */
  private void file(UUID submission) {
    Optional<Pending> found =
        jdbc.sql(
                """
                select draft_id, version_id, organisation_id, resident_id, case_id, case_number,
                       submitted_at, answers::text
                from e_service_submissions where id = ? and answers_pdf_pending for update
                """)
            .param(submission)
            .query((rs, i) ->
                new Pending(
                    rs.getObject(1, UUID.class),
                    new EServiceVersionId(rs.getObject(2, UUID.class)),
                    rs.getString(3),
                    rs.getObject(4, UUID.class),
                    rs.getObject(5, UUID.class),
                    rs.getString(6),
                    rs.getObject(7, OffsetDateTime.class),
                    rs.getString(8)))
            .optional();
    if (found.isEmpty()) {
      return;
    }
    Pending p = found.get();
    EServiceVersionView version = catalogue.version(p.version());
    Map<String, List<String>> answers =
        json.readValue(p.answers(), new TypeReference<Map<String, List<String>>>() {});
    String applicant =
        p.resident() == null
            ? "Anonym avsändare"
            : accounts.get(new ResidentId(p.resident())).name();
    String organisationName =
        organisations
            .find(OrganisationId.of(p.organisation()))
            .map(Organisation::name)
            .orElse(p.organisation());
    byte[] pdf =
        answersDocument.pdf(
            version,
            organisationName,
            applicant,
            p.caseNumber(),
            p.submittedAt().toInstant(),
            AnsweredPage.of(version.form(), answers, draftRows.files(p.draft())));
    try {
      documents.register(
          new CaseId(p.caseId()),
          new RegisterDocument(
              DocumentDirection.INCOMING,
              LocalDate.ofInstant(p.submittedAt().toInstant(), SWEDEN),
              applicant,
              version.title() + " – ansökan",
              false,
              null,
              true),
          new UploadedFile("ansokan.pdf", pdf),
          ResidentSubmissions.platform(p.organisation()));
    } catch (Conflict e) {
      // The case was closed before the PDF was made: the answers are in its JSON document.
      log.warn("Submission {}: answers PDF not filed: {}", submission, e.getMessage());
    }
    jdbc.sql("update e_service_submissions set answers_pdf_pending = false where id = ?")
        .param(submission)
        .update();
  }
}
