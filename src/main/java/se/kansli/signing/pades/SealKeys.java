package se.kansli.signing.pades;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Which key seals an organisation's documents. */
@FunctionalInterface
interface SealKeys {

  KeyEntry forOrganisation(String organisation);

  /** One organisation seal certificate per organisation, issued by the local CA. */
  static SealKeys local(LocalCertificateAuthority ca) {
    return ca::seal;
  }

  /**
   * A real seal certificate from a PKCS#12 file, used for every organisation on the platform (the
   * joint committee seals on behalf of its municipalities).
   */
  static SealKeys fromKeystore(Path keystore, String password, String alias) {
    KeyEntry entry =
        readKeystore(keystore, password == null ? new char[0] : password.toCharArray(), alias);
    return organisation -> entry;
  }

  private static KeyEntry readKeystore(Path file, char[] password, String alias) {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      String entry =
          alias != null && !alias.isBlank()
              ? alias
              : Collections.list(store.aliases()).stream()
                  .filter(a -> isKey(store, a))
                  .findFirst()
                  .orElseThrow(() -> new IllegalStateException("No private key in " + file));
      PrivateKey key = (PrivateKey) store.getKey(entry, password);
      if (key == null) {
        throw new IllegalStateException("No private key '" + entry + "' in " + file);
      }
      List<X509Certificate> chain =
          Arrays.stream(store.getCertificateChain(entry)).map(X509Certificate.class::cast).toList();
      return new KeyEntry(key, chain.getFirst(), chain);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Could not read the seal keystore " + file, e);
    }
  }

  private static boolean isKey(KeyStore store, String alias) {
    try {
      return store.isKeyEntry(alias);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
