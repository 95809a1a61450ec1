package se.kansli.signing.eid;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throwaway PKI for the stub eID servers, like the real services' own: a CA that issues both the
 * server's certificate (for localhost) and the relying party's client certificate. Files are
 * PKCS#12 with {@link #PASSWORD}; the CA is also written as PEM, the form BankID hands it out in.
 */
record EidTestCertificates(
    Path serverKeystore, Path clientKeystore, Path caTruststore, Path caPem) {

  static final String PASSWORD = "changeit";

  static EidTestCertificates create(Path dir) throws Exception {
    KeyPair ca = keyPair();
    X509Certificate caCert = issue("CN=Kansli Test eID CA", ca, "CN=Kansli Test eID CA", ca, true);
    KeyPair server = keyPair();
    X509Certificate serverCert = issue("CN=localhost", server, "CN=Kansli Test eID CA", ca, false);
    KeyPair client = keyPair();
    X509Certificate clientCert =
        issue("CN=Kansli relying party", client, "CN=Kansli Test eID CA", ca, false);

    var certs =
        new EidTestCertificates(
            dir.resolve("server.p12"),
            dir.resolve("client.p12"),
            dir.resolve("ca.p12"),
            dir.resolve("ca.pem"));
    writeKey(certs.serverKeystore(), "server", server, serverCert, caCert);
    writeKey(certs.clientKeystore(), "client", client, clientCert, caCert);
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("ca", caCert);
    write(certs.caTruststore(), trust);
    Files.writeString(
        certs.caPem(),
        "-----BEGIN CERTIFICATE-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(caCert.getEncoded())
            + "\n-----END CERTIFICATE-----\n");
    return certs;
  }

  private static KeyPair keyPair() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    return generator.generateKeyPair();
  }

  private static X509Certificate issue(
      String subject, KeyPair subjectKeys, String issuer, KeyPair issuerKeys, boolean isCa)
      throws Exception {
    Instant now = Instant.now();
    var builder =
        new JcaX509v3CertificateBuilder(
            new X500Name(issuer),
            BigInteger.valueOf(now.toEpochMilli()).add(BigInteger.valueOf(subject.hashCode())),
            Date.from(now.minus(1, ChronoUnit.DAYS)),
            Date.from(now.plus(1, ChronoUnit.DAYS)),
            new X500Name(subject),
            subjectKeys.getPublic());
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
    if (subject.equals("CN=localhost")) {
      builder.addExtension(
          Extension.subjectAlternativeName,
          false,
          new GeneralNames(
              new GeneralName[] {
                new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1")
              }));
    }
    return new JcaX509CertificateConverter()
        .getCertificate(
            builder.build(
                new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate())));
  }

  private static void writeKey(
      Path file, String alias, KeyPair keys, X509Certificate cert, X509Certificate caCert)
      throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(
        alias, keys.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {cert, caCert});
    write(file, store);
  }

  private static void write(Path file, KeyStore store) throws Exception {
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, PASSWORD.toCharArray());
    }
  }
}
