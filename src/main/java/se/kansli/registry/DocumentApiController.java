package se.kansli.registry;

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

/** Documents over REST: register (JSON, or multipart with a file), versions, download. */
@RestController
@Tag(name = "Documents", description = "Handlingar i ärenden")
class DocumentApiController {

  private final DocumentRegistry documents;

  DocumentApiController(DocumentRegistry documents) {
    this.documents = documents;
  }

  @GetMapping("/api/cases/{caseId}/documents")
  List<DocumentView> ofCase(@PathVariable UUID caseId) {
    return documents.ofCase(new CaseId(caseId), Actors.required());
  }

  @PostMapping(path = "/api/cases/{caseId}/documents", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<DocumentView> register(
      @PathVariable UUID caseId, @RequestBody RegisterDocument command) {
    return created(documents.register(new CaseId(caseId), command, null, Actors.required()));
  }

  @PostMapping(
      path = "/api/cases/{caseId}/documents",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<DocumentView> registerWithFile(
      @PathVariable UUID caseId,
      @RequestPart("document") RegisterDocument command,
      @RequestPart(name = "file", required = false) MultipartFile file)
      throws IOException {
    return created(
        documents.register(
            new CaseId(caseId), command, DocumentController.upload(file), Actors.required()));
  }

  @GetMapping("/api/documents/{id}")
  DocumentView get(@PathVariable UUID id) {
    return documents.get(new DocumentId(id), Actors.required());
  }

  @GetMapping("/api/documents/{id}/content")
  ResponseEntity<byte[]> content(
      @PathVariable UUID id, @RequestParam(required = false) Integer version) {
    return DocumentController.Downloads.of(
        documents.content(new DocumentId(id), version, Actors.required()));
  }

  @PostMapping(
      path = "/api/documents/{id}/versions",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  DocumentView addVersion(@PathVariable UUID id, @RequestPart("file") MultipartFile file)
      throws IOException {
    return documents.addVersion(
        new DocumentId(id), DocumentController.upload(file), Actors.required());
  }

  @PostMapping("/api/documents/{id}/final")
  DocumentView markFinal(@PathVariable UUID id) {
    return documents.markFinal(new DocumentId(id), Actors.required());
  }

  private static ResponseEntity<DocumentView> created(DocumentView d) {
    return ResponseEntity.created(URI.create("/api/documents/" + d.id())).body(d);
  }
}
