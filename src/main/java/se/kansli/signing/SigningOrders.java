package se.kansli.signing;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.PersonalIdentityNumber;
import se.kansli.shared.Sha256;
import se.kansli.signing.pades.PdfSealer;
import se.kansli.signing.pades.SealRequest;
import se.kansli.signing.pades.SealedPdf;

/**
 * Signing orders: a document and the people who must sign it, in sequence or in parallel. When
 * everyone has signed, the PDF is stamped and sealed and {@link SigningOrderCompleted} tells the
 * caller; a decline or the deadline closes it with {@link SigningOrderDeclined} or {@link
 * SigningOrderExpired}. Each command locks the order row, so signers acting at the same moment are
 * handled one at a time.
 */
@Service
public class SigningOrders {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final SecureRandom RANDOM = new SecureRandom();
  static final int MAX_SIGNERS = 30;

  private final Orders orders;
  private final SignerNotifications notifications;
  private final PdfSealer sealer;
  private final ApplicationEventPublisher events;
  private final SigningProperties properties;
  private final OrganisationDirectory organisations;
  private final Clock clock;

  SigningOrders(
      Orders orders,
      SignerNotifications notifications,
      PdfSealer sealer,
      ApplicationEventPublisher events,
      SigningProperties properties,
      OrganisationDirectory organisations,
      Optional<Clock> clock) {
    this.organisations = organisations;
    this.orders = orders;
    this.notifications = notifications;
    this.sealer = sealer;
    this.events = events;
    this.properties = properties;

    this.clock = clock.orElse(Clock.systemUTC());
  }

  @Transactional
  public CreatedOrder create(NewSigningOrder command, Actor actor) {
    actor.requireRegistering();
    OrganisationId org = organisation(command.organisation(), actor);
    String title = required(command.title(), "title", "Ange dokumentets titel.");
    byte[] pdf = requirePdf(command.pdf());
    Instant now = now();
    Instant expires =
        command.expiresAt() == null ? now.plus(properties.defaultValidity()) : command.expiresAt();
    if (!expires.isAfter(now)) {
      throw new InvalidInput("expiresAt", "Sista dag för underskrift måste ligga i framtiden.");
    }
    SigningMode mode = command.mode() == null ? SigningMode.SEQUENTIAL : command.mode();
    StoredOrder order =
        new StoredOrder(
            UUID.randomUUID(),
            org.value(),
            title,
            Sha256.of(pdf),
            mode,
            OrderStatus.OPEN,
            blankToNull(command.reference()),
            now,
            expires.truncatedTo(ChronoUnit.MICROS),
            null,
            null);
    orders.insert(order, pdf, actor.userId());
    List<StoredSigner> signers = signers(order.id(), command.signers());
    signers.forEach(orders::insertSigner);
    notifyNext(order, signers);
    return new CreatedOrder(
        view(order.id(), actor), signers.stream().map(notifications::link).toList());
  }

  /**
   * A document that a signed-in official certifies, such as an extract's utdragsbestyrkande: the
   * official's sign-in to Kansli is the evidence and the organisation's e-seal makes the PDF
   * verifiable. It is kept as a completed order with one signer, so that /verify recognises it.
   */
  @Transactional
  public CertifiedDocument certify(
      String organisation, String title, byte[] pdf, String role, String reference, Actor actor) {
    actor.requireRegistering();
    OrganisationId org = organisation(organisation, actor);
    Instant now = now();
    StoredOrder order =
        new StoredOrder(
            UUID.randomUUID(),
            org.value(),
            required(title, "title", "Ange dokumentets titel."),
            Sha256.of(requirePdf(pdf)),
            SigningMode.SEQUENTIAL,
            OrderStatus.OPEN,
            blankToNull(reference),
            now,
            now.plus(java.time.Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MICROS),
            null,
            null);
    orders.insert(order, pdf, actor.userId());
    orders.insertSigner(
        new StoredSigner(
            order.id(),
            0,
            actor.displayName(),
            "",
            null,
            role,
            SignerStatus.WAITING,
            null,
            null,
            null,
            null,
            null,
            null,
            newToken()));
    orders.startEid(order.id(), 0, CERTIFIED_BY_SIGN_IN, null);
    orders.markSigned(
        order.id(),
        0,
        now,
        actor.displayName(),
        "{\"signedInAs\":\"" + actor.username().replace("\"", "") + "\"}");
    complete(order, orders.signers(order.id()));
    return new CertifiedDocument(
        order.id(),
        orders.sealedDocument(order.id()).orElseThrow(),
        view(order.id(), actor).sealedSha256());
  }

