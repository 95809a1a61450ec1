package se.kansli.messaging;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.kansli.shared.Actors;

/** Staff's side of the secure messages over REST. */
@RestController
@Tag(name = "Messaging", description = "Säkra meddelanden med sökande")
class ConversationApiController {

  private final Conversations conversations;

  ConversationApiController(Conversations conversations) {
    this.conversations = conversations;
  }

  @GetMapping("/api/conversations")
  @Operation(summary = "The conversations of the caller's organisations, unread first")
  List<ConversationSummary> list(@RequestParam(defaultValue = "false") boolean unread) {
    return conversations.forOrganisation(Actors.required(), unread);
  }

  @GetMapping("/api/conversations/{id}")
  @Operation(
      summary =
          "The whole thread with internal notes and read receipts; marks the resident's messages"
              + " read")
  ThreadView get(@PathVariable ConversationId id) {
    return conversations.staffView(id, Actors.required());
  }

  @PostMapping(
      path = "/api/conversations/{id}/messages",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary =
          "An officer's answer (the resident is notified, without the text) or an internal note")
  ResponseEntity<MessageView> post(
      @PathVariable ConversationId id,
      @RequestParam(required = false) String text,
      @RequestParam(defaultValue = "false") boolean internal,
      @RequestParam(name = "files", required = false) List<MultipartFile> files) {
    MessageView message =
        conversations.postByOfficer(
            id, Actors.required(), text, Uploads.attachments(files), internal);
    return ResponseEntity.status(HttpStatus.CREATED).body(message);
  }

  @GetMapping("/api/conversations/{id}/attachments/{attachmentId}")
  @Operation(summary = "An attachment's file")
  ResponseEntity<byte[]> attachment(
      @PathVariable ConversationId id, @PathVariable UUID attachmentId) {
    return Uploads.download(conversations.staffAttachment(id, attachmentId, Actors.required()));
  }
}
