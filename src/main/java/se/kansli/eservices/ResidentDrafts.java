package se.kansli.eservices;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.tika.Tika;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.shared.Conflict;
import se.kansli.shared.Forbidden;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.ResidentId;
import se.kansli.shared.Sha256;

/**
 * A resident's drafts: started from an e-service's published version, filled in page by page and
 * kept in the database (so a draft survives a restart and a later visit). A draft is its owner's
 * only: to anyone else it does not exist. Answers are checked with {@link FormRules} before they
 * are kept; a refused page stores nothing.
 */
@Service
public class ResidentDrafts {

  private final EServiceCatalogue catalogue;
  private final DraftRows rows;
  private final Clock clock;
  private final Tika tika = new Tika();

  ResidentDrafts(EServiceCatalogue catalogue, DraftRows rows, Optional<Clock> clock) {
    this.catalogue = catalogue;
    this.rows = rows;
    this.clock = clock.orElse(Clock.systemUTC());
  }

  /**
   * A new draft of the e-service at {@code slug} in {@code organisation}'s catalogue (a committee
   * e-service only where it is switched on), against its published version.
   *
   * @throws Forbidden if the e-service needs a login and the owner is anonymous
   */
  @Transactional
  public DraftView start(String organisation, String slug, DraftOwner owner) {
    EServiceVersionView version = catalogue.published(organisation, slug);
    return create(version, organisation, owner, Map.of());
  }

  /** Whether the e-service at this address needs the resident to log in first. */
  @Transactional(readOnly = true)
  public boolean loginRequired(String organisation, String slug) {
    return catalogue.entry(organisation, slug).loginRequired();
  }

  @Transactional(readOnly = true)
  public DraftView get(UUID id, DraftOwner owner) {
    return view(owned(rows.find(id), owner));
  }

  /**
   * The resident's drafts being filled in, the latest first; those sent for signing are {@link
   * ResidentSignatures#awaiting}.
   */
  @Transactional(readOnly = true)
  public List<DraftView> mine(ResidentId resident) {
    return rows.unsubmitted(resident.value()).stream()
        .filter(d -> d.signingOrder() == null)
        .map(this::view)
        .toList();
  }

  /**
   * Checks the answers to one page (0-based) and keeps them, with the files posted for its file
   * upload fields. {@code complete} demands every required field (the resident goes on); without it
   * (going back, saving for later) only what is answered is checked. A value for a field hidden by
   * its condition, a key the page does not have or a refused file stores nothing.
   *
   * @return the check: its problems, or the answers kept
   */
  @Transactional
  public AnswerCheck savePage(
      UUID id,
      DraftOwner owner,
      int page,
      Map<String, List<String>> posted,
      List<UploadedAnswerFile> files,
      boolean complete) {
    DraftRows.StoredDraft draft = owned(rows.lock(id), owner);
    requireOpen(draft);
    Form form = catalogue.version(draft.version()).form();
    if (page < 0 || page >= form.pages().size()) {
      throw new NotFound("Sidan finns inte.");
    }
    FormPage formPage = form.pages().get(page);
    Set<String> pageKeys = keys(formPage);
    List<FormProblem> problems = new ArrayList<>();
    Map<String, List<String>> answers = new LinkedHashMap<>(draft.answers());
    answers.keySet().removeAll(pageKeys);
    Map<String, List<String>> values = new LinkedHashMap<>();
    posted.forEach((key, v) -> {
      if (key.startsWith("_") || v == null || v.stream().allMatch(s -> s == null || s.isBlank())) {
        return;
      }
      if (!pageKeys.contains(key)) {
        problems.add(
            new FormProblem(key, "Formuläret har inget fält ”" + key + "” på den här sidan."));
      } else if (form.field(key).map(f -> f.type() == FieldType.FILE_UPLOAD).orElse(false)) {
        problems.add(new FormProblem(key, "Bifoga filer med knappen för att välja fil."));
      } else {
        values.put(key, v);
      }
    });
    List<DraftFileView> existing = rows.files(id);
    List<Accepted> accepted = new ArrayList<>();
    for (FormField field : formPage.fields()) {
      if (field.type() != FieldType.FILE_UPLOAD) {
        continue;
      }
      List<String> ids =
          new ArrayList<>(
              existing.stream()
                  .filter(f -> f.fieldKey().equals(field.key()))
                  .filter(f ->
                      draft
                          .answers()
                          .getOrDefault(field.key(), List.of())
                          .contains(f.id().toString()))
                  .map(f -> f.id().toString())
                  .toList());
      for (UploadedAnswerFile file : files) {
        if (!file.fieldKey().equals(field.key()) || file.empty()) {
          continue;
        }
        try {
          Accepted a = inspect(field, file);
          accepted.add(a);
          ids.add(a.id().toString());
        } catch (InvalidInput e) {
          problems.add(new FormProblem(field.key(), e.getMessage()));
        }
      }
      if (ids.size() > field.files().maxCount()) {
        problems.add(
            new FormProblem(
                field.key(),
                "”"
                    + field.label()
                    + "”: högst "
                    + field.files().maxCount()
                    + " filer får bifogas."));
      }
      if (!ids.isEmpty()) {
        values.put(field.key(), ids);
      }
    }
    for (UploadedAnswerFile file : files) {
      if (!file.empty()
          && formPage.fields().stream()
              .noneMatch(
                  f -> f.key().equals(file.fieldKey()) && f.type() == FieldType.FILE_UPLOAD)) {
        problems.add(
            new FormProblem(
                file.fieldKey(),
                "Formuläret har inget filfält ”" + file.fieldKey() + "” på den här sidan."));
      }
    }
    Map<String, List<String>> candidate = new LinkedHashMap<>(answers);
    candidate.putAll(values);
    AnswerCheck check = FormRules.checkPage(complete ? form : relaxed(form, page), page, candidate);
    problems.addAll(check.problems());
    if (!problems.isEmpty()) {
      return new AnswerCheck(Map.of(), problems);
    }
    Instant now = now();
    for (Accepted a : accepted) {
      rows.insertFile(
          a.id(), id, a.fieldKey(), a.fileName(), a.contentType(), a.bytes(), a.sha256(), now);
    }
    answers.putAll(check.answers());
    // Answers kept from before that the new answers hide are no longer the resident's answers.
    Set<String> visible = FormRules.visibleFields(form, answers);
    for (FormField field : form.fields()) {
      if (!visible.contains(field.key())) {
        answers.keySet().removeAll(keys(field));
      }
    }
    rows.saveAnswers(id, answers, page, now);
    return check;
  }

