package se.kansli.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.shared.OrganisationId;

/**
 * The public registry as JSON, open to anyone without login (offentlighetsprincipen, TF 2 kap.):
 * exactly what the public pages show, with secret fields masked.
 */
@RestController
@Tag(name = "Public registry", description = "Offentligt diarium, utan inloggning")
class PublicRegistryApiController {

  private final PublicRegistry registry;
  private final OrganisationDirectory organisations;

  PublicRegistryApiController(PublicRegistry registry, OrganisationDirectory organisations) {
    this.registry = registry;
    this.organisations = organisations;
  }

  @GetMapping("/api/public/registry/{org}/cases")
  @Operation(summary = "Search one organisation's public registry")
  SearchResult search(
      @PathVariable String org,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String year,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "25") int size) {
    OrganisationId id = organisations.get(OrganisationId.of(org)).id();
    return registry.search(id, SearchParams.query(q, org, year, null, null, null, page, size));
  }

  @GetMapping("/api/public/registry/{org}/cases/{year}/{serial}")
  @Operation(summary = "A case as the public sees it")
  PublicCase showCase(@PathVariable String org, @PathVariable int year, @PathVariable int serial) {
    return registry.caseByNumber(organisations.get(OrganisationId.of(org)).id(), year, serial);
  }

  @GetMapping("/api/public/registry/{org}/documents/{id}/file")
  @Operation(summary = "The file of a document released for the web")
  ResponseEntity<byte[]> file(@PathVariable String org, @PathVariable UUID id) {
    return DocumentController.Downloads.of(
        registry.file(OrganisationId.of(org), new DocumentId(id)));
  }
}
