package se.kansli.signing.eid;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.FileSystemResource;
import se.kansli.shared.InvalidInput;

/**
 * Freja eID through the official client, pointed at a WireMock stub of Freja's RP API over mutual
 * TLS with the client's test-mode server URL.
 */
class FrejaEidProviderTest {

  private static final String INIT_AUTH = "/authentication/1.0/initAuthentication";
  private static final String AUTH_RESULT = "/authentication/1.0/getOneResult";
  private static final String INIT_SIGN = "/sign/1.0/initSignature";
  private static final String SIGN_RESULT = "/sign/1.0/getOneResult";
  private static final String ATTRIBUTES =
      """
      "requestedAttributes":{"basicUserInfo":{"name":"Tolvan","surname":"Tolvansson"},
                             "ssn":{"ssn":"191212121212","country":"SE"}}
      """;

  private static EidTestCertificates certs;
  private static WireMockServer freja;
  private FrejaEidProvider provider;

  @BeforeAll
  static void startStub() {
    certs = EidStubServer.certificates();
    freja = EidStubServer.start(certs);
  }

  @AfterAll
  static void stopStub() {
    freja.stop();
  }

  @BeforeEach
  void newProvider() {
    freja.resetAll();
    provider = provider(Duration.ofSeconds(5));
  }

  private static FrejaEidProvider provider(Duration readTimeout) {
    return new FrejaEidProvider(
        new FrejaProperties(
            true,
            FrejaProperties.Environment.TEST,
            EidStubServer.url(freja, ""),
            new FileSystemResource(certs.clientKeystore()),
            EidTestCertificates.PASSWORD,
            new FileSystemResource(certs.caTruststore()),
            EidTestCertificates.PASSWORD,
            Duration.ofSeconds(2),
            readTimeout));
  }

  @Test
  void authenticationIsPendingUntilApprovedAndThenGivesTheIdentity() {
    freja.stubFor(post(INIT_AUTH).willReturn(okJson("{\"authRef\":\"AUTH-1\"}")));
    results(
        AUTH_RESULT,
        "{\"authRef\":\"AUTH-1\",\"status\":\"STARTED\"}",
        "{\"authRef\":\"AUTH-1\",\"status\":\"DELIVERED_TO_MOBILE\"}",
        "{\"authRef\":\"AUTH-1\",\"status\":\"APPROVED\",\"details\":\"eyJhbGciOi.jws.sig\","
            + ATTRIBUTES
            + "}");

    EidOrder order = provider.authenticate(new EidRequest("192.0.2.10", "19121212-1212", false));

    assertThat(order).isEqualTo(new EidOrder("freja", "auth:AUTH-1", null));
    assertThat(provider.collect(order.orderRef()).userMessage())
        .isEqualTo("Öppna Freja eID-appen.");
    EidStatus delivered = provider.collect(order.orderRef());
    assertThat(delivered.state()).isEqualTo(EidStatus.State.PENDING);
    assertThat(delivered.hintCode()).isEqualTo("DELIVERED_TO_MOBILE");
    EidStatus done = provider.collect(order.orderRef());
    assertThat(done.state()).isEqualTo(EidStatus.State.COMPLETE);
    assertThat(done.identity())
        .isEqualTo(new EidIdentity("19121212-1212", "Tolvan Tolvansson", "Tolvan", "Tolvansson"));
    assertThat(done.evidence()).isEqualTo(new EidEvidence("freja", "eyJhbGciOi.jws.sig", null));
    assertThat(sentJson(INIT_AUTH))
        .contains("\"userInfoType\":\"SSN\"")
        .contains("BASIC_USER_INFO")
        .contains("SSN");
  }

  @Test
  void authenticationWithoutAPersonIsInferredFromTheQrCode() {
    freja.stubFor(post(INIT_AUTH).willReturn(okJson("{\"authRef\":\"AUTH-2\"}")));

    EidOrder order = provider.authenticate(new EidRequest("192.0.2.10", null, false));

    assertThat(sentJson(INIT_AUTH)).contains("\"userInfoType\":\"INFERRED\"");
    assertThat(provider.qrCode(order.orderRef(), Instant.now()))
        .contains("frejaeid://bindUserToTransaction?transactionReference=AUTH-2");
  }