  /** Takes a file off the draft. */
  @Transactional
  public void removeFile(UUID id, DraftOwner owner, UUID file) {
    DraftRows.StoredDraft draft = owned(rows.lock(id), owner);
    requireOpen(draft);
    Map<String, List<String>> answers = new LinkedHashMap<>(draft.answers());
    answers.replaceAll((k, v) -> v.stream().filter(s -> !s.equals(file.toString())).toList());
    answers.values().removeIf(List::isEmpty);
    rows.deleteFile(id, file);
    rows.saveAnswers(id, answers, draft.page(), now());
  }

  /** Deletes a draft not yet sent in, with its files. */
  @Transactional
  public void delete(UUID id, DraftOwner owner) {
    DraftRows.StoredDraft draft = owned(rows.lock(id), owner);
    requireOpen(draft);
    rows.delete(id);
  }

  /**
   * A new draft of the e-service's version published now, with the answers of this draft whose
   * fields are still there: for a draft whose version was retired while it was being filled in.
   */
  @Transactional
  public DraftView startAgain(UUID id, DraftOwner owner) {
    DraftRows.StoredDraft draft = owned(rows.lock(id), owner);
    EServiceVersionView old = catalogue.version(draft.version());
    EServiceVersionView current = catalogue.published(draft.organisation(), old.slug());
    Set<String> keys = new HashSet<>();
    current.form().fields().stream()
        .filter(f -> f.type().answered() && f.type() != FieldType.FILE_UPLOAD)
        .forEach(f -> keys.addAll(keys(f)));
    Map<String, List<String>> copied = new LinkedHashMap<>();
    draft
        .answers()
        .forEach((k, v) -> {
          if (keys.contains(k)) {
            copied.put(k, v);
          }
        });
    return create(current, draft.organisation(), owner, copied);
  }

  // ---- for the submission --------------------------------------------------------------------

  DraftRows.StoredDraft lockOwned(UUID id, DraftOwner owner) {
    return owned(rows.lock(id), owner);
  }

  DraftView view(DraftRows.StoredDraft d, UUID submission) {
    return new DraftView(
        d.id(),
        d.organisation(),
        catalogue.version(d.version()),
        d.answers(),
        d.page(),
        rows.files(d.id()),
        d.updatedAt(),
        submission,
        d.signingOrder());
  }

