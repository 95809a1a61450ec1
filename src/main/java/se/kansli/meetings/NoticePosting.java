package se.kansli.meetings;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Posts the notice as soon as the attestation has committed, well within the two days of
 * Kommunallagen 8 kap. 12 §. If posting fails or the application stops first, {@link
 * NoticeBoardSchedule} posts it on its next run, with a warning if the deadline has passed.
 */
@Component
class NoticePosting {

  private final NoticeBoard board;

  NoticePosting(NoticeBoard board) {
    this.board = board;
  }

  // After commit, so that a rolled-back attestation never reaches the board; in a transaction of
  // its own, since the attestation's has ended. Without a transaction (a caller that publishes
  // outside one) the notice is still posted at once rather than left to the schedule.
  @TransactionalEventListener(fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(MinutesAttested attested) {
    board.post(attested);
  }
}
