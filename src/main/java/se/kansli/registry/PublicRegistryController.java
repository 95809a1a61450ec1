package se.kansli.registry;

import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.kansli.organisations.Organisation;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.shared.OrganisationId;

/** The public registry pages: no login, only what the public may see. */
@Controller
class PublicRegistryController {

  private final PublicRegistry registry;
  private final OrganisationDirectory organisations;

  PublicRegistryController(PublicRegistry registry, OrganisationDirectory organisations) {
    this.registry = registry;
    this.organisations = organisations;
  }

  @GetMapping("/public/registry")
  String index(Model model) {
    model.addAttribute("organisations", organisations.all());
    return "registry/public-index";
  }

  @GetMapping("/public/registry/{org}")
  String search(
      @PathVariable String org,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String year,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    Organisation organisation = organisations.get(OrganisationId.of(org));
    var number = CaseNumber.tryParse(q);
    if (number.isPresent()) {
      return "redirect:/public/registry/"
          + org
          + "/cases/"
          + number.get().year()
          + "/"
          + number.get().serial();
    }
    SearchQuery query =
        new SearchQuery(q, org, SearchParams.year(year), null, null, null, page, 25);
    model.addAttribute("organisation", organisation);
    model.addAttribute("query", query);
    model.addAttribute("result", registry.search(organisation.id(), query));
    return "registry/public-search";
  }

  @GetMapping("/public/registry/{org}/cases/{year}/{serial}")
  String showCase(
      @PathVariable String org, @PathVariable int year, @PathVariable int serial, Model model) {
    Organisation organisation = organisations.get(OrganisationId.of(org));
    model.addAttribute("organisation", organisation);
    model.addAttribute("c", registry.caseByNumber(organisation.id(), year, serial));
    return "registry/public-case";
  }

  @GetMapping("/public/registry/{org}/documents/{id}/file")
  ResponseEntity<byte[]> file(@PathVariable String org, @PathVariable UUID id) {
    return DocumentController.Downloads.of(
        registry.file(OrganisationId.of(org), new DocumentId(id)));
  }
}