  @Test
  void signingIsASignTransactionWithTheTitleAndTheHashAsText() {
    freja.stubFor(post(INIT_SIGN).willReturn(okJson("{\"signRef\":\"SIGN-1\"}")));
    results(
        SIGN_RESULT,
        "{\"signRef\":\"SIGN-1\",\"status\":\"APPROVED\",\"details\":\"eyJzaWdu.jws.sig\","
            + ATTRIBUTES
            + "}");
    String text = "Protokoll 2026-03-01\nSHA-256: 9F86D081884C7D65";

    EidOrder order =
        provider.sign(new EidRequest("192.0.2.10", "19121212-1212", false), text, null);

    assertThat(order.orderRef()).isEqualTo("sign:SIGN-1");
    String sent = sentJson(INIT_SIGN);
    assertThat(sent).contains("\"title\":\"Protokoll 2026-03-01\"");
    assertThat(sent)
        .contains(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
    EidStatus done = provider.collect(order.orderRef());
    assertThat(done.state()).isEqualTo(EidStatus.State.COMPLETE);
    assertThat(done.evidence().signature()).isEqualTo("eyJzaWdu.jws.sig");
  }

  @Test
  void signingNeedsToKnowWho() {
    assertThatThrownBy(
            () -> provider.sign(new EidRequest("192.0.2.10", null, false), "Protokoll", null))
        .isInstanceOf(InvalidInput.class);
  }

  @ParameterizedTest
  @CsvSource({
    "REJECTED, Du avböjde i Freja eID-appen. Åtgärden avbruten.",
    "EXPIRED, Tiden gick ut innan du godkände i Freja eID-appen. Försök igen.",
    "CANCELED, Åtgärden avbruten.",
    "RP_CANCELED, Åtgärden avbruten. Försök igen."
  })
  void endedTransactionsFailWithTheSwedishMessage(String status, String message) {
    results(AUTH_RESULT, "{\"authRef\":\"AUTH-3\",\"status\":\"" + status + "\"}");

    EidStatus failed = provider.collect("auth:AUTH-3");

    assertThat(failed.state()).isEqualTo(EidStatus.State.FAILED);
    assertThat(failed.hintCode()).isEqualTo(status);
    assertThat(failed.userMessage()).isEqualTo(message);
  }

  @Test
  void anErrorCodeFromFrejaIsRefusedWithTheCodeKept() {
    freja.stubFor(
        post(AUTH_RESULT)
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"code\":1100,\"message\":\"Invalid reference.\"}")));

    assertThatThrownBy(() -> provider.collect("auth:NO-SUCH-REF"))
        .isInstanceOfSatisfying(
            EidException.class,
            e -> {
              assertThat(e.code()).isEqualTo("1100");
              assertThat(e.getMessage()).isEqualTo(FrejaMessages.REFUSED);
            });
  }

  @Test
  void aServerThatDoesNotAnswerFailsWithinTheReadTimeout() {
    freja.stubFor(
        post(INIT_AUTH).willReturn(okJson("{\"authRef\":\"AUTH-4\"}").withFixedDelay(5_000)));
    FrejaEidProvider impatient = provider(Duration.ofMillis(300));
    long start = System.nanoTime();

    assertThatThrownBy(() -> impatient.authenticate(new EidRequest("192.0.2.10", null, false)))
        .isInstanceOfSatisfying(
            EidException.class,
            e -> {
              assertThat(e.getMessage()).isEqualTo("Internt tekniskt fel. Försök igen.");
              assertThat(e.retryable()).isTrue();
            });
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    awaitServed(INIT_AUTH);
  }

  /**
   * The stub logs a delayed request only when it has answered; waiting for that keeps it out of the
   * next test's request log (after its reset), where it would be taken for that test's.
   */
  private static void awaitServed(String path) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (freja.findAll(postRequestedFor(urlEqualTo(path))).isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("The stub never answered " + path);
      }
      java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
    }
  }

  @Test
  void cancelGoesToTheRightKindOfTransaction() {
    freja.stubFor(post("/sign/1.0/cancel").willReturn(okJson("{}")));

    provider.cancel("sign:SIGN-9");

    freja.verify(postRequestedFor(urlEqualTo("/sign/1.0/cancel")));
  }

  /** The JSON the client sent: Freja's API takes it base64-encoded as {@code name=value}. */
  private static String sentJson(String path) {
    String body = freja.findAll(postRequestedFor(urlEqualTo(path))).getFirst().getBodyAsString();
    String encoded = body.substring(body.indexOf('=') + 1);
    return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
  }

  private static void results(String path, String... bodies) {
    String state = Scenario.STARTED;
    for (int i = 0; i < bodies.length; i++) {
      String next = "answer " + (i + 1);
      freja.stubFor(
          post(path)
              .inScenario(path)
              .whenScenarioStateIs(state)
              .willReturn(okJson(bodies[i]))
              .willSetStateTo(next));
      state = next;
    }
  }
}
