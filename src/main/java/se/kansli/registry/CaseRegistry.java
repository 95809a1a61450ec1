package se.kansli.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.organisations.StaffDirectory;
import se.kansli.organisations.StaffUser;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;

/** Registers, changes, closes and reads cases. Each command is one transaction. */
@Service
public class CaseRegistry {

  static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  /** "OSL 26 kap. 1 §", "Offentlighets- och sekretesslagen 21 kap 7 §" and similar. */
  private static final Pattern OSL_REFERENCE =
      Pattern.compile("(?iu).*\\b\\d{1,2}\\s*kap\\.?\\s*\\d{1,2}\\s*[a-z]?\\s*§.*");

  private final Cases cases;
  private final Journal journal;
  private final ClassificationScheme scheme;
  private final OrganisationDirectory organisations;
  private final StaffDirectory staff;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate tx;
  private final Clock clock;

  CaseRegistry(
      Cases cases,
      Journal journal,
      ClassificationScheme scheme,
      OrganisationDirectory organisations,
      StaffDirectory staff,
      ApplicationEventPublisher events,
      TransactionTemplate tx,
      Optional<Clock> clock) {
    this.cases = cases;
    this.journal = journal;
    this.scheme = scheme;
    this.organisations = organisations;
    this.staff = staff;
    this.events = events;
    this.tx = tx;
    this.clock = clock.orElse(Clock.system(SWEDEN));
  }

  public CaseView register(RegisterCase command, Actor actor) {
    return register(command, null, actor);
  }

  /**
   * Registers a case. With an idempotency key, a retry of the same registration (a double click, a
   * dropped connection) returns the case made the first time instead of a second one.
   */
  public CaseView register(RegisterCase command, String idempotencyKey, Actor actor) {
    String key = normaliseKey(idempotencyKey);
    if (key != null) {
      Optional<UUID> earlier = cases.caseForKey(actor.userId(), key);
      if (earlier.isPresent()) {
        return get(new CaseId(earlier.get()), actor);
      }
    }
    try {
      return tx.execute(status -> registerInTransaction(command, key, actor));
    } catch (DuplicateKeyException e) {
      if (key == null) {
        throw e;
      }
      // A concurrent retry with the same key won the race; its case is the answer.
      return get(new CaseId(cases.caseForKey(actor.userId(), key).orElseThrow(() -> e)), actor);
    }
  }

  /**
   * Checks and reads everything the answer needs before taking the series number, whose row lock
   * serialises the organisation's registrations until commit; the answer is built from what was
   * written instead of being read back.
   */
  private CaseView registerInTransaction(RegisterCase command, String key, Actor actor) {
    actor.requireRegistering();
    OrganisationId org = organisation(command.organisation(), actor);
    ActivityClass activity = scheme.requireCurrent(command.classificationCode());
    requireTitle(command.title());
    description(command.description());
    String officerName = checkOfficer(command.caseOfficerId(), org);
    checkSecrecy(command.secrecyReference(), command.secretFields());
    String organisationName = organisations.get(org).name();
    String registeredByName = staff.find(actor.userId()).map(StaffUser::displayName).orElse(null);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    int year = LocalDate.ofInstant(now, SWEDEN).getYear();
    StoredCase stored =
        insertNew(command, org, year, cases.allocateSerial(org, year), activity, now, actor);
    UUID id = stored.id();
    if (key != null) {
      cases.rememberKey(actor.userId(), key, id);
    }
    recordRegistration(stored, command, "CASE_REGISTERED", actor);
    return view(
        stored,
        activity.title(),
        officerName,
        registeredByName,
        organisationName,
        command.parties());
  }

