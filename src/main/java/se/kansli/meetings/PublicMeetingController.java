package se.kansli.meetings;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public notice of a meeting: anyone may see when and where the committee meets and on what.
 */
@Controller
class PublicMeetingController {

  private final MeetingNotices notices;

  PublicMeetingController(MeetingNotices notices) {
    this.notices = notices;
  }

  @GetMapping("/public/sammantraden/{id}")
  String notice(@PathVariable MeetingId id, Model model) {
    model.addAttribute("meeting", notices.published(id));
    return "meetings/public-notice";
  }
}
