package se.kansli.eservices;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.kansli.organisations.Organisation;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;

/** The public e-service catalogue: open to everyone, no login. */
@Controller
class CatalogueController {

  private final EServiceCatalogue catalogue;
  private final OrganisationDirectory organisations;

  CatalogueController(EServiceCatalogue catalogue, OrganisationDirectory organisations) {
    this.catalogue = catalogue;
    this.organisations = organisations;
  }

  @GetMapping("/public/e-tjanster")
  String index(Model model) {
    model.addAttribute("organisations", organisations.all());
    return "eservices/catalogue-index";
  }

  @GetMapping("/public/e-tjanster/{organisation}")
  String list(
      @PathVariable String organisation,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String category,
      Model model) {
    model.addAttribute("entries", catalogue.list(organisation, q, category));
    model.addAttribute("categories", catalogue.categories(organisation));
    model.addAttribute("organisation", organisation(organisation));
    model.addAttribute("q", q);
    model.addAttribute("category", category);
    return "eservices/catalogue";
  }

  @GetMapping("/public/e-tjanster/{organisation}/{slug}")
  String entry(@PathVariable String organisation, @PathVariable String slug, Model model) {
    model.addAttribute("entry", catalogue.entry(organisation, slug));
    model.addAttribute("organisation", organisation(organisation));
    return "eservices/catalogue-entry";
  }

  private Organisation organisation(String id) {
    return organisations
        .find(OrganisationId.of(id))
        .orElseThrow(() -> new NotFound("Organisationen finns inte."));
  }
}
