package se.kansli.signing.pades;

import eu.europa.esig.dss.spi.client.http.DataLoader;
import eu.europa.esig.dss.spi.exception.DSSExternalResourceException;
import java.security.cert.CRLException;
import java.util.List;

/**
 * Answers DSS's revocation lookups for the local CA in process, and refuses every other URL, so
 * that verification never reaches the network. The local CA revokes nothing; without a CRL, though,
 * DSS's default policy (ETSI EN 319 102-1, 5.2.6) cannot conclude that a certificate was valid and
 * reports INDETERMINATE.
 */
final class LocalCrlLoader implements DataLoader {

  private final transient LocalCertificateAuthority ca;

  LocalCrlLoader(LocalCertificateAuthority ca) {
    this.ca = ca;
  }

  @Override
  public byte[] get(String url) {
    if (!CertificateIssuer.CRL_URL.equals(url)) {
      throw new DSSExternalResourceException("Not fetched (offline verification): " + url);
    }
    try {
      return ca.currentCrl().getEncoded();
    } catch (CRLException e) {
      throw new DSSExternalResourceException("Could not encode the local CRL: " + e.getMessage());
    }
  }

  @Override
  public DataAndUrl get(List<String> urls) {
    for (String url : urls) {
      if (CertificateIssuer.CRL_URL.equals(url)) {
        return new DataAndUrl(url, get(url));
      }
    }
    throw new DSSExternalResourceException("Not fetched (offline verification): " + urls);
  }

  @Override
  public byte[] post(String url, byte[] content) {
    throw new DSSExternalResourceException("Not posted (offline verification): " + url);
  }

  @Override
  public void setContentType(String contentType) {}
}
