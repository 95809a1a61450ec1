package se.kansli.eservices;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.organisations.Organisation;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.registry.ClassificationScheme;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.Forbidden;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;
import tools.jackson.databind.json.JsonMapper;

/**
 * The e-service definitions of the actor's organisations, their versions and their forms. A version
 * is a draft until published; publishing retires the version published before it, so residents
 * always meet one version, and a version that has been published never changes again (the database
 * refuses it too), because submissions name the version they were made with.
 */
@Service
public class EServices {

  public static final List<String> DEFAULT_STATUSES =
      List.of("Inkommen", "Under handläggning", "Komplettering begärd", "Beslutad", "Avslutad");

  private static final int MAX_TEXT = 2000;

  private final Definitions definitions;
  private final OrganisationDirectory organisations;
  private final ClassificationScheme classification;
  private final JsonMapper json;

  EServices(
      Definitions definitions,
      OrganisationDirectory organisations,
      ClassificationScheme classification,
      JsonMapper json) {
    this.definitions = definitions;
    this.organisations = organisations;
    this.classification = classification;
    this.json = json;
  }

  // ---- e-services ------------------------------------------------------------------------------

  @Transactional
  public EServiceView create(EServiceSettings settings, Actor actor) {
    OrganisationId org = organisation(settings.organisation(), actor);
    requireAdministrator(org, actor);
    Definitions.StoredService checked = checked(EServiceId.random(), org.value(), null, settings);
    definitions.insert(checked);
    definitions.insertVersion(
        EServiceVersionId.random(), checked.id(), Form.EMPTY, actor.username());
    return get(checked.id(), actor);
  }

  @Transactional
  public EServiceView update(EServiceId id, EServiceSettings settings, Actor actor) {
    Definitions.StoredService stored = locked(id, actor);
    requireAdministrator(OrganisationId.of(stored.organisation()), actor);
    definitions.update(checked(id, stored.organisation(), stored.slug(), settings));
    return get(id, actor);
  }

  /** The e-services of the actor's organisations. */
  @Transactional(readOnly = true)
  public List<EServiceView> list(Actor actor) {
    return definitions.of(organisations(actor)).stream().map(this::view).toList();
  }

  /**
   * The joint committee's published e-services that a municipality's administrator may switch on,
   * when the actor works for a municipality.
   */
  @Transactional(readOnly = true)
  public List<EServiceView> committeeOffers(Actor actor) {
    String[] committees =
        organisations.all().stream()
            .filter(o -> o.kind() == Organisation.Kind.COMMITTEE)
            .filter(o -> !actor.belongsTo(o.id()))
            .map(o -> o.id().value())
            .toArray(String[]::new);
    if (municipalitiesOf(actor).isEmpty()) {
      return List.of();
    }
    return definitions.of(committees).stream()
        .map(this::view)
        .filter(v -> v.published() != null)
        .toList();
  }

  @Transactional(readOnly = true)
  public EServiceView get(EServiceId id, Actor actor) {
    return view(stored(id, actor));
  }

  /** Whether the actor may change the organisation's e-services. */
  public boolean mayAdminister(String organisation, Actor actor) {
    OrganisationId org = OrganisationId.of(organisation);
    if (!actor.belongsTo(org)) {
      return false;
    }
    return actor.has(Role.ADMINISTRATOR)
        || actor.has(Role.COMMITTEE_SECRETARY)
            && organisations
                .find(org)
                .map(o -> o.kind() == Organisation.Kind.COMMITTEE)
                .orElse(false);
  }

