package se.kansli.eservices;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.kansli.shared.Actors;

/** The e-services of the caller's organisations over REST, and the public catalogue. */
@RestController
@Tag(name = "E-services", description = "E-tjänster: definitioner, versioner, formulär och katalog")
class EServiceApiController {

  private final EServices eservices;
  private final EServiceCatalogue catalogue;

  EServiceApiController(EServices eservices, EServiceCatalogue catalogue) {
    this.eservices = eservices;
    this.catalogue = catalogue;
  }

  @GetMapping("/api/eservices")
  @Operation(summary = "The e-services of the caller's organisations, with their versions")
  List<EServiceView> list() {
    return eservices.list(Actors.required());
  }

  @PostMapping("/api/eservices")
  @Operation(summary = "Create an e-service with an empty draft (administrators)")
  ResponseEntity<EServiceView> create(@RequestBody EServiceSettings body) {
    EServiceView created = eservices.create(body, Actors.required());
    return ResponseEntity.created(URI.create("/api/eservices/" + created.id())).body(created);
  }

  @GetMapping("/api/eservices/{id}")
  EServiceView get(@PathVariable EServiceId id) {
    return eservices.get(id, Actors.required());
  }

  @PutMapping("/api/eservices/{id}")
  @Operation(summary = "Change an e-service's settings (its address in the catalogue stays)")
  EServiceView update(@PathVariable EServiceId id, @RequestBody EServiceSettings body) {
    return eservices.update(id, body, Actors.required());
  }

  @PostMapping("/api/eservices/{id}/drafts")
  @Operation(summary = "Start a draft from the published version; one draft at a time")
  EServiceVersionView newDraft(@PathVariable EServiceId id) {
    return eservices.newDraft(id, Actors.required());
  }

  @PostMapping(value = "/api/eservices/{id}/import", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Read an exported form into a new draft",
      description =
          "The body is a file from the export. Unknown field types, duplicate keys and "
              + "conditions on later or unknown fields are refused, and nothing is stored.")
  EServiceVersionView importDraft(@PathVariable EServiceId id, @RequestBody String body) {
    return eservices.importDraft(id, body, Actors.required());
  }

  @PutMapping("/api/eservices/{id}/activations/{municipality}")
  @Operation(summary = "Switch the joint committee's e-service on in a municipality's catalogue")
  EServiceView activate(@PathVariable EServiceId id, @PathVariable String municipality) {
    return eservices.activate(id, municipality, Actors.required());
  }

  @DeleteMapping("/api/eservices/{id}/activations/{municipality}")
  EServiceView deactivate(@PathVariable EServiceId id, @PathVariable String municipality) {
    return eservices.deactivate(id, municipality, Actors.required());
  }

  @GetMapping("/api/eservice-versions/{id}")
  @Operation(summary = "A version with its form, whatever its status")
  EServiceVersionView version(@PathVariable EServiceVersionId id) {
    return eservices.version(id, Actors.required());
  }

  @PutMapping(
      value = "/api/eservice-versions/{id}/form",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Replace a draft's form; a published or retired version never changes")
  EServiceVersionView updateForm(@PathVariable EServiceVersionId id, @RequestBody String body) {
    return eservices.updateForm(id, body, Actors.required());
  }

  @PostMapping("/api/eservice-versions/{id}/publish")
  @Operation(summary = "Publish a draft; the version published until now is retired")
  EServiceVersionView publish(@PathVariable EServiceVersionId id) {
    return eservices.publish(id, Actors.required());
  }

  @PostMapping("/api/eservice-versions/{id}/retire")
  EServiceVersionView retire(@PathVariable EServiceVersionId id) {
    return eservices.retire(id, Actors.required());
  }

  @GetMapping(
      value = "/api/eservice-versions/{id}/export",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The version's form as a file for import elsewhere")
  String export(@PathVariable EServiceVersionId id) {
    return eservices.export(id, Actors.required());
  }

  @GetMapping("/api/public/e-services/{organisation}")
  @Operation(
      summary = "A municipality's published e-services, its own and the committee's switched on")
  List<CatalogueEntry> catalogue(
      @PathVariable String organisation,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String category) {
    return catalogue.list(organisation, q, category);
  }

  @GetMapping("/api/public/e-services/{organisation}/{slug}")
  CatalogueEntry entry(@PathVariable String organisation, @PathVariable String slug) {
    return catalogue.entry(organisation, slug);
  }
}
