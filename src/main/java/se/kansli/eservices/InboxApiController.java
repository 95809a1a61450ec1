package se.kansli.eservices;

import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.kansli.shared.Actor;
import se.kansli.shared.Actors;
import se.kansli.shared.InvalidInput;

/** The officers' inbox as JSON, for staff. */
@RestController
class InboxApiController {

  /** Body of an assignment: the member to assign, or null to take the submission oneself. */
  record Assignment(UUID userId) {}

  /** Body of a status change along the e-service's flow, with an optional comment. */
  record NewStatus(String status, String comment) {}

  private final Inbox inbox;
  private final OfficerGroups groups;

  InboxApiController(Inbox inbox, OfficerGroups groups) {
    this.inbox = inbox;
    this.groups = groups;
  }

  /** The group's inbox; without a group, the first group the caller handles. */
  @GetMapping("/api/eservices/inbox")
  InboxPage inbox(
      @RequestParam(required = false) String group,
      @RequestParam(required = false) String filter,
      @RequestParam(defaultValue = "false") boolean oldestFirst,
      @RequestParam(defaultValue = "0") int page) {
    Actor actor = Actors.required();
    return inbox.list(group(group, actor), InboxFilter.of(filter), oldestFirst, page, actor);
  }

  @GetMapping("/api/eservices/submissions/{id}")
  SubmissionView submission(@PathVariable UUID id) {
    return inbox.get(id, Actors.required());
  }

  @PostMapping("/api/eservices/submissions/{id}/assignment")
  SubmissionView assign(@PathVariable UUID id, @RequestBody(required = false) Assignment body) {
    return inbox.assign(id, body == null ? null : body.userId(), Actors.required());
  }

  @PostMapping("/api/eservices/submissions/{id}/status")
  SubmissionView status(@PathVariable UUID id, @RequestBody NewStatus body) {
    if (body == null) {
      throw new InvalidInput("status", "Ange status.");
    }
    return inbox.changeStatus(id, body.status(), body.comment(), Actors.required());
  }

  private OfficerGroup group(String key, Actor actor) {
    if (key != null && !key.isBlank()) {
      return OfficerGroup.parse(key);
    }
    return groups.visibleTo(actor).stream()
        .findFirst()
        .orElseThrow(() -> new InvalidInput("group", "Du är inte med i någon handläggargrupp."));
  }
}
