package se.kansli.signing.eid;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Files;

/**
 * A WireMock server that speaks only HTTPS and, like BankID and Freja, refuses clients without a
 * certificate from its CA (mutual TLS).
 */
final class EidStubServer {

  private EidStubServer() {}

  static WireMockServer start(EidTestCertificates certs) {
    WireMockServer server =
        new WireMockServer(
            wireMockConfig()
                .httpDisabled(true)
                .dynamicHttpsPort()
                .keystorePath(certs.serverKeystore().toString())
                .keystorePassword(EidTestCertificates.PASSWORD)
                .keyManagerPassword(EidTestCertificates.PASSWORD)
                .keystoreType("PKCS12")
                .needClientAuth(true)
                .trustStorePath(certs.caTruststore().toString())
                .trustStorePassword(EidTestCertificates.PASSWORD)
                .trustStoreType("PKCS12"));
    server.start();
    return server;
  }

  static EidTestCertificates certificates() {
    try {
      return EidTestCertificates.create(Files.createTempDirectory("kansli-eid-tls"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String url(WireMockServer server, String path) {
    return "https://localhost:" + server.httpsPort() + path;
  }
}
