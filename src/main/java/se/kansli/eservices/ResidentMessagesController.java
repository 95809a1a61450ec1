package se.kansli.eservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kansli.messaging.Attachment;
import se.kansli.messaging.AttachmentFile;
import se.kansli.messaging.ConversationId;
import se.kansli.messaging.Conversations;
import se.kansli.shared.FieldProblem;

/**
 * The resident's secure messages on My pages: their conversations, one thread (officers' internal
 * notes are never in it: the messaging service leaves them out) and the reply form. Reading a
 * thread marks the officers' messages read, which the officers see as a read receipt.
 */
@Controller
class ResidentMessagesController {

  private final Conversations conversations;

  ResidentMessagesController(Conversations conversations) {
    this.conversations = conversations;
  }

  @GetMapping("/mina-sidor/meddelanden")
  String list(Model model) {
    model.addAttribute("conversations", conversations.forResident(me().id()));
    return "eservices/resident/messages";
  }

  @GetMapping("/mina-sidor/meddelanden/{id}")
  String thread(@PathVariable ConversationId id, Model model) {
    return page(model, id, Map.of(), Map.of());
  }

  @PostMapping("/mina-sidor/meddelanden/{id}")
  String reply(
      @PathVariable ConversationId id,
      @RequestParam Map<String, String> form,
      @RequestParam(name = "files", required = false) List<MultipartFile> files,
      Model model,
      RedirectAttributes redirect) {
    try {
      conversations.postByResident(id, me().id(), form.get("text"), attachments(files));
    } catch (FieldProblem e) {
      return page(model, id, form, Map.of(e.field(), e.getMessage()));
    }
    redirect.addFlashAttribute("flash", "Ditt meddelande är skickat till handläggaren.");
    return "redirect:/mina-sidor/meddelanden/" + id;
  }

  @GetMapping("/mina-sidor/meddelanden/{id}/bilagor/{attachmentId}")
  ResponseEntity<byte[]> attachment(
      @PathVariable ConversationId id, @PathVariable UUID attachmentId) {
    AttachmentFile file = conversations.attachment(id, attachmentId, me().id());
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.mediaType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(file.bytes());
  }

  private String page(
      Model model, ConversationId id, Map<String, String> form, Map<String, String> errors) {
    model.addAttribute("thread", conversations.residentView(id, me().id()));
    model.addAttribute("form", new HashMap<>(form));
    model.addAttribute("errors", errors);
    return "eservices/resident/thread";
  }

  private static List<Attachment> attachments(List<MultipartFile> files) {
    List<Attachment> attachments = new ArrayList<>();
    if (files == null) {
      return attachments;
    }
    for (MultipartFile file : files) {
      if (file.isEmpty()) {
        continue;
      }
      try {
        attachments.add(new Attachment(file.getOriginalFilename(), file.getBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException("Kunde inte läsa bilagan", e);
      }
    }
    return attachments;
  }

  /** The filter chain lets only a signed-in resident reach My pages. */
  private static ResidentPrincipal me() {
    return ResidentSecurity.current()
        .orElseThrow(() -> new IllegalStateException("My pages reached without a resident"));
  }
}
