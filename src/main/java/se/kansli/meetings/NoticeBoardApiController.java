package se.kansli.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.kansli.shared.OrganisationId;

/**
 * The notice board as JSON, open to anyone: the same notices the public page shows, so that others
 * (a municipality's website) can show them too.
 */
@RestController
@Tag(name = "Notice board", description = "Anslagstavla, utan inloggning")
class NoticeBoardApiController {

  private final NoticeBoard board;

  NoticeBoardApiController(NoticeBoard board) {
    this.board = board;
  }

  @GetMapping("/api/public/notice-board/{organisation}")
  @Operation(
      summary =
          "The notices on an organisation's board and those taken down in the last twelve months")
  NoticeBoardView board(@PathVariable String organisation) {
    return board.board(OrganisationId.of(organisation));
  }
}
