package se.kansli.registry;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import se.kansli.shared.Actors;

/** Verification of the journal's hash chains over REST (administrators). */
@RestController
@Tag(name = "Journal", description = "Journalens hashkedja")
class JournalApiController {

  private final Journal journal;

  JournalApiController(Journal journal) {
    this.journal = journal;
  }

  @PostMapping("/api/journal/verification")
  JournalVerification verify() {
    return journal.verify(Actors.required());
  }
}
