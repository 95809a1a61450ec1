package se.kansli.minutesimport;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.meetings.HistoricalMeeting;
import se.kansli.meetings.HistoricalMinutes;
import se.kansli.registry.CaseNumber;
import se.kansli.registry.CaseRegistry;
import se.kansli.registry.CaseView;
import se.kansli.registry.DocumentDirection;
import se.kansli.registry.DocumentRegistry;
import se.kansli.registry.RegisterCase;
import se.kansli.registry.RegisterDocument;
import se.kansli.registry.UploadedFile;
import se.kansli.shared.Actor;
import se.kansli.shared.Forbidden;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;
import se.kansli.shared.Sha256;

/**
 * Old minutes into the registry: a file is read and kept for review; the registrar corrects what
 * was read and commits. The commit finds each § 's case by its number or creates it, stores the
 * meeting as historical minutes, and registers the original file in every case, where its text is
 * searchable like any document. One transaction: a failure stores nothing, and a second commit
 * returns the first one's result.
 */
@Service
public class MinutesImports {

  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private final Imports imports;
  private final MinutesParser parser;
  private final DiacriticsRestorer restorer;
  private final CaseRegistry cases;
  private final DocumentRegistry documents;
  private final HistoricalMinutes historical;

  MinutesImports(
      Imports imports,
      CaseRegistry cases,
      DocumentRegistry documents,
      HistoricalMinutes historical) {
    this.imports = imports;
    this.parser = new MinutesParser();
    this.restorer = new DiacriticsRestorer();
    this.cases = cases;
    this.documents = documents;
    this.historical = historical;
  }

  /** Reads a file; refused with a Swedish message, and nothing stored, when it is not minutes. */
  @Transactional
  public ImportView read(String organisation, String fileName, byte[] content, Actor actor) {
    requireImporter(actor);
    OrganisationId org = organisation(organisation, actor);
    if (content == null || content.length == 0) {
      throw new InvalidInput("file", "Välj en fil med protokoll (text eller PDF).");
    }
    try {
      parser.parse(content);
    } catch (MinutesImportFailure e) {
      throw new InvalidInput("file", e.getMessage());
    }
    UUID id = UUID.randomUUID();
    String name = fileName == null || fileName.isBlank() ? "protokoll" : fileName.strip();
    imports.insert(id, org.value(), name, content, Sha256.of(content), actor.displayName());
    return get(id, actor);
  }

  @Transactional(readOnly = true)
  public ImportView get(UUID id, Actor actor) {
    return view(stored(id, actor));
  }

  /** The actor's organisations' imports, newest first, without their files. */
  @Transactional(readOnly = true)
  public List<ImportView> recent(Actor actor) {
    return imports.recent(organisations(actor)).stream()
        .map(i ->
            new ImportView(
                i.id(),
                i.organisation(),
                i.fileName(),
                i.sha256(),
                i.committed(),
                i.createdAt(),
                i.createdBy(),
                null,
                null,
                List.of(),
                i.result()))
        .toList();
  }

  @Transactional
  public ImportResult commit(UUID id, ReviewedMinutes reviewed, Actor actor) {
    requireImporter(actor);
    stored(id, actor);
    Imports.StoredImport stored = imports.lock(id);
    if (stored.committed()) {
      return stored.result();
    }
    ImportView view = view(stored);
    ReviewedMinutes minutes =
        reviewed == null || reviewed.items().isEmpty() ? view.display() : reviewed;
    if (minutes.date() == null) {
      throw new InvalidInput("date", "Ange sammanträdets datum; det gick inte att läsa ut.");
    }
    List<ImportResult.LinkedCase> linked = new ArrayList<>();
    List<HistoricalMeeting.Item> items = new ArrayList<>();
    for (ReviewedMinutes.Item item : minutes.items()) {
      CaseLink link = link(stored.organisation(), minutes, item, actor);
      boolean registered = registerSource(stored, minutes, item, link.found(), actor);
      linked.add(
          new ImportResult.LinkedCase(
              item.number(),
              link.found().id().value(),
              link.found().caseNumber(),
              link.created(),
              registered));
      items.add(
          new HistoricalMeeting.Item(
              item.number(),
              item.title(),
              link.found().id().value(),
              link.found().caseNumber(),
              item.decision(),
              item.summary(),
              item.proceedings(),
              item.decisionBasis(),
              item.recipients()));
    }
    HistoricalMinutes.Recorded recorded =
        historical.record(
            new HistoricalMeeting(
                stored.organisation(),
                Optional.ofNullable(minutes.bodyName())
                    .filter(b -> !b.isBlank())
                    .orElseThrow(() ->
                        new InvalidInput("bodyName", "Ange vilken nämnd protokollet gäller.")),
                minutes.date(),
                stored.sha256(),
                items),
            actor);
    ImportResult result =
        new ImportResult(recorded.meeting().id().value(), recorded.created(), linked);
    imports.committed(id, result);
    return result;
  }

  private record CaseLink(CaseView found, boolean created) {}

