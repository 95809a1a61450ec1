package se.kansli.registry;

import java.util.List;
import org.springframework.stereotype.Service;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;

/**
 * The public face of each organisation's registry (offentlighetsprincipen, TF 2 kap.): anyone can
 * search it without logging in; protected fields are masked with the OSL paragraph that protects
 * them.
 */
@Service
public class PublicRegistry {

  private final Cases cases;
  private final Documents documents;
  private final CaseSearch search;

  PublicRegistry(Cases cases, Documents documents, CaseSearch search) {
    this.cases = cases;
    this.documents = documents;
    this.search = search;
  }

  public SearchResult search(OrganisationId org, SearchQuery query) {
    SearchResult result = search.searchPublic(query, org);
    List<SearchHit> masked =
        result.hits().stream()
            .map(h -> {
              StoredCase c = cases.find(h.id().value(), java.util.Set.of(org)).orElseThrow();
              return new SearchHit(
                  h.id(),
                  h.organisation(),
                  h.caseNumber(),
                  h.year(),
                  h.serial(),
                  publicTitle(c),
                  h.classificationCode(),
                  h.status(),
                  h.registeredAt(),
                  null,
                  h.confidential());
            })
            .toList();
    return new SearchResult(masked, result.page(), result.size(), result.more());
  }

  public PublicCase caseByNumber(OrganisationId org, int year, int serial) {
    StoredCase c = cases.findByNumber(org, year, serial).orElseThrow(PublicRegistry::notFound);
    boolean partiesSecret = c.secretFields().contains(SecretField.PARTIES);
    List<String> parties =
        cases.parties(c.id()).stream()
            .map(p ->
                partiesSecret
                    ? mask(c)
                    : p.name() + (p.role().isBlank() ? "" : " (" + p.role() + ")"))
            .toList();
    List<PublicCase.PublicDocument> docs =
        documents.ofCase(c.id()).stream().map(d -> publicDocument(d, partiesSecret, c)).toList();
    return new PublicCase(
        c.organisation(),
        c.caseNumber(),
        c.year(),
        c.serial(),
        publicTitle(c),
        c.secretFields().contains(SecretField.DESCRIPTION) ? mask(c) : c.description(),
        c.classificationCode(),
        c.status(),
        c.registeredAt(),
        c.closedOn(),
        c.secrecyReference(),
        parties,
        docs);
  }

  /** A released file of a non-secret document; anything else is answered as not found. */
  public FileContent file(OrganisationId org, DocumentId id) {
    StoredDocument d =
        documents.find(id.value(), java.util.Set.of(org)).orElseThrow(PublicRegistry::notFound);
    if (!released(d)) {
      throw notFound();
    }
    return documents
        .content(d.id(), documents.latestVersion(d.id()))
        .orElseThrow(PublicRegistry::notFound);
  }

  private PublicCase.PublicDocument publicDocument(
      StoredDocument d, boolean partiesSecret, StoredCase c) {
    boolean secret = d.secrecyReference() != null;
    String counterpart =
        d.counterpart() == null ? null : (secret || partiesSecret ? mask(c) : d.counterpart());
    String description = secret ? "Sekretess enligt " + d.secrecyReference() : d.description();
    return new PublicCase.PublicDocument(
        new DocumentId(d.id()),
        d.serial(),
        d.direction(),
        d.documentDate(),
        counterpart,
        description,
        released(d) && documents.latestVersion(d.id()) > 0);
  }

  private static boolean released(StoredDocument d) {
    return d.publicAccess() && d.secrecyReference() == null;
  }

  static String publicTitle(StoredCase c) {
    if (!c.secretFields().contains(SecretField.TITLE)) {
      return c.title();
    }
    return c.publicTitle() != null ? c.publicTitle() : mask(c);
  }

  private static String mask(StoredCase c) {
    return "Sekretess enligt " + c.secrecyReference();
  }

  private static NotFound notFound() {
    return new NotFound("Ärendet eller handlingen finns inte i det offentliga diariet.");
  }
}
