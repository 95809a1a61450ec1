package se.kansli.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.kansli.shared.Actors;

/** Cases over REST. Every call sees only the caller's organisations. */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases", description = "Ärenden i diariet")
class CaseApiController {

  private final CaseRegistry registry;
  private final CaseSearch search;

  CaseApiController(CaseRegistry registry, CaseSearch search) {
    this.registry = registry;
    this.search = search;
  }

  @GetMapping
  @Operation(summary = "List and filter cases (same filters as /api/search)")
  SearchResult list(
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

  @GetMapping("/by-number")
  @Operation(summary = "Find cases by case number, e.g. 2022/9-2.2.0.1")
  List<CaseView> byNumber(@RequestParam String number) {
    return registry.findByNumber(CaseNumber.parse(number), Actors.required());
  }

  @PostMapping
  @Operation(summary = "Register a case; send Idempotency-Key to make retries safe")
  ResponseEntity<CaseView> register(
      @RequestBody RegisterCase command,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    CaseView c = registry.register(command, idempotencyKey, Actors.required());
    return ResponseEntity.created(URI.create("/api/cases/" + c.id())).body(c);
  }

  @GetMapping("/{id}")
  CaseView get(@PathVariable UUID id) {
    return registry.get(new CaseId(id), Actors.required());
  }

  @PutMapping("/{id}")
  @Operation(summary = "Change an open case; expectedVersion guards against lost updates")
  CaseView update(@PathVariable UUID id, @RequestBody UpdateCase command) {
    return registry.update(new CaseId(id), command, Actors.required());
  }

  @PostMapping("/{id}/close")
  CaseView close(@PathVariable UUID id, @RequestBody CloseCase command) {
    return registry.close(new CaseId(id), command, Actors.required());
  }

  @PostMapping("/{id}/reopen")
  CaseView reopen(@PathVariable UUID id) {
    return registry.reopen(new CaseId(id), Actors.required());
  }

  @GetMapping("/{id}/journal")
  @Operation(summary = "The case's history from the hash-chained journal")
  List<JournalEntry> journal(@PathVariable UUID id) {
    return registry.history(new CaseId(id), Actors.required());
  }
}
