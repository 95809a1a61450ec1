package se.kansli.organisations;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration
class PasswordHashing {

  /**
   * bcrypt today, with the algorithm stored in the hash so that it can be upgraded later. A
   * successful verification is remembered for {@code kansli.security.verified-password-ttl}
   * (default 5 minutes, 0 turns it off) so that HTTP Basic API clients do not pay bcrypt on every
   * request; see {@link VerifiedPasswords}.
   */
  @Bean
  PasswordEncoder passwordEncoder(
      @Value("${kansli.security.verified-password-ttl:5m}") Duration verifiedPasswordTtl) {
    return new VerifiedPasswords(
        PasswordEncoderFactories.createDelegatingPasswordEncoder(), verifiedPasswordTtl);
  }
}