  /**
   * Brings an existing case into the registry with the number it already has, e.g. from an older
   * registry or old minutes. Only administrators and registrars may do this; the series continues
   * after the highest number taken, and a number can never be taken twice.
   */
  @Transactional
  public CaseView registerExisting(
      RegisterCase command, CaseNumber number, Instant registeredAt, Actor actor) {
    if (!actor.has(se.kansli.shared.Role.ADMINISTRATOR)
        && !actor.has(se.kansli.shared.Role.REGISTRAR)) {
      throw new se.kansli.shared.Forbidden(
          "Endast registratorer och administratörer får föra in ärenden med befintliga nummer.");
    }
    OrganisationId org = organisation(command.organisation(), actor);
    ActivityClass activity = scheme.requireCurrent(command.classificationCode());
    checkSecrecy(command.secrecyReference(), command.secretFields());
    if (cases.findByNumber(org, number.year(), number.serial()).isPresent()) {
      throw new Conflict("caseNumber", "Diarienumret " + number + " finns redan.");
    }
    cases.allocateSerial(org, number.year());
    cases.raiseSeries(org, number.year(), number.serial());
    StoredCase stored =
        insertNew(
            command,
            org,
            number.year(),
            number.serial(),
            activity,
            registeredAt.truncatedTo(ChronoUnit.MICROS),
            actor);
    recordRegistration(stored, command, "CASE_IMPORTED", actor);
    return view(stored);
  }

  private StoredCase insertNew(
      RegisterCase command,
      OrganisationId org,
      int year,
      int serial,
      ActivityClass activity,
      Instant registeredAt,
      Actor actor) {
    StoredCase stored =
        new StoredCase(
            UUID.randomUUID(),
            org.value(),
            year,
            serial,
            activity.code(),
            new CaseNumber(year, serial, activity.code()).toString(),
            requireTitle(command.title()),
            description(command.description()),
            command.caseOfficerId(),
            CaseStatus.OPEN,
            registeredAt,
            actor.userId(),
            null,
            null,
            blankToNull(command.secrecyReference()),
            command.secretFields(),
            blankToNull(command.publicTitle()),
            0);
    cases.insert(stored);
    cases.insertParties(stored.id(), command.parties());
    return stored;
  }

  private void recordRegistration(
      StoredCase stored, RegisterCase command, String action, Actor actor) {
    CaseId id = new CaseId(stored.id());
    journal.record(
        OrganisationId.of(stored.organisation()),
        id,
        null,
        actor,
        action,
        null,
        stored.snapshot(command.parties()));
    events.publishEvent(
        new CaseRegistered(id, stored.organisation(), stored.caseNumber(), stored.title()));
  }

  @Transactional
  public CaseView update(CaseId id, UpdateCase command, Actor actor) {
    actor.requireRegistering();
    StoredCase before = lockOpen(id, actor);
    if (command.expectedVersion() != null && command.expectedVersion() != before.version()) {
      throw new Conflict(
          "version", "Ärendet har ändrats av någon annan. Ladda om sidan och försök igen.");
    }
    ActivityClass activity =
        before.classificationCode().equals(command.classificationCode())
            ? new ActivityClass(before.classificationCode(), "", "", 0)
            : scheme.requireCurrent(command.classificationCode());
    String title = requireTitle(command.title());
    String description = description(command.description());
    OrganisationId org = OrganisationId.of(before.organisation());
    checkOfficer(command.caseOfficerId(), org);
    checkSecrecy(command.secrecyReference(), command.secretFields());
    List<Party> partiesBefore = cases.parties(id.value());
    StoredCase after =
        new StoredCase(
            before.id(),
            before.organisation(),
            before.year(),
            before.serial(),
            activity.code(),
            new CaseNumber(before.year(), before.serial(), activity.code()).toString(),
            title,
            description,
            command.caseOfficerId(),
            before.status(),
            before.registeredAt(),
            before.registeredBy(),
            null,
            null,
            blankToNull(command.secrecyReference()),
            command.secretFields(),
            blankToNull(command.publicTitle()),
            before.version() + 1);
    cases.update(after);
    cases.replaceParties(id.value(), command.parties());
    journal.record(
        org,
        id,
        null,
        actor,
        "CASE_UPDATED",
        before.snapshot(partiesBefore),
        after.snapshot(command.parties()));
    return get(id, actor);
  }

