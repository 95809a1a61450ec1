package se.kansli.eservices;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.organisations.Organisation;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;

/**
 * What residents see without logging in: a municipality's published e-services (its own and the
 * joint committee's switched on for it), and the published version a resident fills in. Everything
 * here is public, so it needs no actor.
 */
@Service
public class EServiceCatalogue {

  private final Definitions definitions;
  private final OrganisationDirectory organisations;

  EServiceCatalogue(Definitions definitions, OrganisationDirectory organisations) {
    this.definitions = definitions;
    this.organisations = organisations;
  }

  /**
   * The organisation's catalogue, narrowed to entries containing every word of {@code query} (in
   * title, description or category, ignoring case and accents) and to one category when given.
   */
  @Transactional(readOnly = true)
  public List<CatalogueEntry> list(String organisation, String query, String category) {
    Organisation org = organisation(organisation);
    List<String> words =
        query == null || query.isBlank()
            ? List.of()
            : Arrays.stream(fold(query).split("\\s+")).filter(w -> !w.isEmpty()).toList();
    return entries(org).stream()
        .filter(
            e -> category == null || category.isBlank() || e.category().equals(category.strip()))
        .filter(e -> {
          String text = fold(e.title() + " " + e.description() + " " + e.category());
          return words.stream().allMatch(text::contains);
        })
        .toList();
  }

  /** The categories of the organisation's catalogue, in Swedish order. */
  @Transactional(readOnly = true)
  public List<String> categories(String organisation) {
    java.text.Collator swedish = java.text.Collator.getInstance(Locale.of("sv", "SE"));
    TreeSet<String> categories = new TreeSet<>(swedish);
    entries(organisation(organisation)).forEach(e -> categories.add(e.category()));
    return List.copyOf(categories);
  }

  /** One e-service of the catalogue, by its address; the organisation's own comes first. */
  @Transactional(readOnly = true)
  public CatalogueEntry entry(String organisation, String slug) {
    return entries(organisation(organisation)).stream()
        .filter(e -> e.slug().equals(slug))
        .findFirst()
        .orElseThrow(EServiceCatalogue::notFound);
  }

  /** The version a resident of the organisation fills in now for the e-service at {@code slug}. */
  @Transactional(readOnly = true)
  public EServiceVersionView published(String organisation, String slug) {
    return version(entry(organisation, slug).version());
  }

  /**
   * Any version by id, whatever its status, as a submission made with it needs it later. The id
   * itself is the key: it is only known to whoever was given it.
   */
  @Transactional(readOnly = true)
  public EServiceVersionView version(EServiceVersionId id) {
    Definitions.StoredVersion version =
        definitions.version(id).orElseThrow(EServiceCatalogue::notFound);
    Definitions.StoredService service =
        definitions.findAnywhere(version.service()).orElseThrow(EServiceCatalogue::notFound);
    return EServices.versionView(service, version);
  }

  /** The municipalities and the committee, for choosing a catalogue. */
  public List<Organisation> organisations() {
    return organisations.all();
  }

  private List<CatalogueEntry> entries(Organisation org) {
    List<Definitions.PublishedService> services = definitions.published(org.id().value());
    // The owners are the organisation itself and the committee: look each name up once.
    java.util.Map<String, String> ownerNames = new java.util.HashMap<>();
    return services.stream()
        // The organisation's own e-service wins a clash of addresses with the committee's.
        .sorted(
            java.util.Comparator.comparing((Definitions.PublishedService p) ->
                !p.service().organisation().equals(org.id().value())))
        .filter(distinctSlug())
        .sorted(java.util.Comparator.comparing(p -> fold(p.service().title())))
        .map(p -> entry(org, p, ownerNames))
        .toList();
  }

  private static java.util.function.Predicate<Definitions.PublishedService> distinctSlug() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    return p -> seen.add(p.service().slug());
  }

  private CatalogueEntry entry(
      Organisation org, Definitions.PublishedService p, java.util.Map<String, String> ownerNames) {
    Definitions.StoredService s = p.service();
    String ownerName =
        ownerNames.computeIfAbsent(
            s.organisation(),
            id -> organisations.find(OrganisationId.of(id)).map(Organisation::name).orElse(""));
    return new CatalogueEntry(
        org.id().value(),
        s.organisation(),
        ownerName,
        s.slug(),
        s.title(),
        s.description(),
        s.category(),
        s.loginRequired(),
        s.signing(),
        s.handlingDays(),
        p.version());
  }

  private Organisation organisation(String id) {
    try {
      return organisations.find(OrganisationId.of(id)).orElseThrow(EServiceCatalogue::notFound);
    } catch (InvalidInput e) {
      throw notFound();
    }
  }

  static String fold(String text) {
    return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
  }

  private static NotFound notFound() {
    return new NotFound("E-tjänsten finns inte.");
  }
}
