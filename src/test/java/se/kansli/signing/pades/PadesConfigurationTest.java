package se.kansli.signing.pades;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import se.kansli.signing.pades.PdfVerification.Indication;

/** The configuration properties wire sealing and verification; only this needs Spring. */
class PadesConfigurationTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(SigningProperties.class)
  static class WithProperties {}

  private final Path directory = Path.of("target", "signing-test", UUID.randomUUID().toString());

  private final ApplicationContextRunner context =
      new ApplicationContextRunner()
          .withUserConfiguration(WithProperties.class, PadesConfiguration.class);

  @Test
  void applicationYmlDefaultsToLocalTrustUnderTheDataDirectory() {
    new ApplicationContextRunner()
        .withInitializer(new ConfigDataApplicationContextInitializer())
        .withUserConfiguration(WithProperties.class)
        .run(app -> {
          SigningProperties properties = app.getBean(SigningProperties.class);
          assertThat(properties.localTrust().directory()).isEqualTo("data/signing");
          assertThat(properties.localTrust().enabled()).isTrue();
          assertThat(properties.seal().configured()).isFalse();
          assertThat(properties.tsa().configured()).isFalse();
          assertThat(properties.trustAnchors()).isEmpty();
        });
  }

  @Test
  void withoutConfigurationSealsWithTheLocalCaAndVerifiesIt() {
    context
        .withPropertyValues("kansli.signing.local-trust.directory=" + directory)
        .run(app -> {
          SealedPdf sealed =
              app.getBean(PdfSealer.class)
                  .seal(
                      TestDocuments.request(
                          TestDocuments.pdfA2Minutes(), "Anna Andersson", "ordförande"));
          PdfVerification result = app.getBean(PdfVerifier.class).verify(sealed.pdf());
          assertThat(result.valid()).isTrue();
          assertThat(Files.exists(directory.resolve("root-ca.p12"))).isTrue();
        });
  }

  @Test
  void aConfiguredSealKeystoreSignsForEveryOrganisation() throws Exception {
    LocalCertificateAuthority otherCa =
        new LocalCertificateAuthority(directory.resolve("other-ca"));
    KeyEntry seal = otherCa.seal("Kommunalförbundet Test");
    Path keystore = directory.resolve("seal.p12");
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(
        "sigill", seal.key(), "hemligt".toCharArray(), seal.chain().toArray(Certificate[]::new));
    try (OutputStream out = Files.newOutputStream(keystore)) {
      store.store(out, "hemligt".toCharArray());
    }

    context
        .withPropertyValues(
            "kansli.signing.local-trust.directory=" + directory.resolve("local"),
            "kansli.signing.seal.keystore=" + keystore,
            "kansli.signing.seal.password=hemligt")
        .run(app -> {
          SealedPdf sealed =
              app.getBean(PdfSealer.class)
                  .seal(
                      TestDocuments.request(
                          TestDocuments.pdfA2Minutes(), "Anna Andersson", "ordförande"));
          PdfVerification result = app.getBean(PdfVerifier.class).verify(sealed.pdf());
          assertThat(result.signatures())
              .singleElement()
              .satisfies(s -> {
                assertThat(s.signer()).isEqualTo("Kommunalförbundet Test – e-sigill");
                // Its root is not among the trust anchors.
                assertThat(s.indication()).isNotEqualTo(Indication.TOTAL_PASSED);
                assertThat(s.intact()).isTrue();
              });
        });
  }
}
