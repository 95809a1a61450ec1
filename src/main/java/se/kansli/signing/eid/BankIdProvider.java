package se.kansli.signing.eid;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import se.kansli.signing.eid.BankIdApi.CollectResponse;
import se.kansli.signing.eid.BankIdApi.OrderRequest;
import se.kansli.signing.eid.BankIdApi.OrderResponse;
import se.kansli.signing.eid.BankIdApi.PhoneOrderRequest;
import se.kansli.signing.eid.BankIdApi.Requirement;

/**
 * BankID through its Relying Party API v6.0: authentication and signing on this device (autostart),
 * on another device (animated QR code) or over the phone.
 *
 * <p>The QR secret of each running order is held in this instance's memory, never sent to the
 * browser; with several instances, the QR code must be fetched from the instance that started the
 * order (sticky sessions). Orders are forgotten when they complete, fail or are cancelled, and
 * after {@link #FORGET_AFTER} in any case, since BankID ends every order well before that.
 */
@Component
@ConditionalOnBooleanProperty("kansli.signing.bankid.enabled")
class BankIdProvider implements EidProvider {

  static final Duration FORGET_AFTER = Duration.ofMinutes(10);

  /** RP API v6, sign: the text shown is formatted with BankID's limited markdown. */
  private static final String SIMPLE_MARKDOWN = "simpleMarkdownV1";

  private final BankIdClient client;
  private final Clock clock;
  private final Map<String, RunningOrder> running = new ConcurrentHashMap<>();

  @Autowired
  BankIdProvider(BankIdProperties properties) {
    this(
        new BankIdClient(
            properties,
            EidTls.sslContext(
                properties.clientKeystore(),
                properties.clientKeystorePassword(),
                properties.truststore(),
                properties.truststorePassword())),
        Clock.systemUTC());
  }

  BankIdProvider(BankIdClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  @Override
  public String id() {
    return "bankid";
  }

  @Override
  public String displayName() {
    return "BankID";
  }

  @Override
  public EidOrder authenticate(EidRequest request) {
    return start(
        "/auth",
        new OrderRequest(
            request.endUserIp(),
            null,
            null,
            null,
            requirement(request.personalIdentityNumber()),
            request.returnUrl()),
        request.sameDevice());
  }

  @Override
  public EidOrder sign(EidRequest request, String visibleText, byte[] nonVisibleData) {
    return start(
        "/sign",
        new OrderRequest(
            request.endUserIp(),
            base64(visibleText.getBytes(StandardCharsets.UTF_8)),
            SIMPLE_MARKDOWN,
            nonVisibleData == null ? null : base64(nonVisibleData),
            requirement(request.personalIdentityNumber()),
            request.returnUrl()),
        request.sameDevice());
  }

  /**
   * Identifies someone Kansli's staff are talking to on the phone (RP API v6, /phone/auth).
   *
   * @param userCalled true if the user called us ("user"), false if we called them ("RP")
   */
  EidOrder authenticateByPhone(String personalIdentityNumber, boolean userCalled) {
    return start(
        "/phone/auth",
        new PhoneOrderRequest(
            digits(personalIdentityNumber), callInitiator(userCalled), null, null, null, null),
        true);
  }

  /** Signs with someone on the phone (RP API v6, /phone/sign). */
  EidOrder signByPhone(String personalIdentityNumber, boolean userCalled, String visibleText) {
    return start(
        "/phone/sign",
        new PhoneOrderRequest(
            digits(personalIdentityNumber),
            callInitiator(userCalled),
            base64(visibleText.getBytes(StandardCharsets.UTF_8)),
            SIMPLE_MARKDOWN,
            null,
            null),
        true);
  }

  @Override
  public EidStatus collect(String orderRef) {
    RunningOrder order = running.get(orderRef);
    boolean sameDevice = order == null || order.sameDevice();
    CollectResponse answer = client.collect(orderRef);
    return switch (String.valueOf(answer.status())) {
      case "pending" ->
          new EidStatus(
              EidStatus.State.PENDING,
              answer.hintCode(),
              BankIdMessages.pending(answer.hintCode(), sameDevice),
              null,
              null);
      case "complete" -> {
        running.remove(orderRef);
        yield complete(answer);
      }
      default -> {
        running.remove(orderRef);
        yield new EidStatus(
            EidStatus.State.FAILED,
            answer.hintCode(),
            BankIdMessages.failed(answer.hintCode(), sameDevice),
            null,
            null);
      }
    };
  }

  @Override
  public void cancel(String orderRef) {
    running.remove(orderRef);
    client.cancel(orderRef);
  }

  /** The QR content for {@code now}; empty once the order is over or unknown here. */
  @Override
  public Optional<String> qrCode(String orderRef, Instant now) {
    RunningOrder order = running.get(orderRef);
    if (order == null || order.qrStartToken() == null) {
      return Optional.empty();
    }
    long seconds = Math.max(0, Duration.between(order.startedAt(), now).toSeconds());
    return Optional.of(BankIdQrCode.content(order.qrStartToken(), order.qrStartSecret(), seconds));
  }

  /** Starts the BankID app on this device: {@code bankid:///?autostarttoken=…&redirect=null}. */
  static String autoStartUrl(EidOrder order) {
    return BankIdQrCode.autoStartUrl(order.autoStartToken());
  }

  private EidOrder start(String path, Object body, boolean sameDevice) {
    forgetOldOrders();
    OrderResponse answer = client.start(path, body);
    // The QR time counts from when BankID answered (RP API v6, "QR codes").
    running.put(
        answer.orderRef(),
        new RunningOrder(
            answer.qrStartToken(), answer.qrStartSecret(), clock.instant(), sameDevice));
    return new EidOrder(id(), answer.orderRef(), answer.autoStartToken());
  }

  private EidStatus complete(CollectResponse answer) {
    BankIdApi.CompletionData data = answer.completionData();
    BankIdApi.User user = data.user();
    return new EidStatus(
        EidStatus.State.COMPLETE,
        null,
        null,
        new EidIdentity(
            personalIdentityNumber(user.personalNumber()),
            user.name(),
            user.givenName(),
            user.surname()),
        new EidEvidence(id(), data.signature(), data.ocspResponse()));
  }

  private void forgetOldOrders() {
    Instant limit = clock.instant().minus(FORGET_AFTER);
    running.values().removeIf(order -> order.startedAt().isBefore(limit));
  }

  private static Requirement requirement(String personalIdentityNumber) {
    return personalIdentityNumber == null || personalIdentityNumber.isBlank()
        ? null
        : new Requirement(digits(personalIdentityNumber));
  }

  /** BankID wants the personal number as 12 digits, YYYYMMDDNNNN. */
  private static String digits(String personalIdentityNumber) {
    return personalIdentityNumber.replaceAll("[^0-9]", "");
  }

  /** Back to Kansli's form YYYYMMDD-NNNN. */
  private static String personalIdentityNumber(String twelveDigits) {
    return twelveDigits != null && twelveDigits.length() == 12
        ? twelveDigits.substring(0, 8) + "-" + twelveDigits.substring(8)
        : twelveDigits;
  }

  private static String callInitiator(boolean userCalled) {
    return userCalled ? "user" : "RP";
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  private record RunningOrder(
      String qrStartToken, String qrStartSecret, Instant startedAt, boolean sameDevice) {}
}
