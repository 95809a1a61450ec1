package se.kansli.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.Sha256;
import se.kansli.signing.CreatedOrder;
import se.kansli.signing.NewSigningOrder;
import se.kansli.signing.SigningMode;
import se.kansli.signing.SigningOrderCompleted;
import se.kansli.signing.SigningOrderDeclined;
import se.kansli.signing.SigningOrderExpired;
import se.kansli.signing.SigningOrders;

/**
 * What is signed beside the minutes. A § attested immediately at the meeting (Kommunallagen 5 kap.
 * 70 §, 6 kap. 35 §) so that its decision can take effect before the minutes are attested; its text
 * is then fixed. And a correction of attested minutes: the minutes never change, so a correction is
 * a new document, signed by the chair and the attesters, that points to them.
 */
@Service
public class MinutesSupplements {

  static final String REFERENCE = "minutes-supplement:";

  private final MeetingPlanner planner;
  private final Supplements supplements;
  private final MinutesDocument documents;
  private final MinutesAttestation attestation;
  private final SigningOrders signing;

  MinutesSupplements(
      MeetingPlanner planner,
      Supplements supplements,
      MinutesDocument documents,
      MinutesAttestation attestation,
      SigningOrders signing) {
    this.planner = planner;
    this.supplements = supplements;
    this.documents = documents;
    this.attestation = attestation;
    this.signing = signing;
  }

  public record Sent(SupplementView supplement, List<String> signerLinks) {}

  @Transactional
  public Sent attestImmediately(MeetingId id, AgendaItemId itemId, Actor actor) {
    planner.editable(id, actor);
    MeetingView meeting = planner.get(id, actor);
    AgendaItemView item = item(meeting, itemId);
    List<String> missing = new ArrayList<>();
    MinutesCheck.problems(meeting).stream()
        .filter(p ->
            p.where().equals(item.paragraphLabel())
                || p.where().equals(item.title())
                || p.where().equals("Närvaro")
                || p.where().equals("Justering"))
        .forEach(p -> missing.add(p.where() + ": " + p.message()));
    if (!missing.isEmpty()) {
      throw new Conflict(
          "item", "Paragrafen kan inte justeras omedelbart: " + String.join(" ", missing));
    }
    if (supplements.immediateAttestation(itemId)) {
      throw new Conflict("item", item.paragraphLabel() + " är redan omedelbart justerad.");
    }
    byte[] pdf = documents.immediate(meeting, item, attestation.hostName(meeting));
    return send(
        meeting,
        item,
        SupplementView.Kind.IMMEDIATE,
        null,
        "Omedelbart justerad " + item.paragraphLabel(),
        pdf,
        actor);
  }

  @Transactional
  public Sent correct(MeetingId id, AgendaItemId itemId, String correction, Actor actor) {
    BodyDirectory.requireSecretary(actor);
    MeetingView meeting = planner.get(id, actor);
    if (meeting.status() != MeetingStatus.ATTESTED || meeting.historical()) {
      throw new Conflict(
          "status",
          "Bara protokoll som justerats i Kansli rättas här; ändra annars i protokollet direkt.");
    }
    String text = Text.required(correction, "correction", "Beskriv rättelsen: vad som ska stå.");
    if (itemId == null) {
      throw new InvalidInput("item", "Välj paragrafen som rättas.");
    }
    AgendaItemView item = item(meeting, itemId);
    byte[] pdf =
        documents.correction(
            meeting, item, text, meeting.sealedSha256(), attestation.hostName(meeting));
    return send(
        meeting,
        item,
        SupplementView.Kind.CORRECTION,
        text,
        "Rättelse av " + item.paragraphLabel(),
        pdf,
        actor);
  }

  private Sent send(
      MeetingView meeting,
      AgendaItemView item,
      SupplementView.Kind kind,
      String correction,
      String what,
      byte[] pdf,
      Actor actor) {
    UUID id = UUID.randomUUID();
    CreatedOrder order =
        signing.create(
            new NewSigningOrder(
                meeting.organisation(),
                what + " – " + meeting.body().name() + " " + meeting.date(),
                pdf,
                SigningMode.PARALLEL,
                attestation.signers(meeting),
                null,
                REFERENCE + id),
            actor);
    supplements.insert(
        id, meeting.id(), item.id(), kind, correction, order.order().id(), actor.displayName());
    return new Sent(supplements.lock(id).orElseThrow(), order.signerLinks());
  }

  @Transactional(readOnly = true)
  public List<SupplementView> of(MeetingId id, Actor actor) {
    planner.get(id, actor);
    return supplements.of(id);
  }

  @Transactional(readOnly = true)
  public MinutesPdf pdf(MeetingId id, UUID supplement, Actor actor) {
    planner.get(id, actor);
    byte[] pdf =
        supplements
            .sealedPdf(supplement, id)
            .orElseThrow(() -> new NotFound("Handlingen finns inte eller är inte underskriven."));
    return new MinutesPdf("protokoll-bilaga-" + supplement + ".pdf", pdf, Sha256.of(pdf));
  }

  /** True when the item's text is fixed by an immediate attestation, under way or done. */
  boolean fixed(AgendaItemId item) {
    return supplements.immediateAttestation(item);
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void on(SigningOrderCompleted completed) {
    supplementOf(completed.reference())
        .flatMap(supplements::lock)
        .filter(s -> s.status() == SupplementView.Status.IN_ATTESTATION)
        .ifPresent(s ->
            supplements.attested(
                s.id(),
                signing.sealedDocument(s.signingOrder()).orElseThrow(),
                completed.sealedSha256()));
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void on(SigningOrderDeclined declined) {
    supplementOf(declined.reference()).ifPresent(supplements::declined);
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void on(SigningOrderExpired expired) {
    supplementOf(expired.reference()).ifPresent(supplements::declined);
  }

  /** Catches up on supplements whose order completed while the listener could not run. */
  @Transactional
  public int catchUp() {
    int done = 0;
    for (SupplementView waiting : supplements.waiting()) {
      Optional<byte[]> sealed = signing.sealedDocument(waiting.signingOrder());
      if (sealed.isPresent()) {
        supplements.attested(waiting.id(), sealed.get(), Sha256.of(sealed.get()));
        done++;
      }
    }
    return done;
  }

  private static Optional<UUID> supplementOf(String reference) {
    if (reference == null || !reference.startsWith(REFERENCE)) {
      return Optional.empty();
    }
    return Optional.of(UUID.fromString(reference.substring(REFERENCE.length())));
  }

  private static AgendaItemView item(MeetingView meeting, AgendaItemId id) {
    AgendaItemView item =
        meeting.item(id).orElseThrow(() -> new NotFound("Ärendet finns inte i protokollet."));
    if (item.paragraph() == null) {
      throw new InvalidInput("item", "Numrera ärendet först.");
    }
    return item;
  }
}