  /** The method shown for a certification made by a signed-in official. */
  static final String CERTIFIED_BY_SIGN_IN = "inloggad i Kansli";

  /** A certified and sealed PDF. */
  public record CertifiedDocument(UUID orderId, byte[] pdf, String sha256) {}

  public SigningOrderView get(UUID id, Actor actor) {
    return view(id, actor);
  }

  public List<SigningOrderView> recent(Actor actor) {
    return orders.ofOrganisations(orgs(actor), 100).stream().map(o -> view(o)).toList();
  }

  /** The sealed PDF when complete, else the document as it was sent for signing. */
  public byte[] document(UUID id, boolean sealed, Actor actor) {
    view(id, actor);
    return sealed
        ? orders
            .sealedDocument(id)
            .orElseThrow(() -> new NotFound("Dokumentet är inte underskrivet än."))
        : orders.document(id);
  }

  /**
   * The sealed PDF of a completed order, for the capability that created the order and was told by
   * {@link SigningOrderCompleted} (or finds its order completed after a restart). Empty while the
   * order is not complete.
   */
  @Transactional(readOnly = true)
  public Optional<byte[]> sealedDocument(UUID id) {
    return orders.sealedDocument(id);
  }

  @Transactional
  public SigningOrderView cancel(UUID id, Actor actor) {
    actor.requireRegistering();
    orders.find(id, orgs(actor)).orElseThrow(SigningOrders::notFound);
    StoredOrder order = orders.lock(id);
    requireOpen(order);
    orders.close(id, OrderStatus.CANCELLED, now());
    return view(id, actor);
  }

  // ---- The signer's side: reached through the personal link, proven by eID. ----

  /** What the signer sees before signing. Unknown links are answered as not found. */
  @Transactional
  public SignerTask task(String token) {
    StoredSigner signer = signer(token);
    StoredOrder order = orders.lock(signer.orderId());
    expireIfDue(order);
    order = orders.lock(signer.orderId());
    return new SignerTask(
        order.title(),
        order.documentSha256(),
        order.status(),
        signer.name(),
        signer.role(),
        signer.status(),
        myTurn(signer),
        order.expiresAt());
  }

  /** The text the eID app shows: what is signed, named by its title and checksum. */
  static String visibleText(StoredOrder order) {
    return "Jag skriver under dokumentet \""
        + order.title()
        + "\" med kontrollsumman SHA-256 "
        + order.documentSha256()
        + ".";
  }

  public byte[] documentForSigner(String token) {
    return orders.document(signer(token).orderId());
  }

  @Transactional
  public void recordSignature(
      String token, String provider, String signedName, String pnr, String evidence) {
    StoredSigner signer = signer(token);
    StoredOrder order = orders.lock(signer.orderId());
    requireSignable(order, signer);
    if (signer.personalIdentityNumber() != null
        && !signer.personalIdentityNumber().equals(PersonalIdentityNumber.parse(pnr).value())) {
      throw new Conflict(
          "signer", "E-legitimationen tillhör någon annan än den som ska skriva under.");
    }
    Instant now = now();
    orders.markSigned(order.id(), signer.position(), now, signedName, evidence);
    List<StoredSigner> all = orders.signers(order.id());
    if (all.stream().allMatch(s -> s.status() == SignerStatus.SIGNED)) {
      complete(order, all);
    } else {
      notifyNext(order, all);
    }
  }

  /** Checks before an eID signature is started for this signer. */
  StoredOrder startable(String token) {
    StoredSigner signer = signer(token);
    StoredOrder order = orders.lock(signer.orderId());
    requireSignable(order, signer);
    return order;
  }

  StoredSigner signer(String token) {
    if (token == null || token.length() < 20) {
      throw notFound();
    }
    return orders.signerByToken(token).orElseThrow(SigningOrders::notFound);
  }

