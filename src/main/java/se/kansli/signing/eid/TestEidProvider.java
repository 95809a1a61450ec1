package se.kansli.signing.eid;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import se.kansli.shared.PersonalIdentityNumber;
import se.kansli.shared.Sha256;

/**
 * A fake eID for local runs and demos: every order completes on the first collect, for the person
 * asked for. It proves nothing, so it exists only when {@code kansli.signing.test-eid.enabled} is
 * true, which the {@code demo} profile sets, and says so in its name, its log and its evidence.
 */
@Component
@ConditionalOnBooleanProperty("kansli.signing.test-eid.enabled")
class TestEidProvider implements EidProvider {

  /** Skatteverket's test personal identity number, used when the request names no one. */
  static final String DEFAULT_PERSON = "19121212-1212";

  static final String NOT_A_SIGNATURE =
      "TESTUNDERSKRIFT – INTE GILTIG. Test-e-legitimation för demo.";

  private static final Logger log = LoggerFactory.getLogger(TestEidProvider.class);
  private static final List<String> GIVEN_NAMES =
      List.of("Tolvan", "Anna", "Erik", "Maja", "Nils", "Saga");
  private static final List<String> SURNAMES =
      List.of("Testsson", "Provare", "Demosson", "Exempelsdotter");

  private final Map<String, Order> orders = new ConcurrentHashMap<>();

  TestEidProvider() {
    log.warn(
        "TEST-E-LEGITIMATIONEN ÄR PÅ: vem som helst kan identifiera sig och skriva under som vem"
            + " som helst. Endast för demo; stäng av kansli.signing.test-eid.enabled i drift.");
  }

  @Override
  public String id() {
    return "test";
  }

  @Override
  public String displayName() {
    return "Test-e-legitimation (endast demo)";
  }

  @Override
  public EidOrder authenticate(EidRequest request) {
    return start(request, null);
  }

  @Override
  public EidOrder sign(EidRequest request, String visibleText, byte[] nonVisibleData) {
    return start(
        request, visibleText + "\n" + (nonVisibleData == null ? "" : Sha256.of(nonVisibleData)));
  }

  @Override
  public EidStatus collect(String orderRef) {
    Order order = orders.remove(orderRef);
    if (order == null) {
      return new EidStatus(
          EidStatus.State.FAILED, "notFound", "Okänd eller avslutad beställning.", null, null);
    }
    String signature =
        order.signedText() == null
            ? NOT_A_SIGNATURE
            : NOT_A_SIGNATURE + " Underskriven text (SHA-256): " + Sha256.of(order.signedText());
    return new EidStatus(
        EidStatus.State.COMPLETE,
        null,
        null,
        identity(order.personalIdentityNumber()),
        new EidEvidence(id(), signature, null));
  }

  @Override
  public void cancel(String orderRef) {
    orders.remove(orderRef);
  }

  private EidOrder start(EidRequest request, String signedText) {
    String person =
        request.personalIdentityNumber() == null || request.personalIdentityNumber().isBlank()
            ? DEFAULT_PERSON
            : PersonalIdentityNumber.parse(request.personalIdentityNumber()).value();
    String orderRef = "test-" + UUID.randomUUID();
    orders.put(orderRef, new Order(person, signedText));
    return new EidOrder(id(), orderRef, null);
  }

  /** A made-up name, always the same for the same number, so demos read the same each time. */
  private static EidIdentity identity(String personalIdentityNumber) {
    int hash = Math.floorMod(personalIdentityNumber.hashCode(), 1 << 16);
    String given = GIVEN_NAMES.get(hash % GIVEN_NAMES.size());
    String surname = SURNAMES.get(hash / GIVEN_NAMES.size() % SURNAMES.size());
    return new EidIdentity(personalIdentityNumber, given + " " + surname, given, surname);
  }

  private record Order(String personalIdentityNumber, String signedText) {}
}
