package se.kansli.meetings;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.shared.Actors;
import se.kansli.shared.OrganisationId;

/** The public notice board of each organisation, its signed minutes, and the staff overview. */
@Controller
class NoticeBoardController {

  private final NoticeBoard board;
  private final OrganisationDirectory organisations;

  NoticeBoardController(NoticeBoard board, OrganisationDirectory organisations) {
    this.board = board;
    this.organisations = organisations;
  }

  @GetMapping("/public/anslagstavla")
  String index(Model model) {
    model.addAttribute("organisations", organisations.all());
    return "meetings/notice-board-index";
  }

  @GetMapping("/public/anslagstavla/{organisation}")
  String board(@PathVariable String organisation, Model model) {
    model.addAttribute("board", board.board(OrganisationId.of(organisation)));
    return "meetings/notice-board";
  }

  @GetMapping("/public/anslagstavla/protokoll/{meeting}.pdf")
  ResponseEntity<byte[]> minutes(@PathVariable String meeting) {
    MinutesPdf pdf = board.minutes(MeetingId.of(meeting));
    return pdf.response();
  }

  @GetMapping("/meetings/notices")
  String staff(Model model) {
    model.addAttribute("notices", board.forStaff(Actors.required()));
    return "meetings/notices";
  }
}
