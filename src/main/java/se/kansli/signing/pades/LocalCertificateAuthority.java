package se.kansli.signing.pades;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.kansli.shared.Sha256;

/**
 * A certificate authority for local and demo use: a root CA, a timestamp authority and one seal
 * certificate per organisation, kept as PKCS#12 files in a directory so that documents sealed
 * before a restart still verify after it. Real deployments configure a seal certificate from a
 * qualified trust service provider (eIDAS art. 38) and a real TSA instead.
 */
final class LocalCertificateAuthority {

  private static final Logger log = LoggerFactory.getLogger(LocalCertificateAuthority.class);
  private static final String ALIAS = "key";

  private final Path directory;
  private final Map<String, KeyEntry> seals = new HashMap<>();
  private char[] password;
  private KeyEntry root;
  private KeyEntry timestampAuthority;

  /**
   * Nothing is read or created until first used, so that a deployment with a real seal, a real TSA
   * and local trust turned off never gets a local CA.
   */
  LocalCertificateAuthority(Path directory) {
    this.directory = directory.toAbsolutePath().normalize();
  }

  X509Certificate rootCertificate() {
    return root().certificate();
  }

  synchronized KeyEntry timestampAuthority() {
    if (timestampAuthority == null) {
      timestampAuthority =
          loadOrCreate(
              "tsa.p12",
              () -> CertificateIssuer.timestampAuthority(root(), "Kansli lokal tidsstämpeltjänst"));
    }
    return timestampAuthority;
  }

  private synchronized KeyEntry root() {
    if (root == null) {
      root = loadOrCreate("root-ca.p12", () -> CertificateIssuer.rootCa("Kansli lokal rot-CA"));
    }
    return root;
  }

  /** The directory and the keystore password, before any keystore is read or written. */
  private synchronized void open() {
    if (password != null) {
      return;
    }
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create " + directory, e);
    }
    password = passwordFile();
  }

  /** The organisation's seal certificate, issued the first time the organisation seals. */
  synchronized KeyEntry seal(String organisation) {
    return seals.computeIfAbsent(
        organisation,
        org ->
            loadOrCreate(
                "seal-" + Sha256.of(org).substring(0, 16).toLowerCase() + ".p12",
                () -> CertificateIssuer.seal(root(), org + " – e-sigill", org)));
  }

  X509CRL currentCrl() {
    return CertificateIssuer.emptyCrl(root());
  }

  private KeyEntry loadOrCreate(String fileName, java.util.function.Supplier<KeyEntry> issue) {
    // A restart finds the TSA or a seal on disk before anything has asked for the root.
    open();
    Path file = directory.resolve(fileName);
    if (Files.exists(file)) {
      return load(file);
    }
    KeyEntry entry = issue.get();
    store(file, entry);
    log.warn(
        "Created a LOCAL certificate for {} in {}: for local and demo use only. Real deployments"
            + " must configure a real seal certificate (kansli.signing.seal.keystore) and a real"
            + " timestamp authority (kansli.signing.tsa.url).",
        entry.certificate().getSubjectX500Principal().getName(),
        file);
    return entry;
  }

  private KeyEntry load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      PrivateKey key = (PrivateKey) store.getKey(ALIAS, password);
      List<X509Certificate> chain =
          Arrays.stream(store.getCertificateChain(ALIAS)).map(X509Certificate.class::cast).toList();
      return new KeyEntry(key, chain.getFirst(), chain);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Could not read the local certificate " + file, e);
    }
  }

  private void store(Path file, KeyEntry entry) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(ALIAS, entry.key(), password, entry.chain().toArray(Certificate[]::new));
      Path temp = Files.createTempFile(directory, fileName(file), ".tmp");
      try (OutputStream out = Files.newOutputStream(temp)) {
        store.store(out, password);
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Could not store the local certificate " + file, e);
    }
  }

  private static String fileName(Path file) {
    return file.getFileName().toString();
  }

  /** A random password made on first start, readable only by the owner where the OS allows. */
  private char[] passwordFile() {
    Path file = directory.resolve("keystore-password");
    try {
      if (!Files.exists(file)) {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        // Created owner-only from the start where the file system has POSIX permissions, so the
        // password is never readable by others; elsewhere (Windows) the directory's ACLs apply.
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
          Files.createFile(
              file,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
      }
      return Files.readString(file, StandardCharsets.UTF_8).strip().toCharArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read or create " + file, e);
    }
  }
}
