package se.kansli.signing.eid;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Locale;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.springframework.core.io.Resource;

/**
 * Mutual TLS for the eID services: Kansli proves itself with its relying-party certificate
 * (PKCS#12) and trusts only the service's own CA, not the JDK's public CAs. BankID issues both the
 * client certificate and the CA its servers use (RP API v6, "Certificates").
 */
final class EidTls {

  private EidTls() {}

  static SSLContext sslContext(
      Resource clientKeystore,
      String clientKeystorePassword,
      Resource truststore,
      String truststorePassword) {
    try {
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      char[] password = chars(clientKeystorePassword);
      keys.init(load(clientKeystore, password), password);
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(truststore(truststore, truststorePassword));
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException(
          "Cannot set up TLS for the eID service: " + e.getMessage(), e);
    }
  }

  /** A PKCS#12 trust store, or the CA certificate(s) as PEM, as BankID distributes them. */
  private static KeyStore truststore(Resource resource, String password)
      throws GeneralSecurityException, IOException {
    String name = String.valueOf(resource.getFilename()).toLowerCase(Locale.ROOT);
    if (!(name.endsWith(".pem") || name.endsWith(".crt") || name.endsWith(".cer"))) {
      return load(resource, chars(password));
    }
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    store.load(null, null);
    try (InputStream in = resource.getInputStream()) {
      int i = 0;
      for (Certificate cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        store.setCertificateEntry("ca-" + i++, cert);
      }
    }
    return store;
  }

  private static KeyStore load(Resource resource, char[] password)
      throws GeneralSecurityException, IOException {
    if (resource == null || !resource.exists()) {
      throw new IOException("missing key or trust store " + resource);
    }
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = resource.getInputStream()) {
      store.load(in, password);
    }
    return store;
  }

  private static char[] chars(String password) {
    return password == null ? new char[0] : password.toCharArray();
  }
}
