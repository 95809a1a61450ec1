package se.kansli.signing.pades;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** A private key with its certificate and the chain up to (and including) the root. */
record KeyEntry(PrivateKey key, X509Certificate certificate, List<X509Certificate> chain) {

  KeyEntry {
    chain = List.copyOf(chain);
  }
}