  @Transactional
  public void decline(String token, String comment) {
    StoredSigner signer = signer(token);
    StoredOrder order = orders.lock(signer.orderId());
    requireSignable(order, signer);
    String why = required(comment, "comment", "Skriv varför du avböjer.");
    Instant now = now();
    orders.markDeclined(order.id(), signer.position(), now, why);
    orders.close(order.id(), OrderStatus.DECLINED, now);
    events.publishEvent(
        new SigningOrderDeclined(
            order.id(), order.organisation(), order.reference(), signer.name(), why));
  }

  /** Closes orders whose deadline has passed; run on a schedule. */
  @Transactional
  public int expireDue() {
    int n = 0;
    for (StoredOrder due : orders.expiredOpen(now())) {
      if (expireIfDue(orders.lock(due.id()))) {
        n++;
      }
    }
    return n;
  }

  /** Reminds signers who were asked long enough ago; run on a schedule. */
  @Transactional
  public int remindDue() {
    Instant now = now();
    Instant before = now.minus(properties.reminderAfter());
    int n = 0;
    for (StoredOrder order : orders.openOrders()) {
      for (StoredSigner s : orders.signers(order.id())) {
        Instant last = s.remindedAt() != null ? s.remindedAt() : s.notifiedAt();
        if (s.status() == SignerStatus.NOTIFIED && last != null && last.isBefore(before)) {
          notifications.remind(order, s);
          orders.markReminded(order.id(), s.position(), now);
          n++;
        }
      }
    }
    return n;
  }

  private boolean expireIfDue(StoredOrder order) {
    if (!order.expiredAt(now())) {
      return false;
    }
    orders.close(order.id(), OrderStatus.EXPIRED, now());
    events.publishEvent(
        new SigningOrderExpired(order.id(), order.organisation(), order.reference()));
    return true;
  }

  private void complete(StoredOrder order, List<StoredSigner> signers) {
    List<SealRequest.Signer> sealSigners =
        signers.stream()
            .map(s -> new SealRequest.Signer(s.name(), s.role(), s.signedAt(), s.provider()))
            .toList();
    SealedPdf sealed =
        sealer.seal(
            new SealRequest(
                orders.document(order.id()),
                order.title(),
                // The seal certificate names the organisation as people know it.
                organisations.get(OrganisationId.of(order.organisation())).name(),
                sealSigners));
    orders.storeSealed(order.id(), sealed.pdf(), sealed.sealedSha256());
    orders.close(order.id(), OrderStatus.COMPLETED, now());
    events.publishEvent(
        new SigningOrderCompleted(
            order.id(), order.organisation(), order.reference(), sealed.sealedSha256()));
  }

  /** Sequential orders ask one signer at a time; parallel orders ask everyone at once. */
  private void notifyNext(StoredOrder order, List<StoredSigner> signers) {
    for (StoredSigner s : signers) {
      if (s.status() == SignerStatus.WAITING) {
        notifications.invite(order, s);
        orders.markNotified(order.id(), s.position(), now());
        if (order.mode() == SigningMode.SEQUENTIAL) {
          return;
        }
      } else if (order.mode() == SigningMode.SEQUENTIAL && s.status() == SignerStatus.NOTIFIED) {
        return;
      }
    }
  }

  private void requireSignable(StoredOrder order, StoredSigner signer) {
    if (expireIfDue(order)) {
      throw new Conflict("order", "Tiden för att skriva under har gått ut.");
    }
    requireOpen(order);
    if (signer.status() == SignerStatus.SIGNED) {
      throw new Conflict("signer", "Du har redan skrivit under.");
    }
    if (!myTurn(signer)) {
      throw new Conflict("signer", "Det är inte din tur att skriva under än.");
    }
  }

  /** A signer has been asked exactly when it is their turn (sequential) or always (parallel). */
  private static boolean myTurn(StoredSigner signer) {
    return signer.status() == SignerStatus.NOTIFIED;
  }

