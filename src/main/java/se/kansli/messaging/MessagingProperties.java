package se.kansli.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicUrl where residents reach My pages, for the link in a notification
 * @param mailFrom sender address of notifications
 * @param sms which {@link SmsGateway} sends text messages
 */
@ConfigurationProperties("kansli.messaging")
public record MessagingProperties(String publicUrl, String mailFrom, Sms sms) {

  public MessagingProperties {
    publicUrl = publicUrl == null ? "http://localhost:8080" : publicUrl.replaceAll("/+$", "");
    mailFrom = mailFrom == null ? "kansli@localhost" : mailFrom;
    sms = sms == null ? new Sms("log") : sms;
  }

  /**
   * @param gateway {@code log}: {@link LoggingSmsGateway}, the only one there is so far
   */
  public record Sms(String gateway) {}

  String link(ConversationId conversation) {
    return publicUrl + "/mina-sidor/meddelanden/" + conversation;
  }
}
