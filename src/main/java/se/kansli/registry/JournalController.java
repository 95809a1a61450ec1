package se.kansli.registry;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import se.kansli.shared.Actor;
import se.kansli.shared.Actors;

/** The administrator's check of the journal's hash chains. */
@Controller
class JournalController {

  private final Journal journal;

  JournalController(Journal journal) {
    this.journal = journal;
  }

  @GetMapping("/admin/journal")
  String page() {
    Actors.required().requireAdministrator();
    return "registry/journal";
  }

  @PostMapping("/admin/journal/verification")
  String verify(Model model) {
    Actor actor = Actors.required();
    model.addAttribute("verification", journal.verify(actor));
    return "registry/journal";
  }
}