  // ---- inside --------------------------------------------------------------------------------

  private DraftView create(
      EServiceVersionView version,
      String organisation,
      DraftOwner owner,
      Map<String, List<String>> answers) {
    if (version.loginRequired() && owner.resident() == null) {
      throw new Forbidden("Logga in med e-legitimation för att använda e-tjänsten.");
    }
    if (owner.resident() == null && owner.tokenSha256() == null) {
      throw new InvalidInput("token", "Utkastet kan inte sparas utan kaka i webbläsaren.");
    }
    UUID id = UUID.randomUUID();
    rows.insert(
        id,
        version,
        organisation,
        owner.resident() == null ? null : owner.resident().value(),
        owner.tokenSha256(),
        answers,
        now());
    return view(rows.find(id).orElseThrow());
  }

  private DraftView view(DraftRows.StoredDraft d) {
    return view(d, null);
  }

  private static DraftRows.StoredDraft owned(
      Optional<DraftRows.StoredDraft> draft, DraftOwner owner) {
    return draft
        .filter(d -> owner != null && d.ownedBy(owner))
        .orElseThrow(() -> new NotFound("Utkastet finns inte."));
  }

  private static void requireOpen(DraftRows.StoredDraft draft) {
    if (draft.submittedAt() != null) {
      throw new Conflict("draft", "Ansökan är redan inskickad och kan inte ändras.");
    }
    // The signers sign the answers as they are; a change now would send in something else.
    if (draft.signingOrder() != null) {
      throw new Conflict(
          "draft",
          "Ansökan väntar på underskrifter och kan inte ändras. Återkalla underskrifterna först.");
    }
  }

  private record Accepted(
      UUID id, String fieldKey, String fileName, String contentType, byte[] bytes, String sha256) {}

  /** Size and type, the type detected from the bytes: a program renamed to .pdf is no PDF. */
  private Accepted inspect(FormField field, UploadedAnswerFile file) {
    String name = safeName(file.fileName());
    FileLimits limits = field.files();
    if (file.bytes().length > limits.maxBytes()) {
      throw new InvalidInput(
          field.key(),
          "Filen ”"
              + name
              + "” är för stor: högst "
              + megabytes(limits.maxBytes())
              + " MB är tillåtet.");
    }
    List<String> allowed =
        limits.contentTypes().isEmpty() ? FileLimits.DEFAULT.contentTypes() : limits.contentTypes();
    String type;
    try {
      type = tika.detect(file.bytes());
    } catch (RuntimeException e) {
      throw new InvalidInput(field.key(), "Filen ”" + name + "” kunde inte läsas.");
    }
    if (!allowed.contains(type)) {
      throw new InvalidInput(
          field.key(),
          "Filen ”"
              + name
              + "” är inte av en tillåten typ (den är "
              + type
              + "). Tillåtna typer: "
              + String.join(", ", allowed)
              + ".");
    }
    return new Accepted(
        UUID.randomUUID(), field.key(), name, type, file.bytes(), Sha256.of(file.bytes()));
  }

  private static long megabytes(long bytes) {
    return Math.max(1, bytes / (1024 * 1024));
  }

  private static String safeName(String name) {
    String n = name == null || name.isBlank() ? "fil" : name.strip();
    n = n.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    return n.length() > 200 ? n.substring(n.length() - 200) : n;
  }

  /** The form with one page's fields optional, for saving an unfinished page. */
  private static Form relaxed(Form form, int page) {
    List<FormPage> pages = new ArrayList<>(form.pages());
    FormPage p = pages.get(page);
    pages.set(
        page,
        new FormPage(
            p.title(),
            p.fields().stream()
                .map(f ->
                    new FormField(
                        f.key(),
                        f.type(),
                        f.label(),
                        f.help(),
                        false,
                        f.validation(),
                        f.choices(),
                        f.condition(),
                        f.files()))
                .toList()));
    return new Form(pages);
  }

  static Set<String> keys(FormPage page) {
    Set<String> keys = new HashSet<>();
    page.fields().forEach(f -> keys.addAll(keys(f)));
    return keys;
  }

  static List<String> keys(FormField field) {
    return field.type() == FieldType.ADDRESS
        ? FormRules.ADDRESS_PARTS.stream().map(p -> field.key() + "." + p).toList()
        : List.of(field.key());
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
