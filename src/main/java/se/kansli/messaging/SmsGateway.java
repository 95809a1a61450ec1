package se.kansli.messaging;

/**
 * Sends a text message. This is where a real SMS provider is plugged in: implement it, make the
 * bean conditional on its own value of {@code kansli.messaging.sms.gateway}, and return that value
 * as {@link #provider()} so that its messages are metered under the provider's name.
 */
interface SmsGateway {

  /** The name metered with each message, as the invoice basis prices it. */
  String provider();

  /** Sends the text, returning the provider's reference for the message. */
  String send(String phoneNumber, String text);
}
