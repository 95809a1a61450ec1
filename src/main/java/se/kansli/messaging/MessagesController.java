package se.kansli.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kansli.shared.Actors;
import se.kansli.shared.FieldProblem;

/** The officers' pages: their organisations' conversations, and one thread with the reply form. */
@Controller
class MessagesController {

  private final Conversations conversations;

  MessagesController(Conversations conversations) {
    this.conversations = conversations;
  }

  @GetMapping("/messages")
  String list(@RequestParam(defaultValue = "false") boolean unread, Model model) {
    model.addAttribute("conversations", conversations.forOrganisation(Actors.required(), unread));
    model.addAttribute("unreadOnly", unread);
    return "messaging/conversations";
  }

  @GetMapping("/messages/{id}")
  String thread(@PathVariable ConversationId id, Model model) {
    return page(model, id, Map.of(), Map.of());
  }

  @PostMapping("/messages/{id}")
  String reply(
      @PathVariable ConversationId id,
      @RequestParam Map<String, String> form,
      @RequestParam(name = "files", required = false) List<MultipartFile> files,
      Model model,
      RedirectAttributes redirect) {
    boolean internal = "true".equals(form.get("internal"));
    try {
      conversations.postByOfficer(
          id, Actors.required(), form.get("text"), Uploads.attachments(files), internal);
    } catch (FieldProblem e) {
      return page(model, id, form, Map.of(e.field(), e.getMessage()));
    }
    redirect.addFlashAttribute(
        "flash",
        internal
            ? "Den interna anteckningen är sparad."
            : "Meddelandet är skickat. Den sökande får besked om att ett meddelande väntar.");
    return "redirect:/messages/" + id;
  }

  @GetMapping("/messages/{id}/attachments/{attachmentId}")
  ResponseEntity<byte[]> attachment(
      @PathVariable ConversationId id, @PathVariable UUID attachmentId) {
    return Uploads.download(conversations.staffAttachment(id, attachmentId, Actors.required()));
  }

  private String page(
      Model model, ConversationId id, Map<String, String> form, Map<String, String> errors) {
    model.addAttribute("thread", conversations.staffView(id, Actors.required()));
    model.addAttribute("form", new HashMap<>(form));
    model.addAttribute("errors", errors);
    return "messaging/thread";
  }
}
