package se.kansli.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.kansli.shared.Actors;

/** Full-text search over REST. */
@RestController
@Tag(name = "Search", description = "Fritextsökning i diariet")
class SearchApiController {

  private final CaseSearch search;

  SearchApiController(CaseSearch search) {
    this.search = search;
  }

  @GetMapping("/api/search")
  @Operation(summary = "Swedish full-text search over cases and their documents")
  SearchResult search(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String organisation,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String classification,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String officer,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "25") int size) {
    return search.search(
        SearchParams.query(q, organisation, year, classification, status, officer, page, size),
        Actors.required());
  }
}
