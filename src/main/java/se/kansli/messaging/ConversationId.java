package se.kansli.messaging;

import java.util.UUID;
import se.kansli.shared.InvalidInput;

public record ConversationId(@com.fasterxml.jackson.annotation.JsonValue UUID value) {

  public ConversationId {
    if (value == null) {
      throw new InvalidInput("id", "Id saknas.");
    }
  }

  public static ConversationId random() {
    return new ConversationId(UUID.randomUUID());
  }

  public static ConversationId of(String value) {
    try {
      return new ConversationId(UUID.fromString(value));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidInput("id", "Ogiltigt id: " + value);
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
