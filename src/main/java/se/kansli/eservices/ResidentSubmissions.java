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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
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
import se.kansli.shared.FieldProblem;
import se.kansli.shared.Forbidden;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.ResidentId;
import se.kansli.shared.Role;
import se.kansli.signing.CreatedOrder;
import se.kansli.signing.NewSigningOrder;
import se.kansli.signing.SigningMode;
import se.kansli.signing.SigningOrderCompleted;
import se.kansli.signing.SigningOrders;

/**
 * Sends a draft in: in one transaction the draft is locked, checked against its whole form, made a
 * case in the registry of the organisation applied to (with the answers as JSON and the attached
 * files), and kept as a submission with its first status. The answers as PDF/A follow after the
 * commit ({@link AnswersPdfFiling}): the receipt needs only the case. The draft's id is the
 * idempotency key: a double click, a retry or a dropped connection finds the first submission.
 */
@Service
public class ResidentSubmissions {

  static final String PLATFORM = "E-tjänsteplattformen";
  static final String REFERENCE = "e-service-draft:";

  /**
   * The platform's own actor id: fixed, so that the registry's idempotency keys (kept per actor)
   * find the case of an earlier attempt at the same submission.
   */
  static final UUID PLATFORM_ACTOR = UUID.nameUUIDFromBytes("kansli:e-tjanst".getBytes());

