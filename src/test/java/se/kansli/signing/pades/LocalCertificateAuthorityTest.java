package se.kansli.signing.pades;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LocalCertificateAuthorityTest {

  private static final String TIME_STAMPING = "1.3.6.1.5.5.7.3.8";
  private static final String EXTENDED_KEY_USAGE = "2.5.29.37";

  private final Path directory = Path.of("target", "signing-test", UUID.randomUUID().toString());

  @Test
  void certificatesSurviveARestart() {
    LocalCertificateAuthority before = new LocalCertificateAuthority(directory);
    X509Certificate seal = before.seal("Luleå kommun").certificate();
    X509Certificate tsa = before.timestampAuthority().certificate();

    LocalCertificateAuthority after = new LocalCertificateAuthority(directory);

    assertThat(after.rootCertificate()).isEqualTo(before.rootCertificate());
    assertThat(after.seal("Luleå kommun").certificate()).isEqualTo(seal);
    assertThat(after.timestampAuthority().certificate()).isEqualTo(tsa);
  }

  @Test
  void afterARestartTheTimestampAuthorityCanBeReadFirst() {
    LocalCertificateAuthority before = new LocalCertificateAuthority(directory);
    X509Certificate tsa = before.timestampAuthority().certificate();
    X509Certificate seal = before.seal("Bodens kommun").certificate();

    assertThat(new LocalCertificateAuthority(directory).timestampAuthority().certificate())
        .isEqualTo(tsa);
    assertThat(new LocalCertificateAuthority(directory).seal("Bodens kommun").certificate())
        .isEqualTo(seal);
  }

  @Test
  void eachOrganisationHasItsOwnSealCertificateIssuedByTheRoot() throws Exception {
    LocalCertificateAuthority ca = new LocalCertificateAuthority(directory);
    KeyEntry lulea = ca.seal("Luleå kommun");
    KeyEntry kiruna = ca.seal("Kiruna kommun");

    assertThat(lulea.certificate()).isNotEqualTo(kiruna.certificate());
    assertThat(lulea.certificate().getSubjectX500Principal().getName())
        .contains("CN=Luleå kommun – e-sigill")
        .contains("O=Luleå kommun");
    assertThat(lulea.certificate().getKeyUsage()[1]).as("nonRepudiation").isTrue();
    lulea.certificate().verify(ca.rootCertificate().getPublicKey());
    assertThat(lulea.chain()).containsExactly(lulea.certificate(), ca.rootCertificate());
  }

  @Test
  void theTimestampAuthorityHasOnlyTheCriticalTimeStampingKeyUsage() throws Exception {
    X509Certificate tsa =
        new LocalCertificateAuthority(directory).timestampAuthority().certificate();

    assertThat(tsa.getExtendedKeyUsage()).containsExactly(TIME_STAMPING);
    assertThat(tsa.getCriticalExtensionOIDs()).contains(EXTENDED_KEY_USAGE);
  }

  @Test
  void theCrlIsFreshAndSignedByTheRoot() throws Exception {
    LocalCertificateAuthority ca = new LocalCertificateAuthority(directory);
    var crl = ca.currentCrl();

    crl.verify(ca.rootCertificate().getPublicKey());
    assertThat(crl.getNextUpdate()).isInTheFuture();
    assertThat(crl.getRevokedCertificates()).isNull();
  }
}
