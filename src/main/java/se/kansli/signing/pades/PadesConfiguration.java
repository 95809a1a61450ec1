package se.kansli.signing.pades;

import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.x509.tsp.KeyEntityTSPSource;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires sealing and verification from {@link SigningProperties}: a configured seal keystore and TSA
 * URL are used when set, the local CA and in-process TSA otherwise.
 */
@Configuration(proxyBeanMethods = false)
class PadesConfiguration {

  /**
   * The local TSA's policy (RFC 3161 requires one). An OID under the UUID arc 2.25 (ITU-T X.667),
   * which needs no registration: f98983d3-a95d-486b-bac2-4e24be7de719.
   */
  static final String LOCAL_TSA_POLICY = "2.25.331691789385279431375434669519972198169";

  @Bean
  LocalCertificateAuthority localCertificateAuthority(SigningProperties properties) {
    return new LocalCertificateAuthority(Path.of(properties.localTrust().directory()));
  }

  @Bean
  PdfSealer pdfSealer(SigningProperties properties, LocalCertificateAuthority ca) {
    return new PadesSealer(
        sealKeys(properties, ca),
        timestamps(properties, ca),
        OfflineCertificateVerifier.create(trustAnchors(properties, ca), new LocalCrlLoader(ca)));
  }

  @Bean
  PdfVerifier pdfVerifier(SigningProperties properties, LocalCertificateAuthority ca) {
    return new PadesVerifier(trustAnchors(properties, ca), new LocalCrlLoader(ca));
  }

  static List<X509Certificate> trustAnchors(
      SigningProperties properties, LocalCertificateAuthority ca) {
    List<X509Certificate> anchors = new ArrayList<>();
    if (properties.localTrust().enabled()) {
      anchors.add(ca.rootCertificate());
    }
    properties.trustAnchors().forEach(file -> anchors.add(readCertificate(Path.of(file))));
    return anchors;
  }

  static SealKeys sealKeys(SigningProperties properties, LocalCertificateAuthority ca) {
    SigningProperties.Seal seal = properties.seal();
    return seal.configured()
        ? SealKeys.fromKeystore(Path.of(seal.keystore()), seal.password(), seal.alias())
        : SealKeys.local(ca);
  }

  /** RFC 3161 timestamps: the configured TSA, or one in process on the local TSA certificate. */
  static TSPSource timestamps(SigningProperties properties, LocalCertificateAuthority ca) {
    if (properties.tsa().configured()) {
      return new OnlineTSPSource(properties.tsa().url());
    }
    KeyEntry tsa = ca.timestampAuthority();
    KeyEntityTSPSource source = new KeyEntityTSPSource(tsa.key(), tsa.certificate(), tsa.chain());
    source.setTsaPolicy(LOCAL_TSA_POLICY);
    return source;
  }

  private static X509Certificate readCertificate(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the trust anchor " + file, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Not an X.509 certificate: " + file, e);
    }
  }
}
