package se.kansli.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedPasswordsTest {

  /** Counts verifications; "hash:" + password is the hash of a password. */
  static final class CountingEncoder implements PasswordEncoder {
    final AtomicInteger checks = new AtomicInteger();

    @Override
    public String encode(CharSequence raw) {
      return "hash:" + raw;
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
      checks.incrementAndGet();
      return encoded.equals("hash:" + raw);
    }
  }

  final CountingEncoder bcrypt = new CountingEncoder();
  final AtomicLong clock = new AtomicLong();
  final VerifiedPasswords passwords =
      new VerifiedPasswords(bcrypt, Duration.ofMinutes(5), clock::get);

  @Test
  void aMatchingPasswordIsVerifiedOncePerPeriod() {
    assertThat(passwords.matches("hemligt-ord-1", "hash:hemligt-ord-1")).isTrue();
    assertThat(passwords.matches("hemligt-ord-1", "hash:hemligt-ord-1")).isTrue();
    assertThat(bcrypt.checks).hasValue(1);

    clock.addAndGet(Duration.ofMinutes(5).toNanos());
    assertThat(passwords.matches("hemligt-ord-1", "hash:hemligt-ord-1")).isTrue();
    assertThat(bcrypt.checks).hasValue(2);
  }

  @Test
  void aWrongPasswordIsAlwaysVerifiedAndNeverRemembered() {
    assertThat(passwords.matches("fel", "hash:hemligt-ord-1")).isFalse();
    assertThat(passwords.matches("fel", "hash:hemligt-ord-1")).isFalse();
    assertThat(bcrypt.checks).hasValue(2);
    assertThat(passwords.size()).isZero();
  }

  @Test
  void aChangedPasswordHashDoesNotMatchTheRememberedOne() {
    assertThat(passwords.matches("gammalt-ord", "hash:gammalt-ord")).isTrue();
    assertThat(passwords.matches("gammalt-ord", "hash:nytt-ord")).isFalse();
    assertThat(passwords.matches("nytt-ord", "hash:nytt-ord")).isTrue();
    assertThat(bcrypt.checks).hasValue(3);
  }

  @Test
  void aZeroPeriodTurnsItOff() {
    VerifiedPasswords off = new VerifiedPasswords(bcrypt, Duration.ZERO, clock::get);
    off.matches("hemligt-ord-1", "hash:hemligt-ord-1");
    off.matches("hemligt-ord-1", "hash:hemligt-ord-1");
    assertThat(bcrypt.checks).hasValue(2);
  }

  @Test
  void theRememberedSetStaysBounded() {
    for (int i = 0; i < VerifiedPasswords.MAX_ENTRIES + 10; i++) {
      passwords.matches("ord-" + i, "hash:ord-" + i);
    }
    assertThat(passwords.size()).isLessThanOrEqualTo(VerifiedPasswords.MAX_ENTRIES);
  }
}
