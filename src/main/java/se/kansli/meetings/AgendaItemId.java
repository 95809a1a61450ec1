package se.kansli.meetings;

import java.util.UUID;
import se.kansli.shared.InvalidInput;

public record AgendaItemId(@com.fasterxml.jackson.annotation.JsonValue UUID value) {

  public AgendaItemId {
    if (value == null) {
      throw new InvalidInput("id", "Id saknas.");
    }
  }

  public static AgendaItemId random() {
    return new AgendaItemId(UUID.randomUUID());
  }

  public static AgendaItemId of(String value) {
    try {
      return new AgendaItemId(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("id", "Ogiltigt id: " + value);
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
