package se.kansli.eservices;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Counts distinct visitors of an e-service's catalogue page per day without keeping personal data.
 *
 * <p>A visitor is told apart by HMAC-SHA256(IP address, User-Agent, day) under a random key that
 * exists only in this JVM's memory and is replaced, together with every hash made with it, when the
 * day turns. Only the number of distinct hashes per day, catalogue and e-service is stored. Why
 * this is not personal data: the IP address and User-Agent are never written anywhere; the hashes
 * live in memory for at most one day, and once the key is gone nobody, not even the operator, can
 * compute which address a hash belonged to, nor link a visitor's days to each other; what is stored
 * (a count per day) relates to no identifiable person (GDPR recital 26). A restart forgets the key
 * and hashes, so a visitor on both sides of a restart may be counted twice that day; counting too
 * many now and then is the price of keeping nothing.
 */
@Component
class VisitorCounter {

  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private record Today(LocalDate day, SecretKeySpec key, Set<String> seen) {}

  private final StatisticsQueries queries;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private volatile Today today;

  VisitorCounter(StatisticsQueries queries, Optional<Clock> clock) {
    this.queries = queries;
    this.clock = clock.orElse(Clock.system(SWEDEN));
  }

  /**
   * Records a visit of the e-service's page in the organisation's catalogue; true when it is the
   * visitor's first of the day there, and so counted.
   */
  boolean visit(String organisation, EServiceId eService, String ip, String userAgent) {
    return visit(LocalDate.now(clock.withZone(SWEDEN)), organisation, eService, ip, userAgent);
  }

  boolean visit(
      LocalDate day, String organisation, EServiceId eService, String ip, String userAgent) {
    Today current = current(day);
    String hash = hash(current, ip + "\n" + (userAgent == null ? "" : userAgent) + "\n" + day);
    if (!current.seen().add(organisation + "/" + eService.value() + "/" + hash)) {
      return false;
    }
    queries.countVisitor(day, organisation, eService);
    return true;
  }

  /** Today's key and hashes; a new day drops yesterday's, so they cannot be linked to today's. */
  private synchronized Today current(LocalDate day) {
    if (today == null || !today.day().equals(day)) {
      byte[] key = new byte[32];
      random.nextBytes(key);
      today = new Today(day, new SecretKeySpec(key, "HmacSHA256"), ConcurrentHashMap.newKeySet());
    }
    return today;
  }

  private static String hash(Today today, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(today.key());
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