  private static final Pattern SIGNER_FIELD = Pattern.compile("signers\\[(\\d+)]");
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
  private final SigningOrders signingOrders;
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
      SigningOrders signingOrders,
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
    this.signingOrders = signingOrders;
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
    Ready ready = ready(draft);
    if (ready.version().signing() != SigningRequirement.NONE) {
      throw new Conflict(
          "signing",
          "Skriv under ansökan med e-legitimation, så skickas den in när alla har skrivit under.");
    }
    return file(draft, ready, null);
  }

  /**
   * Sends the checked answers for signing with eID: the applicant (the signed-in resident) and,
   * when the e-service asks for several signatures, the co-signers, who are invited by e-mail. The
   * draft is sent in when everyone has signed ({@link #on(SigningOrderCompleted)}).
   *
   * @param email where the signing module e-mails the applicant's invitation and the signed PDF
   * @return the applicant's personal signing link
   */
  @Transactional
  public String requestSignature(
      UUID draftId, DraftOwner owner, String email, List<CoSigner> coSigners) {
    DraftRows.StoredDraft draft = drafts.lockOwned(draftId, owner);
    if (rows.byDraft(draftId).isPresent()) {
      throw new Conflict("draft", "Ansökan är redan inskickad.");
    }
    Ready ready = ready(draft);
    SigningRequirement signing = ready.version().signing();
    if (signing == SigningRequirement.NONE) {
      throw new Conflict("signing", "E-tjänsten kräver ingen underskrift.");
    }
    if (draft.resident() == null) {
      throw new Forbidden("Logga in med e-legitimation för att skriva under.");
    }
    if (draft.signingOrder() != null) {
      throw new Conflict(
          "signing", "Ansökan väntar redan på underskrift. Följ länken i e-posten du har fått.");
    }
    ResidentView resident = accounts.get(new ResidentId(draft.resident()));
    String address = email == null || email.isBlank() ? resident.email() : email.strip();
    CoSigners invited = new CoSigners(coSigners);
    // Everything is checked before anything is created, and all problems are told at once.
    List<FormProblem> problems = new ArrayList<>();
    if (address == null) {
      problems.add(
          new FormProblem(
              "email", "Skriv din e-postadress, så skickar vi den underskrivna ansökan dit."));
    } else if (!CoSigners.validEmail(address)) {
      problems.add(new FormProblem("email", "Skriv din e-postadress i formatet namn@exempel.se."));
    }
    problems.addAll(invited.problems(signing, address));
    if (!problems.isEmpty()) {
      throw new SignatureRequestProblems(problems);
    }
    List<CoSigner> others = invited.filled();
    List<NewSigningOrder.NewSigner> signers = new ArrayList<>();
    signers.add(
        new NewSigningOrder.NewSigner(
            resident.name(), address, resident.personalIdentityNumber(), "Sökande"));
    others.forEach(c ->
        signers.add(
            new NewSigningOrder.NewSigner(
                c.name().strip(), c.email().strip(), null, "Medundertecknare")));
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    byte[] pdf =
        answersDocument.pdf(
            ready.version(),
            organisationName(draft.organisation()),
            resident.name(),
            "tilldelas när ansökan kommer in",
            now,
            AnsweredPage.of(ready.version().form(), ready.check().answers(), ready.view().files()));
    CreatedOrder order;
    try {
      order =
          signingOrders.create(
              new NewSigningOrder(
                  draft.organisation(),
                  ready.version().title() + " – " + resident.name(),
                  pdf,
                  SigningMode.SEQUENTIAL,
                  signers,
                  null,
                  REFERENCE + draftId),
              platform(draft.organisation()));
    } catch (FieldProblem e) {
      // Checked above already, so this is a safety net. The signing module names its own fields
      // (signers[1].email: the first co-signer); the summary page has its own.
      throw new InvalidInput(field(e.field(), invited), e.getMessage());
    }
    draftRows.signingOrder(draftId, order.order().id(), now);
    return order.signerLinks().getFirst();
  }

  private static String field(String signingField, CoSigners invited) {
    Matcher m = SIGNER_FIELD.matcher(signingField);
    if (!m.find() || m.group(1).equals("0")) {
      return "email";
    }
    CoSigner signer = invited.filled().get(Integer.parseInt(m.group(1)) - 1);
    return CoSigners.email(invited.rows().indexOf(signer));
  }

  /** A co-signer invited by the applicant, e.g. the other guardian. */
  public record CoSigner(String name, String email) {
    boolean blank() {
      return (name == null || name.isBlank()) && (email == null || email.isBlank());
    }
  }

  /**
   * Everyone has signed: the draft is sent in with the sealed PDF, after the signing transaction
   * has committed and in its own, so that a failure here never loses a signature.
   */
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void on(SigningOrderCompleted completed) {
    if (completed.reference() == null || !completed.reference().startsWith(REFERENCE)) {
      return;
    }
    UUID draftId = UUID.fromString(completed.reference().substring(REFERENCE.length()));
    draftRows
        .lock(draftId)
        .filter(d -> completed.orderId().equals(d.signingOrder()))
        .filter(d -> rows.byDraft(draftId).isEmpty())
        .ifPresent(d ->
            file(d, ready(d), signingOrders.sealedDocument(completed.orderId()).orElseThrow()));
  }

  private record Ready(DraftView view, EServiceVersionView version, AnswerCheck check) {}

  /** The draft's version must still be the published one, and the whole form must pass. */
  private Ready ready(DraftRows.StoredDraft draft) {
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
    return new Ready(view, version, check);
  }

  /** The platform acting in the organisation's registry and signing orders for the resident. */
  static Actor platform(String organisation) {
    return new Actor(
        PLATFORM_ACTOR,
        "e-tjanst",
        PLATFORM,
        EnumSet.of(Role.REGISTRAR),
        Set.of(OrganisationId.of(organisation)));
  }

  private String organisationName(String organisation) {
    return organisations
        .find(OrganisationId.of(organisation))
        .map(Organisation::name)
        .orElse(organisation);
  }

  private ResidentSubmissionView file(DraftRows.StoredDraft draft, Ready ready, byte[] signedPdf) {
    UUID draftId = draft.id();
    DraftView view = ready.view();
    EServiceVersionView version = ready.version();
    AnswerCheck check = ready.check();
    ResidentView resident =
        draft.resident() == null ? null : accounts.get(new ResidentId(draft.resident()));
    String applicant = resident == null ? "Anonym avsändare" : resident.name();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    Actor platform = platform(draft.organisation());
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
    // The answers' PDF is filed after the commit (AnswersPdfFiling): the receipt needs the case.
    if (signedPdf != null) {
      documents.register(
          registered.id(),
          new RegisterDocument(
              DocumentDirection.INCOMING,
              today,
              applicant,
              version.title() + " – underskriven ansökan",
              false,
              null,
              true),
          new UploadedFile("ansokan-underskriven.pdf", signedPdf),
          platform);
    }
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
