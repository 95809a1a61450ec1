package se.kansli.meetings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the notice board right when events were missed: posts attested minutes that have no notice,
 * and takes down notices whose appeal period has run out.
 */
@Component
class NoticeBoardSchedule {

  private static final Logger log = LoggerFactory.getLogger(NoticeBoardSchedule.class);

  private final NoticeBoard board;

  NoticeBoardSchedule(NoticeBoard board) {
    this.board = board;
  }

  @Scheduled(
      fixedDelayString = "${kansli.notice-board.schedule-delay:PT5M}",
      initialDelayString = "${kansli.notice-board.schedule-initial-delay:PT1M}")
  void run() {
    int posted = board.postMissing();
    int takenDown = board.takeDownDue();
    if (posted + takenDown > 0) {
      log.info("Notice board: {} posted by the schedule, {} taken down", posted, takenDown);
    }
  }
}
