package se.kansli.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicUrl where residents reach My pages, for the link in a notification
 * @param mailFrom sender address of notifications
 * @param sms which {@link SmsGateway} sends text messages
 * @param notices how failed deliveries of notices are retried
 */
@ConfigurationProperties("kansli.messaging")
public record MessagingProperties(String publicUrl, String mailFrom, Sms sms, Notices notices) {

  public MessagingProperties {
    publicUrl = publicUrl == null ? "http://localhost:8080" : publicUrl.replaceAll("/+$", "");
    mailFrom = mailFrom == null ? "kansli@localhost" : mailFrom;
    sms = sms == null ? new Sms("log") : sms;
    notices = notices == null ? new Notices(0, null, null) : notices;
  }

  /**
   * @param gateway {@code log}: {@link LoggingSmsGateway}, the only one there is so far
   */
  public record Sms(String gateway) {}

  /**
   * @param maxAttempts deliveries tried this many times in all are given up (the row is kept)
   * @param firstRetry the wait after the first failure, doubled after each further one
   * @param longestRetry the longest wait between two attempts
   */
  public record Notices(int maxAttempts, Duration firstRetry, Duration longestRetry) {

    public Notices {
      maxAttempts = maxAttempts < 1 ? 10 : maxAttempts;
      firstRetry = firstRetry == null ? Duration.ofMinutes(1) : firstRetry;
      longestRetry = longestRetry == null ? Duration.ofHours(6) : longestRetry;
    }

    /** The wait before the next attempt, after {@code failures} failed ones. */
    Duration backoff(int failures) {
      Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 20));
      return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
    }
  }

  String url(String path) {
    return path == null ? null : publicUrl + path;
  }

  static String conversationPath(ConversationId conversation) {
    return "/mina-sidor/meddelanden/" + conversation;
  }
}
