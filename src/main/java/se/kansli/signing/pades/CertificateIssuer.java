package se.kansli.signing.pades;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Issues the local CA's certificates and CRL with BouncyCastle. Keys are ECDSA P-256 with SHA-256,
 * which the ETSI TS 119 312 cryptographic suites (and so DSS's default validation policy) accept
 * well beyond the certificates' lifetimes, unlike RSA-2048.
 */
final class CertificateIssuer {

  /**
   * Never fetched over the network: verification answers it in process (LocalCrlLoader). Without a
   * CRL distribution point DSS cannot check revocation, and a seal whose certificate cannot be
   * checked is INDETERMINATE rather than TOTAL_PASSED.
   */
  static final String CRL_URL = "http://kansli.invalid/signing/local-root-ca.crl";

  private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
  private static final SecureRandom RANDOM = new SecureRandom();

  private CertificateIssuer() {}

  static KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every JVM has EC P-256", e);
    }
  }

  static KeyEntry rootCa(String commonName) {
    KeyPair keys = newKeyPair();
    X500Name subject = new X500Name("CN=" + commonName + ",O=Kansli lokal test-CA,C=SE");
    try {
      JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
      X509v3CertificateBuilder builder =
          builder(subject, subject, keys, Duration.ofDays(20 * 366))
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
              .addExtension(
                  Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
              .addExtension(
                  Extension.subjectKeyIdentifier,
                  false,
                  ext.createSubjectKeyIdentifier(keys.getPublic()));
      X509Certificate cert = sign(builder, keys.getPrivate());
      return new KeyEntry(keys.getPrivate(), cert, List.of(cert));
    } catch (Exception e) {
      throw new IllegalStateException("Could not create the local root CA", e);
    }
  }

  /** An organisation seal: non-repudiation, as for a qualified seal under eIDAS art. 35. */
  static KeyEntry seal(KeyEntry ca, String commonName, String organisation) {
    return endEntity(
        ca,
        "CN=" + rdn(commonName) + ",O=" + rdn(organisation) + ",C=SE",
        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation),
        null,
        Duration.ofDays(5 * 366));
  }

  /** RFC 3161 2.3: a TSA certificate has exactly one, critical, extended key usage. */
  static KeyEntry timestampAuthority(KeyEntry ca, String commonName) {
    return endEntity(
        ca,
        "CN=" + rdn(commonName) + ",O=Kansli lokal test-CA,C=SE",
        new KeyUsage(KeyUsage.digitalSignature),
        new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping),
        Duration.ofDays(10 * 366));
  }

  /** An empty CRL, fresh each time it is asked for, so that revocation data is always current. */
  static X509CRL emptyCrl(KeyEntry ca) {
    try {
      Instant now = Instant.now();
      X509v2CRLBuilder builder =
          new X509v2CRLBuilder(
              new X509CertificateHolder(ca.certificate().getEncoded()).getSubject(),
              Date.from(now.minusSeconds(60)));
      builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(1))));
      builder.addExtension(
          Extension.authorityKeyIdentifier,
          false,
          new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca.certificate()));
      builder.addExtension(
          Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(now.toEpochMilli())));
      return new JcaX509CRLConverter().getCRL(builder.build(signer(ca.key())));
    } catch (Exception e) {
      throw new IllegalStateException("Could not issue the local CRL", e);
    }
  }

  private static KeyEntry endEntity(
      KeyEntry ca, String subject, KeyUsage usage, ExtendedKeyUsage extendedUsage, Duration life) {
    KeyPair keys = newKeyPair();
    try {
      JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
      X509v3CertificateBuilder builder =
          builder(
                  new X509CertificateHolder(ca.certificate().getEncoded()).getSubject(),
                  new X500Name(subject),
                  keys,
                  life)
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
              .addExtension(Extension.keyUsage, true, usage)
              .addExtension(
                  Extension.subjectKeyIdentifier,
                  false,
                  ext.createSubjectKeyIdentifier(keys.getPublic()))
              .addExtension(
                  Extension.authorityKeyIdentifier,
                  false,
                  ext.createAuthorityKeyIdentifier(ca.certificate()))
              .addExtension(Extension.cRLDistributionPoints, false, crlDistributionPoint());
      if (extendedUsage != null) {
        builder.addExtension(Extension.extendedKeyUsage, true, extendedUsage);
      }
      X509Certificate cert = sign(builder, ca.key());
      return new KeyEntry(keys.getPrivate(), cert, List.of(cert, ca.certificate()));
    } catch (Exception e) {
      throw new IllegalStateException("Could not issue " + subject, e);
    }
  }

  private static X509v3CertificateBuilder builder(
      X500Name issuer, X500Name subject, KeyPair keys, Duration life) {
    Instant now = Instant.now();
    return new JcaX509v3CertificateBuilder(
        issuer,
        new BigInteger(64, RANDOM).abs().add(BigInteger.ONE),
        Date.from(now.minus(Duration.ofMinutes(5))),
        Date.from(now.plus(life)),
        subject,
        keys.getPublic());
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
      throws GeneralSecurityException, OperatorCreationException {
    return new JcaX509CertificateConverter().getCertificate(builder.build(signer(issuerKey)));
  }

  private static ContentSigner signer(PrivateKey key) throws OperatorCreationException {
    return new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(key);
  }

  private static CRLDistPoint crlDistributionPoint() {
    GeneralNames names =
        new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, CRL_URL));
    return new CRLDistPoint(
        new DistributionPoint[] {
          new DistributionPoint(new DistributionPointName(names), null, null)
        });
  }

  /** Escapes characters that would otherwise split or end an X.500 attribute value. */
  private static String rdn(String value) {
    return value.replaceAll("([,+=\"\\\\<>;#])", "\\\\$1");
  }
}
