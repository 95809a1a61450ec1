package se.kansli.eservices;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.organisations.StaffDirectory;
import se.kansli.organisations.StaffUser;
import se.kansli.registry.CaseId;
import se.kansli.registry.CaseRegistry;
import se.kansli.registry.CloseCase;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.FieldProblem;
import se.kansli.shared.Forbidden;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;

/**
 * The officers' side of e-services: each officer group's inbox of submissions, taking and assigning
 * them, and moving them along their e-service's case flow. The last status of the flow closes the
 * submission and its case in the registry.
 */
@Service
public class Inbox {

  public static final int PAGE_SIZE = 25;
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
  private static final int MAX_COMMENT = 2000;

  private final Submissions submissions;
  private final OfficerGroups groups;
  private final EServiceCatalogue catalogue;
  private final CaseRegistry cases;
  private final StaffDirectory staff;
  private final SubmissionNotices notices;
  private final ResidentSignatures signatures;
  private final Clock clock;

  Inbox(
      Submissions submissions,
      OfficerGroups groups,
      EServiceCatalogue catalogue,
      CaseRegistry cases,
      StaffDirectory staff,
      SubmissionNotices notices,
      ResidentSignatures signatures,
      Optional<Clock> clock) {
    this.submissions = submissions;
    this.groups = groups;
    this.catalogue = catalogue;
    this.cases = cases;
    this.staff = staff;
    this.notices = notices;
    this.signatures = signatures;
    this.clock = clock.orElse(Clock.system(SWEDEN));
  }

  /** A page of the group's inbox; a group the actor does not handle does not exist for them. */
  @Transactional(readOnly = true)
  public InboxPage list(
      OfficerGroup group, InboxFilter filter, boolean oldestFirst, int page, Actor actor) {
    requireHandles(group, actor);
    LocalDate today = today();
    int p = Math.max(0, page);
    long total = submissions.count(group, filter, actor.userId(), today);
    List<InboxRow> rows =
        submissions
            .inbox(group, filter, actor.userId(), today, oldestFirst, PAGE_SIZE, p * PAGE_SIZE)
            .stream()
            .map(s -> row(s, today))
            .toList();
    return new InboxPage(group, filter, oldestFirst, p, PAGE_SIZE, total, rows);
  }

  /** Every row of the view, for the CSV export. */
  @Transactional(readOnly = true)
  public List<InboxRow> all(
      OfficerGroup group, InboxFilter filter, boolean oldestFirst, Actor actor) {
    requireHandles(group, actor);
    LocalDate today = today();
    return submissions
        .inbox(group, filter, actor.userId(), today, oldestFirst, Integer.MAX_VALUE, 0)
        .stream()
        .map(s -> row(s, today))
        .toList();
  }

  /** Every status of the flows of the group's open submissions, for the bulk status change. */
  @Transactional(readOnly = true)
  public List<String> statuses(OfficerGroup group, Actor actor) {
    requireHandles(group, actor);
    java.util.LinkedHashSet<String> statuses = new java.util.LinkedHashSet<>();
    submissions.openVersions(group).forEach(v -> statuses.addAll(catalogue.version(v).statuses()));
    return List.copyOf(statuses);
  }

  @Transactional(readOnly = true)
  public SubmissionView get(UUID id, Actor actor) {
    Submissions.StoredSubmission s = readable(submissions.find(id, organisations(actor)), actor);
    return view(s);
  }

  /** The members of the submission's group, whom it may be assigned to. */
  @Transactional(readOnly = true)
  public List<StaffMember> assignees(UUID id, Actor actor) {
    Submissions.StoredSubmission s = readable(submissions.find(id, organisations(actor)), actor);
    return groups.members(s.group(), actor);
  }

  /**
   * Assigns the submission to a member of its group, or to the actor when {@code userId} is null.
   */
  @Transactional
  public SubmissionView assign(UUID id, UUID userId, Actor actor) {
    assignLocked(locked(id, actor), userId, actor);
    return get(id, actor);
  }

