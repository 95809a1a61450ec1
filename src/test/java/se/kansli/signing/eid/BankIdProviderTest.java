package se.kansli.signing.eid;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.FileSystemResource;

/**
 * BankID against a stub of the RP API v6.0 over mutual TLS, replaying the answers the API
 * documents.
 */
class BankIdProviderTest {

  private static final String BASE = "/rp/v6.0";
  private static final String ORDER_REF = "131daac9-16c6-4618-beb0-365768f37288";
  private static final String ORDER =
      """
      {"orderRef":"131daac9-16c6-4618-beb0-365768f37288",
       "autoStartToken":"7c40b5c9-fa74-49cf-b98c-bfe651f9a7c6",
       "qrStartToken":"67df3917-fa0d-44e5-b327-edcc928297f8",
       "qrStartSecret":"d28db9a7-4cde-429e-a983-359be676944c"}
      """;
  private static final String COMPLETE =
      """
      {"orderRef":"131daac9-16c6-4618-beb0-365768f37288","status":"complete",
       "completionData":{
         "user":{"personalNumber":"191212121212","name":"Tolvan Tolvansson",
                 "givenName":"Tolvan","surname":"Tolvansson"},
         "device":{"ipAddress":"192.168.0.1","uhi":"OZvYM9VvyiAmG7NA5jU5zRGcHTHGaUhwwhx2Np3P"},
         "bankIdIssueDate":"2020-02-01","stepUp":{"mrtd":false},
         "signature":"PFNpZ25hdHVyZT4uLi48L1NpZ25hdHVyZT4=","ocspResponse":"MIIHfgoBAKCCB3c="}}
      """;
  private static final Instant STARTED = Instant.parse("2026-03-01T10:00:00Z");

  private static EidTestCertificates certs;
  private static WireMockServer bankId;
  private BankIdProvider provider;

  @BeforeAll
  static void startStub() {
    certs = EidStubServer.certificates();
    bankId = EidStubServer.start(certs);
  }

  @AfterAll
  static void stopStub() {
    bankId.stop();
  }

  @BeforeEach
  void newProvider() {
    bankId.resetAll();
    provider = provider(Duration.ofSeconds(5));
  }

  private static BankIdProvider provider(Duration readTimeout) {
    var properties =
        new BankIdProperties(
            true,
            URI.create(EidStubServer.url(bankId, BASE)),
            new FileSystemResource(certs.clientKeystore()),
            EidTestCertificates.PASSWORD,
            new FileSystemResource(certs.caPem()),
            null,
            Duration.ofSeconds(2),
            readTimeout);
    var tls =
        EidTls.sslContext(
            properties.clientKeystore(),
            properties.clientKeystorePassword(),
            properties.truststore(),
            properties.truststorePassword());
    return new BankIdProvider(
        new BankIdClient(properties, tls), Clock.fixed(STARTED, ZoneOffset.UTC));
  }

  @Test
  void authenticationSendsTheDocumentedBodyAndReturnsTheOrder() {
    bankId.stubFor(post(BASE + "/auth").willReturn(okJson(ORDER)));

    EidOrder order =
        provider.authenticate(
            new EidRequest("192.0.2.10", "19121212-1212", true, "https://kansli.example/klar"));

    assertThat(order)
        .isEqualTo(new EidOrder("bankid", ORDER_REF, "7c40b5c9-fa74-49cf-b98c-bfe651f9a7c6"));
    assertThat(BankIdProvider.autoStartUrl(order))
        .isEqualTo("bankid:///?autostarttoken=7c40b5c9-fa74-49cf-b98c-bfe651f9a7c6&redirect=null");
    bankId.verify(
        postRequestedFor(urlEqualTo(BASE + "/auth"))
            .withRequestBody(
                equalToJson(
                    """
                    {"endUserIp":"192.0.2.10","requirement":{"personalNumber":"191212121212"},
                     "returnUrl":"https://kansli.example/klar"}
                    """)));
  }

  @Test
  void signingSendsTheTextAsBase64SimpleMarkdownAndTheHiddenDataAsBase64() {
    bankId.stubFor(post(BASE + "/sign").willReturn(okJson(ORDER)));
    String text = "Protokoll 2026-03-01, Norrbottens e-nämnd\n\nSHA-256: 9F86D081";

    provider.sign(new EidRequest("192.0.2.10", null, false), text, new byte[] {1, 2, 3});

    bankId.verify(
        postRequestedFor(urlEqualTo(BASE + "/sign"))
            .withRequestBody(
                equalToJson(
                    """
                    {"endUserIp":"192.0.2.10","userVisibleData":"%s",
                     "userVisibleDataFormat":"simpleMarkdownV1","userNonVisibleData":"AQID"}
                    """
                        .formatted(
                            Base64.getEncoder()
                                .encodeToString(text.getBytes(StandardCharsets.UTF_8))))));
  }

