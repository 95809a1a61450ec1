package se.kansli.eservices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.organisations.Organisation;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.registry.CaseRegistry;
import se.kansli.registry.CaseView;
import se.kansli.registry.DocumentDirection;
import se.kansli.registry.DocumentRegistry;
import se.kansli.registry.Party;
import se.kansli.registry.RegisterCase;
import se.kansli.registry.RegisterDocument;
import se.kansli.registry.UploadedFile;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.ResidentId;
import se.kansli.shared.Role;

/**
 * Sends a draft in: in one transaction the draft is locked, checked against its whole form, made a
 * case in the registry of the organisation applied to (with the answers as PDF/A and JSON and the
 * attached files), and kept as a submission with its first status. The draft's id is the
 * idempotency key: a double click, a retry or a dropped connection finds the first submission.
 */
@Service
public class ResidentSubmissions {

  static final String PLATFORM = "E-tjänsteplattformen";

  /**
   * The platform's own actor id: fixed, so that the registry's idempotency keys (kept per actor)
   * find the case of an earlier attempt at the same submission.
   */
  static final UUID PLATFORM_ACTOR = UUID.nameUUIDFromBytes("kansli:e-tjanst".getBytes());

  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private final ResidentDrafts drafts;
  private final DraftRows draftRows;
  private final ResidentSubmissionRows rows;
  private final ResidentAccounts accounts;
  private final CaseRegistry cases;
  private final DocumentRegistry documents;
  private final OrganisationDirectory organisations;
  private final AnswersDocument answersDocument;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ResidentSubmissions(
      ResidentDrafts drafts,
      DraftRows draftRows,
      ResidentSubmissionRows rows,
      ResidentAccounts accounts,
      CaseRegistry cases,
      DocumentRegistry documents,
      OrganisationDirectory organisations,
      AnswersDocument answersDocument,
      ApplicationEventPublisher events,
      Optional<Clock> clock) {
    this.drafts = drafts;
    this.draftRows = draftRows;
    this.rows = rows;
    this.accounts = accounts;
    this.cases = cases;
    this.documents = documents;
    this.organisations = organisations;
    this.answersDocument = answersDocument;
    this.events = events;
    this.clock = clock.orElse(Clock.systemUTC());
  }