  @Transactional
  public SubmissionView changeStatus(UUID id, String status, String comment, Actor actor) {
    changeLocked(locked(id, actor), status, comment, actor);
    return get(id, actor);
  }

  /**
   * Assigns several submissions in one transaction: all or none. The first that may not be assigned
   * refuses the whole batch, naming its case number.
   */
  @Transactional
  public int assignAll(List<UUID> ids, UUID userId, Actor actor) {
    List<Submissions.StoredSubmission> batch = lockedBatch(ids, actor);
    for (Submissions.StoredSubmission s : batch) {
      inBatch(s, () -> assignLocked(s, userId, actor));
    }
    return batch.size();
  }

  /** Moves several submissions to one status in one transaction: all or none. */
  @Transactional
  public int changeStatusAll(List<UUID> ids, String status, String comment, Actor actor) {
    List<Submissions.StoredSubmission> batch = lockedBatch(ids, actor);
    for (Submissions.StoredSubmission s : batch) {
      inBatch(s, () -> changeLocked(s, status, comment, actor));
    }
    return batch.size();
  }

  private void assignLocked(Submissions.StoredSubmission s, UUID userId, Actor actor) {
    actor.requireRegistering();
    if (s.closedAt() != null) {
      throw new Conflict("assignee", "Ärendet är avslutat.");
    }
    UUID target = userId == null ? actor.userId() : userId;
    if (!groups.isMember(s.group(), target)) {
      throw new InvalidInput(
          "assignee",
          target.equals(actor.userId())
              ? "Du är inte med i handläggargruppen " + s.officerGroup() + "."
              : "Välj någon i handläggargruppen " + s.officerGroup() + ".");
    }
    StaffUser user =
        staff.find(target).orElseThrow(() -> new InvalidInput("assignee", "Okänd användare."));
    submissions.assign(s.id(), user.id(), user.displayName());
  }

  private void changeLocked(
      Submissions.StoredSubmission s, String status, String comment, Actor actor) {
    actor.requireRegistering();
    if (s.closedAt() != null) {
      throw new Conflict("status", "Ärendet är avslutat och kan inte få ny status.");
    }
    List<String> flow = catalogue.version(s.version()).statuses();
    String next = status == null ? "" : status.strip();
    if (!flow.contains(next)) {
      throw new InvalidInput(
          "status", "Välj en status i e-tjänstens flöde: " + String.join(", ", flow) + ".");
    }
    if (next.equals(s.status())) {
      throw new InvalidInput("status", "Ärendet har redan statusen " + next + ".");
    }
    String note = comment == null || comment.isBlank() ? null : comment.strip();
    if (note != null && note.length() > MAX_COMMENT) {
      throw new InvalidInput("comment", "Kommentaren får vara högst " + MAX_COMMENT + " tecken.");
    }
    var now = clock.instant();
    boolean last = next.equals(flow.getLast());
    submissions.changeStatus(s.id(), next, last ? now : null);
    submissions.recordChange(s.id(), s.status(), next, now, actor.displayName(), note);
    if (last) {
      CaseId caseId = new CaseId(s.caseId());
      // An officer may already have closed the case in the registry; then it stays as it is.
      if (cases.get(caseId, actor).open()) {
        cases.close(caseId, new CloseCase(null, "E-tjänstens ärende avslutat: " + next), actor);
      }
    }
    // Queued with the change, in this transaction: a batch that rolls back notifies nobody.
    notices.statusChanged(s);
  }

  private void inBatch(Submissions.StoredSubmission s, Runnable command) {
    try {
      command.run();
    } catch (FieldProblem e) {
      // Rethrown with the case it concerns: the transaction rolls back every change of the batch.
      throw new InvalidInput(
          e.field(), "Ärende " + s.caseNumber() + ": " + e.getMessage() + " Inget ändrades.");
    }
  }

