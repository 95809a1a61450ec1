package se.kansli.organisations;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers, for a short while, that a password matched a stored hash, so that an API client using
 * HTTP Basic, which sends its password with every request, pays for one bcrypt verification (tens
 * of milliseconds of CPU) per period instead of one per request.
 *
 * <p>Only successful verifications are remembered, and only as an HMAC-SHA256 of the stored hash
 * and the password under a key made at random when the application starts; neither the password nor
 * the key leaves the process. The stored hash is part of what is remembered, so a changed password
 * never matches a remembered one; a disabled user is refused before the password is checked. Wrong
 * passwords always take the full bcrypt verification.
 */
final class VerifiedPasswords implements PasswordEncoder {

  static final int MAX_ENTRIES = 10_000;

  private final PasswordEncoder delegate;
  private final long ttlNanos;
  private final LongSupplier nanoTime;
  private final SecretKeySpec key;
  private final Map<String, Long> verified = new ConcurrentHashMap<>();

  VerifiedPasswords(PasswordEncoder delegate, Duration ttl) {
    this(delegate, ttl, System::nanoTime);
  }

  VerifiedPasswords(PasswordEncoder delegate, Duration ttl, LongSupplier nanoTime) {
    this.delegate = delegate;
    this.ttlNanos = ttl.toNanos();
    this.nanoTime = nanoTime;
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  @Override
  public String encode(CharSequence rawPassword) {
    return delegate.encode(rawPassword);
  }

  @Override
  public boolean matches(CharSequence rawPassword, String encodedPassword) {
    if (rawPassword == null || encodedPassword == null || ttlNanos <= 0) {
      return delegate.matches(rawPassword, encodedPassword);
    }
    String entry = mac(encodedPassword, rawPassword);
    long now = nanoTime.getAsLong();
    Long until = verified.get(entry);
    if (until != null && until - now > 0) {
      return true;
    }
    boolean matches = delegate.matches(rawPassword, encodedPassword);
    if (matches) {
      if (verified.size() >= MAX_ENTRIES) {
        verified.values().removeIf(u -> u - now <= 0);
        if (verified.size() >= MAX_ENTRIES) {
          verified.clear();
        }
      }
      verified.put(entry, now + ttlNanos);
    } else if (until != null) {
      verified.remove(entry);
    }
    return matches;
  }

  @Override
  public boolean upgradeEncoding(String encodedPassword) {
    return delegate.upgradeEncoding(encodedPassword);
  }

  int size() {
    return verified.size();
  }

  private String mac(String encodedPassword, CharSequence rawPassword) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