  @Transactional
  public CaseView close(CaseId id, CloseCase command, Actor actor) {
    actor.requireRegistering();
    StoredCase before = lockOpen(id, actor);
    LocalDate today = LocalDate.now(clock.withZone(SWEDEN));
    LocalDate closedOn = command.closedOn() == null ? today : command.closedOn();
    if (closedOn.isAfter(today)) {
      throw new InvalidInput("closedOn", "Avslutsdatum kan inte ligga i framtiden.");
    }
    if (closedOn.isBefore(LocalDate.ofInstant(before.registeredAt(), SWEDEN))) {
      throw new InvalidInput("closedOn", "Avslutsdatum kan inte ligga före registreringen.");
    }
    if (command.outcome() == null || command.outcome().isBlank()) {
      throw new InvalidInput("outcome", "Ange hur ärendet avslutades.");
    }
    StoredCase after = withStatus(before, CaseStatus.CLOSED, closedOn, command.outcome().strip());
    cases.update(after);
    List<Party> parties = cases.parties(id.value());
    OrganisationId org = OrganisationId.of(before.organisation());
    journal.record(
        org, id, null, actor, "CASE_CLOSED", before.snapshot(parties), after.snapshot(parties));
    events.publishEvent(new CaseClosed(id, before.organisation(), before.caseNumber(), closedOn));
    return get(id, actor);
  }

  @Transactional
  public CaseView reopen(CaseId id, Actor actor) {
    actor.requireRegistering();
    StoredCase before = cases.lock(id.value(), actor.organisations()).orElseThrow(() -> notFound());
    if (before.status() == CaseStatus.OPEN) {
      throw new Conflict("status", "Ärendet är redan öppet.");
    }
    StoredCase after = withStatus(before, CaseStatus.OPEN, null, null);
    cases.update(after);
    List<Party> parties = cases.parties(id.value());
    journal.record(
        OrganisationId.of(before.organisation()),
        id,
        null,
        actor,
        "CASE_REOPENED",
        before.snapshot(parties),
        after.snapshot(parties));
    return get(id, actor);
  }

  public Optional<CaseView> find(CaseId id, Actor actor) {
    return cases.find(id.value(), actor.organisations()).map(this::view);
  }

  public CaseView get(CaseId id, Actor actor) {
    return find(id, actor).orElseThrow(CaseRegistry::notFound);
  }

  /** Cases with this number in any of the actor's organisations (the year/serial part decides). */
  public List<CaseView> findByNumber(CaseNumber number, Actor actor) {
    return cases.findByNumber(actor.organisations(), number.year(), number.serial()).stream()
        .map(this::view)
        .toList();
  }

  public List<JournalEntry> history(CaseId id, Actor actor) {
    return history(get(id, actor));
  }

  /** The history of a case the caller has already read, and so may see. */
  List<JournalEntry> history(CaseView c) {
    return journal.ofCase(c.id());
  }

  /** Locks an open case the actor may change, for a command that changes it or its documents. */
  StoredCase lockOpen(CaseId id, Actor actor) {
    StoredCase c = cases.lock(id.value(), actor.organisations()).orElseThrow(() -> notFound());
    if (c.status() == CaseStatus.CLOSED) {
      throw new Conflict("status", "Ärendet är avslutat och kan inte ändras. Öppna det först.");
    }
    return c;
  }

  CaseView view(StoredCase c) {
    String officerName =
        c.caseOfficerId() == null
            ? null
            : staff.find(c.caseOfficerId()).map(StaffUser::displayName).orElse(null);
    String registeredBy =
        c.registeredBy() == null
            ? null
            : staff.find(c.registeredBy()).map(StaffUser::displayName).orElse(null);
    String classTitle =
        scheme.find(c.classificationCode()).map(ActivityClass::title).orElse("(avvecklad klass)");
    return view(
        c,
        classTitle,
        officerName,
        registeredBy,
        organisations.get(OrganisationId.of(c.organisation())).name(),
        cases.parties(c.id()));
  }