  @Test
  void phoneAuthenticationSaysWhoCalled() {
    bankId.stubFor(post(BASE + "/phone/auth").willReturn(okJson(ORDER)));

    provider.authenticateByPhone("19121212-1212", true);

    bankId.verify(
        postRequestedFor(urlEqualTo(BASE + "/phone/auth"))
            .withRequestBody(
                equalToJson(
                    """
                    {"personalNumber":"191212121212","callInitiator":"user"}
                    """)));
  }

  @Test
  void qrCodeIsDerivedFromTheSecretAndTheSecondsSinceStart() {
    bankId.stubFor(post(BASE + "/auth").willReturn(okJson(ORDER)));
    provider.authenticate(new EidRequest("192.0.2.10", null, false));

    assertThat(provider.qrCode(ORDER_REF, STARTED.plusMillis(1500)))
        .contains(
            "bankid.67df3917-fa0d-44e5-b327-edcc928297f8.1."
                + "949d559bf23403952a94d103e67743126381eda00f0b3cbddbf7c96b1adcbce2");
    assertThat(provider.qrCode("someone-elses-order", STARTED)).isEmpty();
  }

  @Test
  void collectIsPendingUntilCompleteAndThenGivesIdentityAndEvidence() {
    bankId.stubFor(post(BASE + "/auth").willReturn(okJson(ORDER)));
    collectAnswers(
        pending("outstandingTransaction"), pending("userSign"), COMPLETE.replace("\n", ""));
    provider.authenticate(new EidRequest("192.0.2.10", null, false));

    EidStatus first = provider.collect(ORDER_REF);
    assertThat(first.state()).isEqualTo(EidStatus.State.PENDING);
    assertThat(first.hintCode()).isEqualTo("outstandingTransaction");
    assertThat(first.userMessage()).isEqualTo("Starta BankID-appen.");

    EidStatus second = provider.collect(ORDER_REF);
    assertThat(second.userMessage()).startsWith("Skriv in din säkerhetskod");

    EidStatus done = provider.collect(ORDER_REF);
    assertThat(done.state()).isEqualTo(EidStatus.State.COMPLETE);
    assertThat(done.identity())
        .isEqualTo(new EidIdentity("19121212-1212", "Tolvan Tolvansson", "Tolvan", "Tolvansson"));
    assertThat(done.evidence())
        .isEqualTo(
            new EidEvidence("bankid", "PFNpZ25hdHVyZT4uLi48L1NpZ25hdHVyZT4=", "MIIHfgoBAKCCB3c="));
    assertThat(provider.qrCode(ORDER_REF, STARTED)).as("secret forgotten").isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "userCancel, Åtgärden avbruten.",
    "expiredTransaction, BankID-appen svarar inte.",
    "startFailed, Misslyckades att läsa av QR-koden.",
    "certificateErr, Det BankID du försöker använda är för gammalt eller spärrat."
  })
  void failedOrdersCarryTheSwedishMessage(String hintCode, String messageStart) {
    bankId.stubFor(post(BASE + "/auth").willReturn(okJson(ORDER)));
    bankId.stubFor(
        post(BASE + "/collect")
            .willReturn(
                okJson(
                    """
                    {"orderRef":"%s","status":"failed","hintCode":"%s"}
                    """
                        .formatted(ORDER_REF, hintCode))));
    provider.authenticate(new EidRequest("192.0.2.10", null, false));

    EidStatus status = provider.collect(ORDER_REF);

    assertThat(status.state()).isEqualTo(EidStatus.State.FAILED);
    assertThat(status.hintCode()).isEqualTo(hintCode);
    assertThat(status.userMessage()).startsWith(messageStart);
    assertThat(status.identity()).isNull();
  }

  @Test
  void alreadyInProgressIsRefusedWithRfa4AndNotWorthRetrying() {
    bankId.stubFor(
        post(BASE + "/auth")
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
                        {"errorCode":"alreadyInProgress",
                         "details":"Order already in progress for pno"}
                        """)));

    assertThatThrownBy(
            () -> provider.authenticate(new EidRequest("192.0.2.10", "19121212-1212", true)))
        .isInstanceOfSatisfying(
            EidException.class,
            e -> {
              assertThat(e.code()).isEqualTo("alreadyInProgress");
              assertThat(e.getMessage()).startsWith("En identifiering eller underskrift");
              assertThat(e.retryable()).isFalse();
            });
  }

  @Test
  void invalidParametersIsAnUnknownErrorToTheUser() {
    bankId.stubFor(
        post(BASE + "/collect")
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
                        {"errorCode":"invalidParameters","details":"No such order"}
                        """)));

    assertThatThrownBy(() -> provider.collect("no-such-order"))
        .isInstanceOfSatisfying(
            EidException.class,
            e -> {
              assertThat(e.code()).isEqualTo("invalidParameters");
              assertThat(e.getMessage()).isEqualTo("Okänt fel. Försök igen.");
            });
  }

  @Test
  void maintenanceIsAnInternalErrorWorthRetrying() {
    bankId.stubFor(
        post(BASE + "/auth")
            .willReturn(
                aResponse()
                    .withStatus(503)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
                        {"errorCode":"maintenance","details":"Service unavailable"}
                        """)));

    assertThatThrownBy(() -> provider.authenticate(new EidRequest("192.0.2.10", null, false)))
        .isInstanceOfSatisfying(
            EidException.class,
            e -> {
              assertThat(e.code()).isEqualTo("maintenance");
              assertThat(e.getMessage()).isEqualTo("Internt tekniskt fel. Försök igen.");
              assertThat(e.retryable()).isTrue();
            });
  }

  @Test
  void aServerThatDoesNotAnswerFailsWithinTheReadTimeout() {
    bankId.stubFor(post(BASE + "/auth").willReturn(okJson(ORDER).withFixedDelay(5_000)));
    BankIdProvider impatient = provider(Duration.ofMillis(300));
    long start = System.nanoTime();

    assertThatThrownBy(() -> impatient.authenticate(new EidRequest("192.0.2.10", null, false)))
        .isInstanceOfSatisfying(
            EidException.class,
            e -> {
              assertThat(e.getMessage()).isEqualTo("Internt tekniskt fel. Försök igen.");
              assertThat(e.retryable()).isTrue();
            });
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void withoutTheClientCertificateTheServerRefusesTheConnection() throws Exception {
    bankId.stubFor(post(BASE + "/auth").willReturn(okJson(ORDER)));
    var trustOnly = KeyStore.getInstance("PKCS12");
    try (var in = java.nio.file.Files.newInputStream(certs.caTruststore())) {
      trustOnly.load(in, EidTestCertificates.PASSWORD.toCharArray());
    }
    var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trustOnly);
    var noClientCertificate = SSLContext.getInstance("TLS");
    noClientCertificate.init(null, trust.getTrustManagers(), null);
    var properties =
        new BankIdProperties(
            true,
            URI.create(EidStubServer.url(bankId, BASE)),
            null,
            null,
            null,
            null,
            Duration.ofSeconds(2),
            Duration.ofSeconds(2));
    var anonymous =
        new BankIdProvider(new BankIdClient(properties, noClientCertificate), Clock.systemUTC());

    assertThatThrownBy(() -> anonymous.authenticate(new EidRequest("192.0.2.10", null, false)))
        .isInstanceOfSatisfying(
            EidException.class, e -> assertThat(e.code()).isEqualTo("unreachable"));
  }

  @Test
  void cancelTellsBankIdAndForgetsTheSecret() {
    bankId.stubFor(post(BASE + "/auth").willReturn(okJson(ORDER)));
    bankId.stubFor(post(BASE + "/cancel").willReturn(okJson("{}")));
    provider.authenticate(new EidRequest("192.0.2.10", null, false));

    provider.cancel(ORDER_REF);

    bankId.verify(
        postRequestedFor(urlEqualTo(BASE + "/cancel"))
            .withRequestBody(equalToJson("{\"orderRef\":\"" + ORDER_REF + "\"}")));
    assertThat(provider.qrCode(ORDER_REF, STARTED)).isEmpty();
  }

  private static String pending(String hintCode) {
    return "{\"orderRef\":\"%s\",\"status\":\"pending\",\"hintCode\":\"%s\"}"
        .formatted(ORDER_REF, hintCode);
  }

  /** /collect answers one after the other, as BankID does while the user acts. */
  private static void collectAnswers(String... bodies) {
    String state = Scenario.STARTED;
    for (int i = 0; i < bodies.length; i++) {
      String next = "answer " + (i + 1);
      bankId.stubFor(
          post(BASE + "/collect")
              .inScenario("collect")
              .whenScenarioStateIs(state)
              .willReturn(okJson(bodies[i]))
              .willSetStateTo(next));
      state = next;
    }
  }
}
