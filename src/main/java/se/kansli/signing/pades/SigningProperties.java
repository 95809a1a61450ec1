package se.kansli.signing.pades;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where seals and timestamps come from.
 *
 * @param localTrust the local CA, seal certificates and timestamp authority for local and demo use
 * @param seal a real organisation seal certificate; when {@code keystore} is empty, each
 *     organisation gets a seal certificate from the local CA
 * @param tsa a real RFC 3161 timestamp authority; when {@code url} is empty, the in-process one on
 *     the local TSA certificate stamps
 * @param trustAnchors extra trusted root certificates (PEM or DER files) for verification, e.g. the
 *     issuer of the real seal certificate and the TSA's root
 */
@ConfigurationProperties("kansli.signing")
record SigningProperties(
    @DefaultValue LocalTrust localTrust,
    @DefaultValue Seal seal,
    @DefaultValue Tsa tsa,
    List<String> trustAnchors) {

  SigningProperties {
    localTrust = localTrust == null ? new LocalTrust(null, true) : localTrust;
    seal = seal == null ? new Seal(null, null, null) : seal;
    tsa = tsa == null ? new Tsa(null) : tsa;
    trustAnchors = trustAnchors == null ? List.of() : List.copyOf(trustAnchors);
  }

  /**
   * @param directory where the local CA's PKCS#12 files are kept, so that they survive restarts
   * @param enabled whether verification trusts the local root CA (turn off in real deployments)
   */
  record LocalTrust(String directory, @DefaultValue("true") boolean enabled) {
    LocalTrust {
      directory = directory == null || directory.isBlank() ? "data/signing" : directory;
    }
  }

  /**
   * @param keystore path to a PKCS#12 file with the seal certificate, its private key and chain
   * @param password the keystore's password
   * @param alias the entry to use; empty for the only key entry
   */
  record Seal(String keystore, String password, String alias) {
    boolean configured() {
      return keystore != null && !keystore.isBlank();
    }
  }

  /**
   * @param url the timestamp authority's RFC 3161 endpoint
   */
  record Tsa(String url) {
    boolean configured() {
      return url != null && !url.isBlank();
    }
  }
}
