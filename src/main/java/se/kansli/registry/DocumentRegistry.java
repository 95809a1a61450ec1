package se.kansli.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Sha256;

/** Registers documents in cases and keeps their file versions until they are final. */
@Service
public class DocumentRegistry {

  private final Documents documents;
  private final CaseRegistry caseRegistry;
  private final Journal journal;
  private final FileInspection inspection;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  DocumentRegistry(
      Documents documents,
      CaseRegistry caseRegistry,
      Journal journal,
      FileInspection inspection,
      ApplicationEventPublisher events,
      Optional<Clock> clock) {
    this.documents = documents;
    this.caseRegistry = caseRegistry;
    this.journal = journal;
    this.inspection = inspection;
    this.events = events;
    this.clock = clock.orElse(Clock.system(CaseRegistry.SWEDEN));
  }

  /** Registers a document, with or without a file, in an open case. */
  @Transactional
  public DocumentView register(
      CaseId caseId, RegisterDocument command, UploadedFile file, Actor actor) {
    actor.requireRegistering();
    StoredCase c = caseRegistry.lockOpen(caseId, actor);
    validate(command, c);
    String contentType = file == null || file.empty() ? null : inspection.check(file);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    StoredDocument d =
        new StoredDocument(
            UUID.randomUUID(),
            c.id(),
            c.organisation(),
            documents.nextSerial(c.id()),
            command.direction(),
            command.documentDate(),
            blankToNull(command.counterpart()),
            command.description().strip(),
            command.finalVersion(),
            command.publicAccess(),
            blankToNull(command.secrecyReference()),
            now,
            actor.userId());
    documents.insert(d);
    Map<String, Object> after = d.snapshot();
    if (contentType != null) {
      after.put("file", storeVersion(d.id(), file, contentType, actor));
    }
    journal.record(
        OrganisationId.of(c.organisation()),
        caseId,
        new DocumentId(d.id()),
        actor,
        "DOCUMENT_REGISTERED",
        null,
        after);
    events.publishEvent(
        new DocumentRegistered(new DocumentId(d.id()), caseId, c.organisation(), d.direction()));
    return get(new DocumentId(d.id()), actor);
  }

  /** Adds a new file version to a draft document. */
  @Transactional
  public DocumentView addVersion(DocumentId id, UploadedFile file, Actor actor) {
    actor.requireRegistering();
    StoredDocument d = lockDraft(id, actor);
    String contentType = inspection.check(file);
    Map<String, Object> stored = storeVersion(d.id(), file, contentType, actor);
    journal.record(
        OrganisationId.of(d.organisation()),
        new CaseId(d.caseId()),
        id,
        actor,
        "DOCUMENT_VERSION_ADDED",
        null,
        stored);
    return get(id, actor);
  }

  /** Marks a draft final: no more versions after this. */
  @Transactional
  public DocumentView markFinal(DocumentId id, Actor actor) {
    actor.requireRegistering();
    StoredDocument d = lockDraft(id, actor);
    documents.markFinal(d.id());
    journal.record(
        OrganisationId.of(d.organisation()),
        new CaseId(d.caseId()),
        id,
        actor,
        "DOCUMENT_FINALISED",
        Map.of("final", false),
        Map.of("final", true));
    return get(id, actor);
  }

  public DocumentView get(DocumentId id, Actor actor) {
    StoredDocument d =
        documents.find(id.value(), actor.organisations()).orElseThrow(DocumentRegistry::notFound);
    return view(d, caseRegistry.get(new CaseId(d.caseId()), actor).caseNumber());
  }

  public List<DocumentView> ofCase(CaseId caseId, Actor actor) {
    return ofCase(caseRegistry.get(caseId, actor));
  }

  /** The documents of a case the caller has already read, and so may see. */
  List<DocumentView> ofCase(CaseView c) {
    List<StoredDocument> stored = documents.ofCase(c.id().value());
    Map<UUID, List<DocumentView.FileVersion>> versions =
        stored.isEmpty() ? Map.of() : documents.versionsOfCase(c.id().value());
    return stored.stream()
        .map(d -> view(d, c.caseNumber(), versions.getOrDefault(d.id(), List.of())))
        .toList();
  }

