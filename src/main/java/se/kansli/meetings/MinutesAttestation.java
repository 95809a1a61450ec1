package se.kansli.meetings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import se.kansli.organisations.Organisation;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Sha256;
import se.kansli.signing.CreatedOrder;
import se.kansli.signing.NewSigningOrder;
import se.kansli.signing.SigningMode;
import se.kansli.signing.SigningOrderCompleted;
import se.kansli.signing.SigningOrderDeclined;
import se.kansli.signing.SigningOrderExpired;
import se.kansli.signing.SigningOrders;

/**
 * Attestation (justering): the checked minutes go as one PDF to the chair and the attesters as a
 * signing order. When all have signed, the sealed PDF is kept with the meeting, the minutes never
 * change again and {@link MinutesAttested} tells the notice board. Kommunallagen 5 kap. 69 § (6
 * kap. 35 §): the minutes are attested by the chair and at least one member.
 */
@Service
public class MinutesAttestation {

  private static final Logger log = LoggerFactory.getLogger(MinutesAttestation.class);
  static final String REFERENCE = "meeting:";

  private final MeetingPlanner planner;
  private final Meetings meetings;
  private final MinutesDocument documents;
  private final SigningOrders signing;
  private final OrganisationDirectory organisations;
  private final ApplicationEventPublisher events;
  private final Bodies bodies;

  MinutesAttestation(
      MeetingPlanner planner,
      Meetings meetings,
      MinutesDocument documents,
      SigningOrders signing,
      OrganisationDirectory organisations,
      ApplicationEventPublisher events,
      Bodies bodies) {
    this.planner = planner;
    this.meetings = meetings;
    this.documents = documents;
    this.signing = signing;
    this.organisations = organisations;
    this.events = events;
    this.bodies = bodies;
  }

  /** The minutes as they stand, as a PDF: the draft before attestation, the sealed one after. */
  @Transactional(readOnly = true)
  public MinutesPdf minutes(MeetingId id, Actor actor) {
    MeetingView meeting = planner.get(id, actor);
    if (meeting.historical()) {
      throw new NotFound("Importerade protokoll finns som originalfil i diariet.");
    }
    byte[] pdf =
        meetings.sealedMinutes(id).orElseGet(() -> documents.minutes(meeting, hostName(meeting)));
    return new MinutesPdf(fileName(meeting), pdf, Sha256.of(pdf));
  }

  /** Sends the minutes to the chair and the attesters; refused while the check finds anything. */
  @Transactional
  public AttestationSent send(MeetingId id, Actor actor) {
    planner.editable(id, actor);
    MeetingView meeting = planner.get(id, actor);
    List<MinutesCheck.Problem> problems = MinutesCheck.problems(meeting);
    if (!problems.isEmpty()) {
      throw new Conflict(
          "check",
          "Protokollet kan inte justeras än: "
              + problems.stream()
                  .map(p -> p.where() + ": " + p.message())
                  .collect(Collectors.joining(" ")));
    }
    byte[] pdf = documents.minutes(meeting, hostName(meeting));
    CreatedOrder order =
        signing.create(
            new NewSigningOrder(
                meeting.organisation(),
                "Protokoll " + meeting.body().name() + " " + meeting.date(),
                pdf,
                SigningMode.PARALLEL,
                signers(meeting),
                null,
                REFERENCE + id),
            actor);
    meetings.sentForAttestation(id, order.order().id(), Sha256.of(pdf));
    return new AttestationSent(planner.get(id, actor), order.signerLinks());
  }

  List<NewSigningOrder.NewSigner> signers(MeetingView meeting) {
    List<NewSigningOrder.NewSigner> signers = new ArrayList<>();
    SeatView chair = meeting.body().chairOn(meeting.date()).orElseThrow();
    signers.add(signer(chair, "ordförande"));
    for (SeatId attester : meeting.attesters()) {
      signers.add(signer(meeting.body().seat(attester).orElseThrow(), "justerare"));
    }
    return signers;
  }

  /** A seat with a personal identity number can only be signed by that person's eID. */
  private NewSigningOrder.NewSigner signer(SeatView seat, String role) {
    if (seat.email() == null) {
      throw new InvalidInput(
          "attesters",
          seat.personName() + " saknar e-postadress och kan inte få protokollet för justering.");
    }
    return new NewSigningOrder.NewSigner(
        seat.personName(),
        seat.email(),
        bodies.personalIdentityNumber(seat.id()).orElse(null),
        role);
  }

  /** All have signed: keep the sealed minutes and tell the notice board. */
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void on(SigningOrderCompleted completed) {
    meetingOf(completed.reference())
        .ifPresent(id -> attested(id, completed.orderId(), completed.sealedSha256()));
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void on(SigningOrderDeclined declined) {
    meetingOf(declined.reference()).ifPresent(meetings::attestationFailed);
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void on(SigningOrderExpired expired) {
    meetingOf(expired.reference()).ifPresent(meetings::attestationFailed);
  }

  /**
   * Catches up on orders that completed while the listener could not run (a restart between the
   * signature and the event); called by the schedule.
   */
  @Transactional
  public int catchUp() {
    int done = 0;
    for (Meetings.StoredMeeting waiting : meetings.inAttestation()) {
      if (signing.sealedDocument(waiting.signingOrderId()).isPresent()) {
        attested(waiting.id(), waiting.signingOrderId(), null);
        done++;
      }
    }
    return done;
  }

  private void attested(MeetingId id, UUID order, String sealedSha256) {
    Meetings.StoredMeeting meeting = meetings.lock(id);
    if (meeting.status() != MeetingStatus.IN_ATTESTATION
        || !order.equals(meeting.signingOrderId())) {
      return;
    }
    byte[] sealed =
        signing
            .sealedDocument(order)
            .orElseThrow(
                () -> new IllegalStateException("Signing order " + order + " has no seal"));
    String sha = sealedSha256 == null ? Sha256.of(sealed) : sealedSha256;
    meetings.attested(id, sealed, sha);
    Meetings.StoredMeeting now = meetings.lock(id);
    log.info("Minutes of meeting {} attested, sealed SHA-256 {}", id, sha);
    events.publishEvent(
        new MinutesAttested(
            id,
            now.body(),
            now.organisation(),
            planner.view(now).body().name(),
            now.date(),
            now.attestedAt() == null ? Instant.now() : now.attestedAt(),
            sha));
  }

  private static java.util.Optional<MeetingId> meetingOf(String reference) {
    if (reference == null || !reference.startsWith(REFERENCE)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(MeetingId.of(reference.substring(REFERENCE.length())));
  }

  /** The municipality whose name heads the minutes: the host of a joint committee. */
  String hostName(MeetingView meeting) {
    Organisation org = organisations.get(OrganisationId.of(meeting.organisation()));
    return org.hostedBy().map(organisations::get).map(Organisation::name).orElse(org.name());
  }

  static String fileName(MeetingView meeting) {
    return ("protokoll-" + meeting.body().name() + "-" + meeting.date() + ".pdf")
        .replaceAll("[^\\p{L}\\p{N}.-]+", "-");
  }
}
