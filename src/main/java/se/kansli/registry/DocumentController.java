package se.kansli.registry;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kansli.shared.Actor;
import se.kansli.shared.Actors;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;

/** Registering documents in a case, their file versions and downloads. */
@Controller
class DocumentController {

  private final DocumentRegistry documents;
  private final CaseRegistry cases;

  DocumentController(DocumentRegistry documents, CaseRegistry cases) {
    this.documents = documents;
    this.cases = cases;
  }

  @GetMapping("/cases/{caseId}/documents/new")
  String newDocument(@PathVariable UUID caseId, Model model) {
    Actor actor = Actors.required();
    actor.requireRegistering();
    return form(model, cases.get(new CaseId(caseId), actor), DocumentForm.empty(), Map.of());
  }

  @PostMapping("/cases/{caseId}/documents")
  String register(
      @PathVariable UUID caseId,
      @ModelAttribute DocumentForm form,
      @RequestParam(required = false) MultipartFile file,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    Actor actor = Actors.required();
    CaseView c = cases.get(new CaseId(caseId), actor);
    try {
      DocumentView d = documents.register(c.id(), form.toCommand(), upload(file), actor);
      redirect.addFlashAttribute(
          "flash", "Handlingen har registrerats som nummer " + d.serial() + ".");
      return "redirect:/cases/" + caseId;
    } catch (InvalidInput e) {
      return form(model, c, form, Map.of(e.field(), e.getMessage()));
    } catch (Conflict e) {
      return form(model, c, form, Map.of(e.field(), e.getMessage()));
    }
  }

  @GetMapping("/documents/{id}")
  String show(@PathVariable UUID id, Model model) {
    Actor actor = Actors.required();
    DocumentView d = documents.get(new DocumentId(id), actor);
    model.addAttribute("d", d);
    model.addAttribute("c", cases.get(d.caseId(), actor));
    model.addAttribute("mayChange", actor.mayRegister());
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", Map.of());
    }
    return "registry/document";
  }

  @PostMapping("/documents/{id}/versions")
  String addVersion(
      @PathVariable UUID id,
      @RequestParam(required = false) MultipartFile file,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    Actor actor = Actors.required();
    try {
      documents.addVersion(new DocumentId(id), upload(file), actor);
    } catch (InvalidInput e) {
      model.addAttribute("errors", Map.of(e.field(), e.getMessage()));
      return show(id, model);
    } catch (Conflict e) {
      model.addAttribute("errors", Map.of("file", e.getMessage()));
      return show(id, model);
    }
    redirect.addFlashAttribute("flash", "Den nya versionen är sparad.");
    return "redirect:/documents/" + id;
  }

  @PostMapping("/documents/{id}/final")
  String markFinal(@PathVariable UUID id, RedirectAttributes redirect) {
    documents.markFinal(new DocumentId(id), Actors.required());
    redirect.addFlashAttribute("flash", "Handlingen är markerad som slutlig.");
    return "redirect:/documents/" + id;
  }

  @GetMapping("/documents/{id}/file")
  ResponseEntity<byte[]> download(
      @PathVariable UUID id, @RequestParam(required = false) Integer version) {
    return Downloads.of(documents.content(new DocumentId(id), version, Actors.required()));
  }

  static UploadedFile upload(MultipartFile file) throws IOException {
    if (file == null || file.isEmpty()) {
      return null;
    }
    return new UploadedFile(file.getOriginalFilename(), file.getBytes());
  }

  private String form(Model model, CaseView c, DocumentForm form, Map<String, String> errors) {
    model.addAttribute("c", c);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("directions", DocumentDirection.values());
    return "registry/document-form";
  }

  /** File responses: the stored type, an attachment disposition and the SHA-256 as ETag. */
  static final class Downloads {
    private Downloads() {}

    static ResponseEntity<byte[]> of(FileContent file) {
      return ResponseEntity.ok()
          .contentType(MediaType.parseMediaType(file.contentType()))
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.attachment()
                  .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                  .build()
                  .toString())
          .header("X-Content-Type-Options", "nosniff")
          .eTag("\"" + file.sha256() + "\"")
          .body(file.bytes());
    }
  }
}