  /**
   * The file of a version (the latest when {@code version} is null), for someone who may see it.
   */
  public FileContent content(DocumentId id, Integer version, Actor actor) {
    StoredDocument d =
        documents.find(id.value(), actor.organisations()).orElseThrow(DocumentRegistry::notFound);
    int v = version == null ? documents.latestVersion(d.id()) : version;
    return documents
        .content(d.id(), v)
        .orElseThrow(() -> new NotFound("Handlingen har ingen fil i den versionen."));
  }

  DocumentView view(StoredDocument d, String caseNumber) {
    return view(d, caseNumber, documents.versions(d.id()));
  }

  private static DocumentView view(
      StoredDocument d, String caseNumber, List<DocumentView.FileVersion> versions) {
    return new DocumentView(
        new DocumentId(d.id()),
        new CaseId(d.caseId()),
        caseNumber,
        d.organisation(),
        d.serial(),
        d.direction(),
        d.documentDate(),
        d.counterpart(),
        d.description(),
        d.finalVersion(),
        d.publicAccess(),
        d.secrecyReference(),
        d.registeredAt(),
        versions);
  }

  private StoredDocument lockDraft(DocumentId id, Actor actor) {
    StoredDocument d =
        documents.find(id.value(), actor.organisations()).orElseThrow(DocumentRegistry::notFound);
    caseRegistry.lockOpen(new CaseId(d.caseId()), actor);
    if (d.finalVersion()) {
      throw new Conflict("status", "Handlingen är slutlig och kan inte ändras.");
    }
    return d;
  }

  private Map<String, Object> storeVersion(
      UUID documentId, UploadedFile file, String contentType, Actor actor) {
    String sha = Sha256.of(file.bytes());
    String name = safeName(file.fileName());
    int version =
        documents.addVersion(documentId, name, contentType, file.bytes(), sha, actor.userId());
    documents.setSearchText(documentId, inspection.text(contentType, file.bytes()));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", version);
    m.put("fileName", name);
    m.put("contentType", contentType);
    m.put("sizeBytes", file.bytes().length);
    m.put("sha256", sha);
    return m;
  }

  private void validate(RegisterDocument command, StoredCase c) {
    if (command.direction() == null) {
      throw new InvalidInput(
          "direction", "Ange om handlingen är inkommen, utgående eller upprättad.");
    }
    if (command.documentDate() == null) {
      throw new InvalidInput("documentDate", "Ange datum då handlingen kom in eller upprättades.");
    }
    if (command.documentDate().isAfter(LocalDate.now(clock.withZone(CaseRegistry.SWEDEN)))) {
      throw new InvalidInput("documentDate", "Datumet kan inte ligga i framtiden.");
    }
    if (command.direction() != DocumentDirection.INTERNAL
        && (command.counterpart() == null || command.counterpart().isBlank())) {
      throw new InvalidInput(
          "counterpart",
          command.direction() == DocumentDirection.INCOMING
              ? "Ange avsändare."
              : "Ange mottagare.");
    }
    if (command.description() == null || command.description().isBlank()) {
      throw new InvalidInput("description", "Ange en kort beskrivning av handlingens innehåll.");
    }
    if (command.description().strip().length() > 1000) {
      throw new InvalidInput("description", "Beskrivningen får vara högst 1 000 tecken.");
    }
    if (command.publicAccess()
        && command.secrecyReference() != null
        && !command.secrecyReference().isBlank()) {
      throw new InvalidInput(
          "publicAccess", "En sekretessmarkerad handling kan inte vara öppen för alla.");
    }
  }

  private static String safeName(String name) {
    String n = name == null || name.isBlank() ? "fil" : name.strip();
    n = n.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    return n.length() > 200 ? n.substring(n.length() - 200) : n;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static NotFound notFound() {
    return new NotFound("Handlingen finns inte eller så saknar du behörighet.");
  }
}