  /** The case by its number in Kansli's form, created with that number if missing, else new. */
  private CaseLink link(
      String organisation, ReviewedMinutes minutes, ReviewedMinutes.Item item, Actor actor) {
    String title = required(item.title(), "§ " + item.number() + " saknar rubrik.");
    Optional<CaseNumber> number =
        Optional.ofNullable(item.caseNumber()).flatMap(CaseNumber::tryParse);
    if (number.isPresent()) {
      Optional<CaseView> existing =
          cases.findByNumber(number.get(), actor).stream()
              .filter(c -> c.organisation().equals(organisation))
              .findFirst();
      if (existing.isPresent()) {
        return new CaseLink(existing.get(), false);
      }
      if (number.get().classificationCode() != null) {
        return new CaseLink(
            cases.registerExisting(
                new RegisterCase(
                    organisation,
                    number.get().classificationCode(),
                    title,
                    imported(minutes),
                    null,
                    null,
                    null,
                    null,
                    null),
                number.get(),
                minutes.date().atTime(LocalTime.NOON).atZone(SWEDEN).toInstant(),
                actor),
            true);
      }
    }
    String code = minutes.classificationCode();
    if (code == null || code.isBlank()) {
      throw new InvalidInput(
          "classificationCode",
          "§ "
              + item.number()
              + " har diarienumret \""
              + item.caseNumber()
              + "\", som inte är i Kanslis form: välj klassificering för ärenden som skapas.");
    }
    String earlier =
        item.caseNumber() == null || item.caseNumber().isBlank()
            ? ""
            : " Tidigare diarienummer: " + item.caseNumber() + ".";
    return new CaseLink(
        cases.register(
            new RegisterCase(
                organisation,
                code,
                title,
                imported(minutes) + earlier,
                null,
                null,
                null,
                null,
                null),
            actor),
        true);
  }

  /** The original file, registered in the case as the document the decision came from. */
  private boolean registerSource(
      Imports.StoredImport stored,
      ReviewedMinutes minutes,
      ReviewedMinutes.Item item,
      CaseView found,
      Actor actor) {
    if (!found.open()) {
      return false;
    }
    documents.register(
        found.id(),
        new RegisterDocument(
            DocumentDirection.INTERNAL,
            minutes.date(),
            minutes.bodyName(),
            "Protokoll "
                + minutes.bodyName()
                + " "
                + minutes.date()
                + " § "
                + item.number()
                + " (inläst från "
                + stored.fileName()
                + ")",
            !found.confidential(),
            null,
            true),
        new UploadedFile(stored.fileName(), stored.content()),
        actor);
    return true;
  }

  private ImportView view(Imports.StoredImport stored) {
    ParsedMinutes parsed = parser.parse(stored.content());
    return new ImportView(
        stored.id(),
        stored.organisation(),
        stored.fileName(),
        stored.sha256(),
        stored.committed(),
        stored.createdAt(),
        stored.createdBy(),
        parsed,
        display(parsed),
        sourceLines(stored.content()),
        stored.result());
  }

  /** What was read, with å, ä and ö restored where the word list makes the reading certain. */
  ReviewedMinutes display(ParsedMinutes parsed) {
    return new ReviewedMinutes(
        restore(parsed.meeting().body()),
        parsed.meeting().date(),
        null,
        parsed.items().stream()
            .map(i ->
                new ReviewedMinutes.Item(
                    i.number(),
                    restore(i.title()),
                    i.caseNumber(),
                    restore(i.decision()),
                    restore(i.summary()),
                    restore(i.proceedings()),
                    i.decisionBasis().stream().map(this::restore).toList(),
                    i.recipients().stream().map(this::restore).toList()))
            .toList());
  }

  private String restore(String text) {
    return text == null ? null : restorer.restore(text).text();
  }

  private List<String> sourceLines(byte[] content) {
    return new MinutesFileReader(MinutesParser.DEFAULT_MAX_BYTES)
        .read(content).pages().stream().flatMap(page -> page.lines()).toList();
  }

  private Imports.StoredImport stored(UUID id, Actor actor) {
    return imports
        .find(id, organisations(actor))
        .orElseThrow(() -> new NotFound("Inläsningen finns inte eller så saknar du behörighet."));
  }

  private static String imported(ReviewedMinutes minutes) {
    return "Inläst från protokoll " + minutes.bodyName() + " " + minutes.date() + ".";
  }

  private static String required(String value, String message) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput("items", message);
    }
    return value.strip();
  }

  static void requireImporter(Actor actor) {
    if (!actor.has(Role.REGISTRAR)
        && !actor.has(Role.ADMINISTRATOR)
        && !actor.has(Role.COMMITTEE_SECRETARY)) {
      throw new Forbidden(
          "Endast registratorer, nämndsekreterare och administratörer läser in protokoll.");
    }
  }

  private static OrganisationId organisation(String value, Actor actor) {
    if (value == null || value.isBlank()) {
      if (actor.organisations().size() == 1) {
        return actor.organisations().iterator().next();
      }
      throw new InvalidInput("organisation", "Välj organisation.");
    }
    OrganisationId org = OrganisationId.of(value);
    actor.requireMemberOf(org);
    return org;
  }

  private static String[] organisations(Actor actor) {
    return actor.organisations().stream().map(OrganisationId::value).toArray(String[]::new);
  }
}
