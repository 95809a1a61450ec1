package se.kansli.signing.pades;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.spi.validation.CertificateVerifier;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * DSS's certificate checks without the network: the given roots are trusted, the local CA's CRL is
 * answered in process, and nothing else is fetched (no OCSP, no AIA), so verification is fast,
 * deterministic and leaks nothing about which documents are checked.
 */
final class OfflineCertificateVerifier {

  private OfflineCertificateVerifier() {}

  static CertificateVerifier create(List<X509Certificate> trustAnchors, LocalCrlLoader localCrls) {
    CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
    trustAnchors.forEach(c -> trusted.addCertificate(new CertificateToken(c)));
    CommonCertificateVerifier verifier = new CommonCertificateVerifier();
    verifier.setTrustedCertSources(trusted);
    verifier.setCrlSource(new OnlineCRLSource(localCrls));
    verifier.setOcspSource(null);
    verifier.setAIASource(null);
    return verifier;
  }
}
