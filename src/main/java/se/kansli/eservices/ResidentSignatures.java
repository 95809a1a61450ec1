package se.kansli.eservices;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.shared.Conflict;
import se.kansli.shared.ResidentId;
import se.kansli.signing.OrderStatus;
import se.kansli.signing.SigningOrderView;
import se.kansli.signing.SigningOrders;

/**
 * The applicant's view of the signatures an application waits for, and the way back when they do
 * not come: withdrawing the signing order makes the draft editable again, so that the resident can
 * correct it and invite again (or delete it). The application becomes a case only when everyone has
 * signed ({@link ResidentSubmissions#on(se.kansli.signing.SigningOrderCompleted)}).
 */
@Service
public class ResidentSignatures {

  private final ResidentDrafts drafts;
  private final DraftRows draftRows;
  private final ResidentSubmissionRows submissions;
  private final SigningOrders signingOrders;
  private final Clock clock;

  ResidentSignatures(
      ResidentDrafts drafts,
      DraftRows draftRows,
      ResidentSubmissionRows submissions,
      SigningOrders signingOrders,
      Optional<Clock> clock) {
    this.drafts = drafts;
    this.draftRows = draftRows;
    this.submissions = submissions;
    this.signingOrders = signingOrders;
    this.clock = clock.orElse(Clock.systemUTC());
  }

  /** The signing progress of the owner's draft, if it has been sent for signing. */
  @Transactional(readOnly = true)
  public Optional<SigningProgress> ofDraft(UUID draftId, DraftOwner owner) {
    DraftView draft = drafts.get(draftId, owner);
    return Optional.ofNullable(draft.signingOrder())
        .map(order -> progress(draft.organisation(), order));
  }

  /** The signatures of a sent-in application, for its receipt; empty if none were needed. */
  @Transactional(readOnly = true)
  public Optional<SigningProgress> ofSubmission(ResidentSubmissionView submission) {
    return draftRows
        .find(submission.draftId())
        .filter(d -> d.signingOrder() != null)
        .map(d -> progress(d.organisation(), d.signingOrder()));
  }

  /** Who signed a submission, for its officers; empty if the e-service needed no signature. */
  @Transactional(readOnly = true)
  List<SigningProgress.Signer> ofSubmission(UUID submission, String organisation) {
    return draftRows
        .signingOrderOfSubmission(submission)
        .map(order -> progress(organisation, order).signers())
        .orElse(List.of());
  }

  /** The resident's applications that wait for signatures (or were stopped), the latest first. */
  @Transactional(readOnly = true)
  public List<AwaitingSignatures> awaiting(ResidentId resident) {
    return draftRows.unsubmitted(resident.value()).stream()
        .filter(d -> d.signingOrder() != null)
        .map(d -> {
          DraftView view = drafts.view(d, null);
          return new AwaitingSignatures(
              d.id(), view.title(), progress(d.organisation(), d.signingOrder()));
        })
        .toList();
  }

  /**
   * Stops waiting for signatures: an open signing order is cancelled (its links stop working), and
   * the draft can be changed, deleted or sent for signing again.
   *
   * @return the co-signers who were invited, to fill in the summary page again
   * @throws Conflict if everyone has already signed (the application is being sent in)
   */
  @Transactional
  public List<ResidentSubmissions.CoSigner> withdraw(UUID draftId, DraftOwner owner) {
    DraftRows.StoredDraft draft = drafts.lockOwned(draftId, owner);
    if (draft.submittedAt() != null || submissions.byDraft(draftId).isPresent()) {
      throw new Conflict("draft", "Ansökan är redan inskickad.");
    }
    if (draft.signingOrder() == null) {
      return List.of();
    }
    var platform = ResidentSubmissions.platform(draft.organisation());
    SigningOrderView order = signingOrders.get(draft.signingOrder(), platform);
    if (order.status() == OrderStatus.COMPLETED) {
      throw new Conflict(
          "signing",
          "Alla har redan skrivit under, så ansökan skickas in och kan inte återkallas.");
    }
    if (order.status() == OrderStatus.OPEN) {
      // Cancelling locks the order: a signature arriving at the same moment is either in before
      // (and the order is still open) or refused after.
      signingOrders.cancel(order.id(), platform);
    }
    draftRows.clearSigningOrder(draftId, now());
    return order.signers().stream()
        .filter(s -> s.position() > 0)
        .map(s -> new ResidentSubmissions.CoSigner(s.name(), s.email()))
        .toList();
  }

  private SigningProgress progress(String organisation, UUID order) {
    return SigningProgress.of(
        signingOrders.get(order, ResidentSubmissions.platform(organisation)), now());
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
