package se.kansli.minutesimport;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.kansli.shared.Actors;

/** Old minutes over REST: read a file, review it, commit it. */
@RestController
@Tag(name = "Minutes import", description = "Inläsning av äldre protokoll")
class MinutesImportApiController {

  private final MinutesImports imports;

  MinutesImportApiController(MinutesImports imports) {
    this.imports = imports;
  }

  @PostMapping(path = "/api/minutes-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Read a minutes file (OCR text or PDF with text) for review")
  ResponseEntity<ImportView> read(
      @RequestPart("file") MultipartFile file, @RequestParam(required = false) String organisation)
      throws IOException {
    ImportView view =
        imports.read(organisation, file.getOriginalFilename(), file.getBytes(), Actors.required());
    return ResponseEntity.created(URI.create("/api/minutes-imports/" + view.id())).body(view);
  }

  @GetMapping("/api/minutes-imports")
  List<ImportView> recent() {
    return imports.recent(Actors.required());
  }

  @GetMapping("/api/minutes-imports/{id}")
  ImportView get(@PathVariable UUID id) {
    return imports.get(id, Actors.required());
  }

  @PostMapping("/api/minutes-imports/{id}/commit")
  @Operation(
      summary =
          "Commit the reviewed minutes (or, without a body, as read with å, ä and ö restored)")
  ImportResult commit(
      @PathVariable UUID id, @RequestBody(required = false) ReviewedMinutes reviewed) {
    return imports.commit(id, reviewed, Actors.required());
  }
}