  /**
   * Sends the draft in, or returns the submission it already made.
   *
   * @throws Conflict if the e-service's version was retired (the draft is kept) or needs a
   *     signature
   * @throws InvalidInput naming the first field whose answer does not pass the form's rules
   */
  @Transactional
  public ResidentSubmissionView submit(UUID draftId, DraftOwner owner) {
    DraftRows.StoredDraft draft = drafts.lockOwned(draftId, owner);
    Optional<ResidentSubmissionRows.StoredSubmission> earlier = rows.byDraft(draftId);
    if (earlier.isPresent()) {
      return earlier.get().view();
    }
    DraftView view = drafts.view(draft, null);
    EServiceVersionView version = view.version();
    if (version.status() != VersionStatus.PUBLISHED) {
      throw new Conflict(
          "version",
          "E-tjänsten har ändrats; dina svar finns kvar. Starta e-tjänsten igen, så följer de"
              + " svar med som fortfarande passar.");
    }
    AnswerCheck check = FormRules.check(version.form(), draft.answers());
    if (!check.ok()) {
      FormProblem first = check.problems().getFirst();
      throw new InvalidInput(first.field(), first.message());
    }
    if (version.signing() != SigningRequirement.NONE) {
      // Signing a submission with eID is not built yet; sending it in unsigned would pass off an
      // unsigned application as signed, so it is refused and the draft kept.
      throw new Conflict(
          "signing",
          "Den här e-tjänsten kräver underskrift med e-legitimation, som ännu inte kan göras här."
              + " Dina svar finns kvar.");
    }
    ResidentView resident =
        draft.resident() == null ? null : accounts.get(new ResidentId(draft.resident()));
    String applicant = resident == null ? "Anonym avsändare" : resident.name();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    Actor platform =
        new Actor(
            PLATFORM_ACTOR,
            "e-tjanst",
            PLATFORM,
            EnumSet.of(Role.REGISTRAR),
            Set.of(OrganisationId.of(draft.organisation())));
    List<Party> parties =
        resident == null
            ? List.of()
            : List.of(
                new Party(
                    Party.Kind.PERSON,
                    resident.name(),
                    resident.personalIdentityNumber(),
                    "Sökande"));
    CaseView registered =
        cases.register(
            new RegisterCase(
                draft.organisation(),
                version.classificationCode(),
                version.title(),
                "Inkommen via e-tjänsten " + version.title() + ".",
                null,
                parties,
                null,
                null,
                null),
            "e-service-draft:" + draftId,
            platform);
    LocalDate today = LocalDate.ofInstant(now, SWEDEN);
    String organisationName =
        organisations
            .find(OrganisationId.of(draft.organisation()))
            .map(Organisation::name)
            .orElse(draft.organisation());
    List<AnsweredPage> pages = AnsweredPage.of(version.form(), check.answers(), view.files());
    documents.register(
        registered.id(),
        new RegisterDocument(
            DocumentDirection.INCOMING,
            today,
            applicant,
            version.title() + " – ansökan",
            false,
            null,
            true),
        new UploadedFile(
            "ansokan.pdf",
            answersDocument.pdf(
                version, organisationName, applicant, registered.caseNumber(), now, pages)),
        platform);
    List<DraftFileView> attached = attached(view, check);
    documents.register(
        registered.id(),
        new RegisterDocument(
            DocumentDirection.INCOMING,
            today,
            applicant,
            version.title() + " – svaren i maskinläsbar form (JSON)",
            false,
            null,
            true),
        new UploadedFile(
            "ansokan.json",
            answersDocument.json(
                version,
                draft.organisation(),
                registered.caseNumber(),
                now,
                check.answers(),
                attached)),
        platform);
    for (DraftFileView file : attached) {
      documents.register(
          registered.id(),
          new RegisterDocument(
              DocumentDirection.INCOMING,
              today,
              applicant,
              "Bilaga: " + file.fileName(),
              false,
              null,
              true),
          new UploadedFile(file.fileName(), draftRows.fileContent(file.id())),
          platform);
    }
    UUID id = UUID.randomUUID();
    String status = version.statuses().getFirst();
    rows.insert(
        id,
        draft,
        version,
        registered.id().value(),
        registered.caseNumber(),
        status,
        today.plusDays(version.handlingDays()),
        check.answers(),
        now);
    draftRows.markSubmitted(draftId, now);
    events.publishEvent(
        new EServiceSubmitted(
            id,
            version.eService(),
            version.id(),
            draft.organisation(),
            registered.id().value(),
            registered.caseNumber(),
            resident == null ? null : resident.id(),
            version.officerGroup(),
            now));
    return rows.find(id).orElseThrow().view();
  }

  /** The submission, for its sender only (the resident, or the anonymous draft's cookie). */
  @Transactional(readOnly = true)
  public ResidentSubmissionView receipt(UUID id, DraftOwner owner) {
    return rows.find(id)
        .filter(s -> owns(s, owner))
        .map(ResidentSubmissionRows.StoredSubmission::view)
        .orElseThrow(() -> new NotFound("Ärendet finns inte."));
  }

  /** The submission made from the draft, if any, for the draft's owner. */
  @Transactional(readOnly = true)
  public Optional<ResidentSubmissionView> ofDraft(UUID draftId, DraftOwner owner) {
    return rows.byDraft(draftId)
        .filter(s -> owns(s, owner))
        .map(ResidentSubmissionRows.StoredSubmission::view);
  }

  /** The resident's submissions, the latest first. */
  @Transactional(readOnly = true)
  public List<ResidentSubmissionView> mine(ResidentId resident) {
    return rows.ofResident(resident.value());
  }

  /** The files the answers name: a file whose field was hidden later is not sent in. */
  private static List<DraftFileView> attached(DraftView view, AnswerCheck check) {
    List<DraftFileView> files = new ArrayList<>();
    for (DraftFileView f : view.files()) {
      if (check.answers().getOrDefault(f.fieldKey(), List.of()).contains(f.id().toString())) {
        files.add(f);
      }
    }
    return files;
  }

  private static boolean owns(ResidentSubmissionRows.StoredSubmission s, DraftOwner owner) {
    if (owner == null) {
      return false;
    }
    if (s.resident() != null) {
      return owner.resident() != null && owner.resident().value().equals(s.resident());
    }
    String sha = owner.tokenSha256();
    return sha != null && sha.equals(s.tokenSha256());
  }
}
