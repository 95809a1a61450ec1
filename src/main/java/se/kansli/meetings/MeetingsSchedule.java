package se.kansli.meetings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps attestation and the notice board right when events were missed: finishes attestations whose
 * signing order completed, posts attested minutes that have no notice, and takes down notices whose
 * appeal period has run out.
 */
@Component
class MeetingsSchedule {

  private static final Logger log = LoggerFactory.getLogger(MeetingsSchedule.class);

  private final MinutesAttestation attestation;
  private final MinutesSupplements supplements;
  private final NoticeBoard board;

  MeetingsSchedule(
      MinutesAttestation attestation, MinutesSupplements supplements, NoticeBoard board) {
    this.attestation = attestation;
    this.supplements = supplements;
    this.board = board;
  }

  @Scheduled(
      fixedDelayString = "${kansli.notice-board.schedule-delay:PT5M}",
      initialDelayString = "${kansli.notice-board.schedule-initial-delay:PT1M}")
  void run() {
    int attested = attestation.catchUp() + supplements.catchUp();
    if (attested > 0) {
      log.info("Attestation: {} minutes found signed by the schedule", attested);
    }
    int posted = board.postMissing();
    int takenDown = board.takeDownDue();
    if (posted + takenDown > 0) {
      log.info("Notice board: {} posted by the schedule, {} taken down", posted, takenDown);
    }
  }
}