  /** The view of a case from its row and what was looked up for it. */
  private static CaseView view(
      StoredCase c,
      String classTitle,
      String officerName,
      String registeredBy,
      String organisationName,
      List<Party> parties) {
    // As read from the database: no fields, or an EnumSet in declaration order.
    Set<SecretField> secretFields =
        c.secretFields().isEmpty() ? Set.of() : EnumSet.copyOf(c.secretFields());
    return new CaseView(
        new CaseId(c.id()),
        c.organisation(),
        organisationName,
        c.caseNumber(),
        c.year(),
        c.serial(),
        c.classificationCode(),
        classTitle,
        c.title(),
        c.description(),
        c.caseOfficerId(),
        officerName,
        c.status(),
        c.registeredAt(),
        registeredBy,
        c.closedOn(),
        c.outcome(),
        c.secrecyReference(),
        secretFields,
        c.publicTitle(),
        List.copyOf(parties),
        c.version());
  }

  private OrganisationId organisation(String value, Actor actor) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput("organisation", "Välj organisation.");
    }
    OrganisationId org;
    try {
      org = OrganisationId.of(value.strip());
    } catch (InvalidInput e) {
      throw new InvalidInput("organisation", "Okänd organisation.");
    }
    if (!actor.belongsTo(org)) {
      throw new InvalidInput(
          "organisation", "Du får inte registrera i den organisationens diarium.");
    }
    return org;
  }

  /** Checks that the officer works in the organisation; their name, or null without one. */
  private String checkOfficer(UUID officerId, OrganisationId org) {
    if (officerId == null) {
      return null;
    }
    return staff
        .find(officerId)
        .filter(u -> u.organisations().contains(org) && u.enabled())
        .map(StaffUser::displayName)
        .orElseThrow(() ->
            new InvalidInput(
                "caseOfficerId", "Handläggaren finns inte eller arbetar inte i organisationen."));
  }

  /** OSL 5 kap. 2 § and the secrecy itself: a marking must say which paragraph it rests on. */
  private static void checkSecrecy(String reference, Set<SecretField> fields) {
    boolean hasReference = reference != null && !reference.isBlank();
    if (!fields.isEmpty() && !hasReference) {
      throw new InvalidInput(
          "secrecyReference",
          "Ange vilken paragraf i OSL sekretessen grundas på, t.ex. OSL 26 kap. 1 §.");
    }
    if (hasReference && !OSL_REFERENCE.matcher(reference).matches()) {
      throw new InvalidInput(
          "secrecyReference", "Hänvisningen ska ange kapitel och paragraf, t.ex. OSL 26 kap. 1 §.");
    }
    if (hasReference && fields.isEmpty()) {
      throw new InvalidInput("secretFields", "Välj vilka uppgifter som omfattas av sekretess.");
    }
  }

  private static String requireTitle(String title) {
    if (title == null || title.isBlank()) {
      throw new InvalidInput("title", "Ange en ärendemening.");
    }
    if (title.strip().length() > 500) {
      throw new InvalidInput("title", "Ärendemeningen får vara högst 500 tecken.");
    }
    return title.strip();
  }

  private static String description(String description) {
    String d = description == null ? "" : description.strip();
    if (d.length() > 20_000) {
      throw new InvalidInput("description", "Beskrivningen får vara högst 20 000 tecken.");
    }
    return d;
  }

  private static StoredCase withStatus(
      StoredCase c, CaseStatus status, LocalDate closedOn, String outcome) {
    return new StoredCase(
        c.id(),
        c.organisation(),
        c.year(),
        c.serial(),
        c.classificationCode(),
        c.caseNumber(),
        c.title(),
        c.description(),
        c.caseOfficerId(),
        status,
        c.registeredAt(),
        c.registeredBy(),
        closedOn,
        outcome,
        c.secrecyReference(),
        c.secretFields(),
        c.publicTitle(),
        c.version() + 1);
  }

  private static String normaliseKey(String key) {
    if (key == null || key.isBlank()) {
      return null;
    }
    if (key.length() > 200) {
      throw new InvalidInput("Idempotency-Key", "Idempotency-Key får vara högst 200 tecken.");
    }
    return key.strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static NotFound notFound() {
    return new NotFound("Ärendet finns inte eller så saknar du behörighet.");
  }
}