  private List<Submissions.StoredSubmission> lockedBatch(List<UUID> ids, Actor actor) {
    if (ids == null || ids.isEmpty()) {
      throw new InvalidInput("ids", "Markera minst ett ärende.");
    }
    List<Submissions.StoredSubmission> batch = new ArrayList<>();
    // Locked in id order, so that two batches over the same rows wait for each other instead of
    // deadlocking.
    for (UUID id : new java.util.TreeSet<>(ids)) {
      batch.add(locked(id, actor));
    }
    return batch;
  }

  private Submissions.StoredSubmission locked(UUID id, Actor actor) {
    return readable(submissions.lock(id, organisations(actor)), actor);
  }

  private Submissions.StoredSubmission readable(
      Optional<Submissions.StoredSubmission> found, Actor actor) {
    Submissions.StoredSubmission s = found.orElseThrow(Inbox::notFound);
    if (!groups.handles(s.group(), actor)) {
      throw new Forbidden("Ärendet hör till en handläggargrupp som du inte är med i.");
    }
    return s;
  }

  private void requireHandles(OfficerGroup group, Actor actor) {
    if (!groups.handles(group, actor)) {
      throw OfficerGroups.notFound();
    }
  }

  private SubmissionView view(Submissions.StoredSubmission s) {
    EServiceVersionView version = catalogue.version(s.version());
    Map<String, List<String>> answers = submissions.answers(s);
    Set<String> visible = FormRules.visibleFields(version.form(), answers);
    List<SubmissionView.Answer> rendered = new ArrayList<>();
    for (FormField field : version.form().fields()) {
      if (field.type().answered() && visible.contains(field.key())) {
        rendered.add(new SubmissionView.Answer(field.label(), written(field, answers)));
      }
    }
    return new SubmissionView(
        s.id(),
        s.organisation(),
        s.group(),
        s.eService(),
        s.eServiceTitle(),
        s.caseId(),
        s.caseNumber(),
        s.status(),
        version.statuses(),
        s.assignedTo(),
        s.assignedName(),
        s.dueOn(),
        s.overdue(today()),
        s.submittedAt(),
        s.closedAt(),
        s.conversation(),
        rendered,
        submissions.history(s.id()),
        signatures.ofSubmission(s.id(), s.organisation()));
  }

  /** An answer as an officer reads it; an unanswered field says so rather than showing nothing. */
  static String written(FormField field, Map<String, List<String>> answers) {
    if (field.type() == FieldType.ADDRESS) {
      String street = first(answers, field.key() + ".street");
      String postcode = first(answers, field.key() + ".postcode");
      String city = first(answers, field.key() + ".city");
      String address = (street + ", " + postcode + " " + city).strip();
      return address.equals(",") ? "Inte besvarad" : address;
    }
    List<String> values = answers.getOrDefault(field.key(), List.of());
    List<String> given = values.stream().filter(v -> v != null && !v.isBlank()).toList();
    if (given.isEmpty()) {
      return field.type() == FieldType.CHECKBOX ? "Nej" : "Inte besvarad";
    }
    if (field.type() == FieldType.CHECKBOX) {
      return FormRules.CHECKED.equals(given.getFirst()) ? "Ja" : "Nej";
    }
    return String.join(", ", given);
  }

  private static String first(Map<String, List<String>> answers, String key) {
    List<String> values = answers.getOrDefault(key, List.of());
    return values.isEmpty() || values.getFirst() == null ? "" : values.getFirst().strip();
  }

  private static InboxRow row(Submissions.StoredSubmission s, LocalDate today) {
    return new InboxRow(
        s.id(),
        s.caseNumber(),
        s.eServiceTitle(),
        s.submittedAt(),
        s.status(),
        s.assignedTo(),
        s.assignedName(),
        s.dueOn(),
        s.overdue(today),
        s.closedAt());
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(SWEDEN));
  }

  private static NotFound notFound() {
    return new NotFound("Ärendet finns inte eller så saknar du behörighet.");
  }

  private static String[] organisations(Actor actor) {
    return actor.organisations().stream().map(OrganisationId::value).toArray(String[]::new);
  }
}