  // ---- versions --------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public EServiceVersionView version(EServiceVersionId id, Actor actor) {
    Definitions.StoredVersion version = definitions.version(id).orElseThrow(EServices::notFound);
    return versionView(stored(version.service(), actor), version);
  }

  /** Starts a draft from the published version (or the latest one); only one draft at a time. */
  @Transactional
  public EServiceVersionView newDraft(EServiceId id, Actor actor) {
    Definitions.StoredService service = administered(id, actor);
    List<Definitions.StoredVersion> versions = definitions.versions(id);
    if (versions.stream().anyMatch(v -> v.status() == VersionStatus.DRAFT)) {
      throw new Conflict("version", "Det finns redan ett utkast; arbeta vidare i det.");
    }
    Form form =
        versions.stream()
            .filter(v -> v.status() == VersionStatus.PUBLISHED)
            .findFirst()
            .or(() -> versions.stream().findFirst())
            .map(Definitions.StoredVersion::form)
            .orElse(Form.EMPTY);
    EServiceVersionId draft = EServiceVersionId.random();
    definitions.insertVersion(draft, service.id(), form, actor.username());
    return version(draft, actor);
  }

  /** Publishes a draft; the version published until now is retired in the same transaction. */
  @Transactional
  public EServiceVersionView publish(EServiceVersionId id, Actor actor) {
    Definitions.StoredVersion version = lockedVersion(id, actor);
    requireDraft(version);
    List<FormProblem> problems = FormRules.checkDefinition(version.form());
    if (!problems.isEmpty()) {
      throw new InvalidInput("form", problems.getFirst().message());
    }
    if (version.form().fields().stream().noneMatch(f -> f.type().answered())) {
      throw new InvalidInput("form", "Formuläret har inget fält att besvara.");
    }
    definitions.versions(version.service()).stream()
        .filter(v -> v.status() == VersionStatus.PUBLISHED)
        .forEach(v -> definitions.retire(v.id()));
    definitions.publish(id, actor.username());
    return version(id, actor);
  }

  /** Takes the published version out of use; the e-service leaves the catalogue. */
  @Transactional
  public EServiceVersionView retire(EServiceVersionId id, Actor actor) {
    Definitions.StoredVersion version = lockedVersion(id, actor);
    if (version.status() != VersionStatus.PUBLISHED) {
      throw new Conflict("version", "Bara den publicerade versionen kan dras tillbaka.");
    }
    definitions.retire(id);
    return version(id, actor);
  }

  /** Throws a draft away; published and retired versions are kept for ever. */
  @Transactional
  public EServiceView discardDraft(EServiceVersionId id, Actor actor) {
    Definitions.StoredVersion version = lockedVersion(id, actor);
    requireDraft(version);
    definitions.deleteDraft(id);
    return get(version.service(), actor);
  }

  /** Replaces a draft's whole form, as the API does. */
  @Transactional
  public EServiceVersionView updateForm(EServiceVersionId id, Form form, Actor actor) {
    return edit(
        id,
        actor,
        old -> {
          List<FormProblem> problems = FormRules.checkDefinition(form);
          if (!problems.isEmpty()) {
            throw new InvalidInput(
                "form", String.join(" ", problems.stream().map(FormProblem::message).toList()));
          }
          return form;
        });
  }

  /**
   * Replaces a draft's whole form from JSON ({@code {"pages": [...]}}), read as leniently as an
   * import: an unknown field type gets a Swedish message rather than a parser's.
   */
  @Transactional
  public EServiceVersionView updateForm(EServiceVersionId id, String formJson, Actor actor) {
    version(id, actor);
    return updateForm(id, FormJson.readForm(json, formJson), actor);
  }

  @Transactional
  public EServiceVersionView addPage(EServiceVersionId id, String title, Actor actor) {
    return edit(id, actor, form -> FormEdits.addPage(form, title));
  }

  @Transactional
  public EServiceVersionView renamePage(EServiceVersionId id, int page, String title, Actor actor) {
    return edit(id, actor, form -> FormEdits.renamePage(form, page, title));
  }

  @Transactional
  public EServiceVersionView removePage(EServiceVersionId id, int page, Actor actor) {
    return edit(id, actor, form -> FormEdits.removePage(form, page));
  }

  @Transactional
  public EServiceVersionView movePage(EServiceVersionId id, int page, int step, Actor actor) {
    return edit(id, actor, form -> FormEdits.movePage(form, page, step));
  }

  /**
   * Adds a field to a page ({@code originalKey} null) or changes one. Problems are named by the
   * builder's inputs: key, label, choices, condition and the validation's parts.
   */
  @Transactional
  public EServiceVersionView saveField(
      EServiceVersionId id, int page, String originalKey, FormField field, Actor actor) {
    return edit(
        id,
        actor,
        form -> {
          requireFieldParts(field);
          Form changed = FormEdits.saveField(form, page, originalKey, field);
          List<FormProblem> problems = FormRules.checkDefinition(changed);
          problems.stream()
              .filter(p -> p.field().equals(field.key()))
              .findFirst()
              .ifPresent(p -> {
                throw new InvalidInput(builderInput(p.message()), p.message());
              });
          if (!problems.isEmpty()) {
            throw new InvalidInput("key", problems.getFirst().message());
          }
          return changed;
        });
  }

  @Transactional
  public EServiceVersionView removeField(EServiceVersionId id, String key, Actor actor) {
    return edit(id, actor, form -> FormEdits.removeField(form, key));
  }

  @Transactional
  public EServiceVersionView moveField(EServiceVersionId id, String key, int step, Actor actor) {
    return edit(
        id,
        actor,
        form -> {
          Form moved = FormEdits.moveField(form, key, step);
          if (!FormRules.checkDefinition(moved).isEmpty()) {
            throw new Conflict(
                "field", "Fältet kan inte flyttas förbi det fält som styr när det visas.");
          }
          return moved;
        });
  }

  /** The version's form as a JSON file. */
  @Transactional(readOnly = true)
  public String export(EServiceVersionId id, Actor actor) {
    return FormJson.write(json, version(id, actor));
  }

  /** Reads a form from a JSON file into a new draft; a file with any problem stores nothing. */
  @Transactional
  public EServiceVersionView importDraft(EServiceId id, String file, Actor actor) {
    Definitions.StoredService service = administered(id, actor);
    Form form = FormJson.read(json, file);
    if (definitions.versions(id).stream().anyMatch(v -> v.status() == VersionStatus.DRAFT)) {
      throw new Conflict(
          "json", "Det finns redan ett utkast. Publicera det eller ta bort det först.");
    }
    EServiceVersionId draft = EServiceVersionId.random();
    definitions.insertVersion(draft, service.id(), form, actor.username());
    return version(draft, actor);
  }

  // ---- the committee's e-services in the municipalities -------------------------------------

  /**
   * Switches the joint committee's e-service on in a member municipality's catalogue. The
   * committee's administrators and the municipality's may do it.
   */
  @Transactional
  public EServiceView activate(EServiceId id, String municipality, Actor actor) {
    Definitions.StoredService service = activatable(id, municipality, actor);
    definitions.activate(service.id(), municipality, actor.username());
    return activationView(service, actor);
  }

  @Transactional
  public EServiceView deactivate(EServiceId id, String municipality, Actor actor) {
    Definitions.StoredService service = activatable(id, municipality, actor);
    definitions.deactivate(service.id(), municipality);
    return activationView(service, actor);
  }

  private EServiceView activationView(Definitions.StoredService service, Actor actor) {
    return actor.belongsTo(OrganisationId.of(service.organisation()))
        ? get(service.id(), actor)
        : view(service);
  }

  private Definitions.StoredService activatable(EServiceId id, String municipality, Actor actor) {
    Definitions.StoredService service =
        definitions.findAnywhere(id).orElseThrow(EServices::notFound);
    Organisation owner = organisations.get(OrganisationId.of(service.organisation()));
    OrganisationId target = OrganisationId.of(municipality == null ? "" : municipality.strip());
    boolean ownersAdmin = mayAdminister(owner.id().value(), actor);
    boolean municipalityAdmin = actor.belongsTo(target) && actor.has(Role.ADMINISTRATOR);
    if (!actor.belongsTo(owner.id())
        && !(owner.kind() == Organisation.Kind.COMMITTEE && actor.belongsTo(target))) {
      throw notFound();
    }
    if (owner.kind() != Organisation.Kind.COMMITTEE) {
      throw new Conflict(
          "municipality", "Bara den gemensamma nämndens e-tjänster kan slås på i en kommun.");
    }
    Organisation municipalityOrg =
        organisations
            .find(target)
            .filter(o -> o.kind() == Organisation.Kind.MUNICIPALITY)
            .orElseThrow(() -> new InvalidInput("municipality", "Välj en medlemskommun."));
    if (!ownersAdmin && !municipalityAdmin) {
      throw new Forbidden(
          "Endast nämndens eller kommunens administratörer får slå på e-tjänsten i "
              + municipalityOrg.name()
              + ".");
    }
    return service;
  }

  // ---- inside --------------------------------------------------------------------------------

  private EServiceVersionView edit(EServiceVersionId id, Actor actor, UnaryOperator<Form> change) {
    Definitions.StoredVersion version = lockedVersion(id, actor);
    requireDraft(version);
    definitions.updateForm(id, change.apply(version.form()));
    return version(id, actor);
  }

  private Definitions.StoredVersion lockedVersion(EServiceVersionId id, Actor actor) {
    Definitions.StoredVersion unlocked = definitions.version(id).orElseThrow(EServices::notFound);
    administered(unlocked.service(), actor);
    // Read again under the e-service's lock: another publish may have got there first.
    return definitions.version(id).orElseThrow(EServices::notFound);
  }

  private Definitions.StoredService administered(EServiceId id, Actor actor) {
    Definitions.StoredService service = locked(id, actor);
    requireAdministrator(OrganisationId.of(service.organisation()), actor);
    return service;
  }

  private static void requireDraft(Definitions.StoredVersion version) {
    if (version.status() != VersionStatus.DRAFT) {
      throw new Conflict(
          "version",
          "Version "
              + version.number()
              + " är "
              + version.status().label().toLowerCase(Locale.ROOT)
              + " och kan inte ändras. Starta ett nytt utkast.");
    }
  }

  private void requireAdministrator(OrganisationId org, Actor actor) {
    if (!mayAdminister(org.value(), actor)) {
      throw new Forbidden("Endast organisationens administratörer får ändra dess e-tjänster.");
    }
  }

  private static void requireFieldParts(FormField field) {
    if (field.key() == null || !FormRules.KEY.matcher(field.key()).matches()) {
      throw new InvalidInput(
          "key", "Nyckeln ska vara 1–60 tecken a–z, 0–9 och bindestreck, utan å, ä, ö.");
    }
    if (field.type() == null) {
      throw new InvalidInput("type", "Välj fälttyp.");
    }
    if (field.label() == null || field.label().isBlank()) {
      throw new InvalidInput("label", "Skriv fältets etikett.");
    }
    if (field.label().length() > MAX_TEXT
        || field.help() != null && field.help().length() > MAX_TEXT) {
      throw new InvalidInput("label", "Texten får vara högst " + MAX_TEXT + " tecken.");
    }
  }

  /** Which of the builder's inputs a definition problem of the field being saved is about. */
  private static String builderInput(String message) {
    if (message.contains("visas beroende")
        || message.contains("vilket svar som visar")
        || message.contains("är inte ett av svaren")
        || message.contains("kryssruta kan bara")) {
      return "conditionField";
    }
    if (message.contains("svarsalternativ")) {
      return "choices";
    }
    if (message.contains("mönstret")) {
      return "pattern";
    }
    if (message.contains("meddelande")) {
      return "patternMessage";
    }
    if (message.contains("längd")) {
      return "minLength";
    }
    if (message.contains("värde")) {
      return "min";
    }
    if (message.contains("filer")) {
      return "maxCount";
    }
    return "key";
  }

  private Definitions.StoredService checked(
      EServiceId id, String organisation, String slug, EServiceSettings s) {
    String title = text(s.title(), "title", "Skriv e-tjänstens namn.", 200);
    String description =
        text(s.description(), "description", "Skriv en kort beskrivning.", MAX_TEXT);
    String category = text(s.category(), "category", "Skriv kategori, till exempel Skola.", 100);
    String code = classification.requireCurrent(s.classificationCode()).code();
    String group =
        text(s.officerGroup(), "officerGroup", "Skriv vilken handläggargrupp som tar emot.", 200);
    if (s.loginRequired() == null) {
      throw new InvalidInput("loginRequired", "Välj om inloggning krävs.");
    }
    if (s.signing() == null) {
      throw new InvalidInput("signing", "Välj vem som skriver under.");
    }
    if (s.signing() != SigningRequirement.NONE && !s.loginRequired()) {
      // A signature is made with e-legitimation, which identifies the signer anyway.
      throw new InvalidInput("loginRequired", "En e-tjänst med underskrift kräver inloggning.");
    }
    List<String> statuses = statuses(s.statuses());
    if (s.handlingDays() == null || s.handlingDays() < 1 || s.handlingDays() > 3650) {
      throw new InvalidInput("handlingDays", "Ange handläggningstiden som 1–3650 dagar.");
    }
    return new Definitions.StoredService(
        id,
        organisation,
        slug == null ? freeSlug(organisation, title) : slug,
        title,
        description,
        category,
        code,
        group,
        s.loginRequired(),
        s.signing(),
        statuses,
        s.handlingDays());
  }

  private static List<String> statuses(List<String> given) {
    List<String> cleaned =
        given == null
            ? List.of()
            : given.stream().filter(x -> x != null && !x.isBlank()).map(String::strip).toList();
    if (cleaned.isEmpty()) {
      return DEFAULT_STATUSES;
    }
    if (new LinkedHashSet<>(cleaned).size() != cleaned.size()) {
      throw new InvalidInput("statuses", "Varje status får bara finnas en gång.");
    }
    if (cleaned.size() < 2
        || cleaned.size() > 20
        || cleaned.stream().anyMatch(x -> x.length() > 60)) {
      throw new InvalidInput("statuses", "Ange 2–20 statusar på högst 60 tecken, en per rad.");
    }
    return cleaned;
  }

  private String freeSlug(String organisation, String title) {
    String base = slug(title);
    String slug = base;
    for (int n = 2; definitions.slugTaken(organisation, slug); n++) {
      slug = base + "-" + n;
    }
    return slug;
  }

  /** The e-service's address in the catalogue: its title folded to a–z, 0–9 and hyphens. */
  static String slug(String title) {
    String folded =
        Normalizer.normalize(title.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    folded = folded.length() > 60 ? folded.substring(0, 60).replaceAll("-+$", "") : folded;
    return folded.isEmpty() ? "e-tjanst" : folded;
  }

  EServiceView view(Definitions.StoredService s) {
    Organisation org = organisations.get(OrganisationId.of(s.organisation()));
    return new EServiceView(
        s.id(),
        s.organisation(),
        org.name(),
        org.kind() == Organisation.Kind.COMMITTEE,
        s.slug(),
        s.title(),
        s.description(),
        s.category(),
        s.classificationCode(),
        s.officerGroup(),
        s.loginRequired(),
        s.signing(),
        s.statuses(),
        s.handlingDays(),
        definitions.versions(s.id()).stream().map(Definitions.StoredVersion::summary).toList(),
        definitions.activations(s.id()));
  }

  static EServiceVersionView versionView(Definitions.StoredService s, Definitions.StoredVersion v) {
    return new EServiceVersionView(
        v.id(),
        s.id(),
        s.organisation(),
        s.slug(),
        s.title(),
        v.number(),
        v.status(),
        v.form(),
        s.classificationCode(),
        s.officerGroup(),
        s.loginRequired(),
        s.signing(),
        s.statuses(),
        s.handlingDays());
  }

  private Definitions.StoredService stored(EServiceId id, Actor actor) {
    return definitions.find(id, organisations(actor)).orElseThrow(EServices::notFound);
  }

  private Definitions.StoredService locked(EServiceId id, Actor actor) {
    return definitions.lock(id, organisations(actor)).orElseThrow(EServices::notFound);
  }

  private List<OrganisationId> municipalitiesOf(Actor actor) {
    List<OrganisationId> result = new ArrayList<>();
    for (OrganisationId org : actor.organisations()) {
      organisations
          .find(org)
          .filter(o -> o.kind() == Organisation.Kind.MUNICIPALITY)
          .ifPresent(o -> result.add(o.id()));
    }
    return result;
  }

  private static NotFound notFound() {
    return new NotFound("E-tjänsten finns inte eller så saknar du behörighet.");
  }

  private static String[] organisations(Actor actor) {
    return actor.organisations().stream().map(OrganisationId::value).toArray(String[]::new);
  }

  private OrganisationId organisation(String value, Actor actor) {
    if (value == null || value.isBlank()) {
      if (actor.organisations().size() == 1) {
        return actor.organisations().iterator().next();
      }
      throw new InvalidInput("organisation", "Välj organisation.");
    }
    OrganisationId org = OrganisationId.of(value.strip());
    actor.requireMemberOf(org);
    return org;
  }

  private static String text(String value, String field, String missing, int max) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput(field, missing);
    }
    if (value.length() > max) {
      throw new InvalidInput(field, "Texten får vara högst " + max + " tecken.");
    }
    return value.strip();
  }
}