  private static void requireOpen(StoredOrder order) {
    switch (order.status()) {
      case OPEN -> {}
      case COMPLETED -> throw new Conflict("order", "Dokumentet är redan underskrivet av alla.");
      case DECLINED ->
          throw new Conflict("order", "Underskriften har avböjts och ärendet är stängt.");
      case EXPIRED -> throw new Conflict("order", "Tiden för att skriva under har gått ut.");
      case CANCELLED -> throw new Conflict("order", "Begäran om underskrift är återkallad.");
    }
  }

  private List<StoredSigner> signers(UUID orderId, List<NewSigningOrder.NewSigner> wanted) {
    if (wanted.isEmpty()) {
      throw new InvalidInput("signers", "Ange minst en person som ska skriva under.");
    }
    if (wanted.size() > MAX_SIGNERS) {
      throw new InvalidInput("signers", "Högst " + MAX_SIGNERS + " personer kan skriva under.");
    }
    List<StoredSigner> signers = new ArrayList<>();
    int position = 0;
    for (NewSigningOrder.NewSigner s : wanted) {
      String field = "signers[" + position + "]";
      String name =
          required(s.name(), field + ".name", "Ange namn på undertecknare " + (position + 1) + ".");
      String email = s.email() == null ? "" : s.email().strip();
      if (!EMAIL.matcher(email).matches()) {
        throw new InvalidInput(field + ".email", "Ogiltig e-postadress för " + name + ".");
      }
      String pnr = null;
      if (s.personalIdentityNumber() != null && !s.personalIdentityNumber().isBlank()) {
        try {
          pnr = PersonalIdentityNumber.parse(s.personalIdentityNumber()).value();
        } catch (InvalidInput e) {
          throw new InvalidInput(field + ".personalIdentityNumber", e.getMessage());
        }
      }
      signers.add(
          new StoredSigner(
              orderId,
              position++,
              name,
              email,
              pnr,
              s.role() == null ? "" : s.role().strip(),
              SignerStatus.WAITING,
              null,
              null,
              null,
              null,
              null,
              null,
              newToken()));
    }
    return signers;
  }

  private SigningOrderView view(UUID id, Actor actor) {
    return view(orders.find(id, orgs(actor)).orElseThrow(SigningOrders::notFound));
  }

  private SigningOrderView view(StoredOrder o) {
    List<SigningOrderView.SignerView> signers =
        orders.signers(o.id()).stream()
            .map(s ->
                new SigningOrderView.SignerView(
                    s.position(),
                    s.name(),
                    s.email(),
                    s.role(),
                    s.status(),
                    s.notifiedAt(),
                    s.signedAt(),
                    s.provider(),
                    s.declineComment()))
            .toList();
    return new SigningOrderView(
        o.id(),
        o.organisation(),
        o.title(),
        o.documentSha256(),
        o.mode(),
        o.status(),
        o.reference(),
        o.createdAt(),
        o.expiresAt(),
        o.closedAt(),
        o.sealedSha256(),
        signers);
  }

  private static OrganisationId organisation(String value, Actor actor) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput("organisation", "Välj organisation.");
    }
    OrganisationId org = OrganisationId.of(value.strip());
    if (!actor.belongsTo(org)) {
      throw new InvalidInput("organisation", "Du arbetar inte för den organisationen.");
    }
    return org;
  }

  /** A PDF starts with %PDF-; everything else is refused before anyone is asked to sign it. */
  private static byte[] requirePdf(byte[] pdf) {
    if (pdf == null
        || pdf.length < 5
        || !(pdf[0] == '%' && pdf[1] == 'P' && pdf[2] == 'D' && pdf[3] == 'F' && pdf[4] == '-')) {
      throw new InvalidInput("file", "Filen är ingen PDF.");
    }
    return pdf;
  }

  private static String required(String value, String field, String message) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput(field, message);
    }
    return value.strip();
  }

  private static String[] orgs(Actor actor) {
    return actor.organisations().stream().map(OrganisationId::value).toArray(String[]::new);
  }

  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  static NotFound notFound() {
    return new NotFound("Begäran om underskrift finns inte.");
  }

  /** The signer's view of their task. */
  public record SignerTask(
      String title,
      String documentSha256,
      OrderStatus orderStatus,
      String signerName,
      String role,
      SignerStatus signerStatus,
      boolean myTurn,
      Instant expiresAt) {}
}
