package se.kansli.meetings;

import java.util.UUID;
import se.kansli.shared.InvalidInput;

public record BodyId(@com.fasterxml.jackson.annotation.JsonValue UUID value) {

  public BodyId {
    if (value == null) {
      throw new InvalidInput("id", "Id saknas.");
    }
  }

  public static BodyId random() {
    return new BodyId(UUID.randomUUID());
  }

  public static BodyId of(String value) {
    try {
      return new BodyId(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("id", "Ogiltigt id: " + value);
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
