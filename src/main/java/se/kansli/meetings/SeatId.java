package se.kansli.meetings;

import java.util.UUID;
import se.kansli.shared.InvalidInput;

public record SeatId(@com.fasterxml.jackson.annotation.JsonValue UUID value) {

  public SeatId {
    if (value == null) {
      throw new InvalidInput("id", "Id saknas.");
    }
  }

  public static SeatId random() {
    return new SeatId(UUID.randomUUID());
  }

  public static SeatId of(String value) {
    try {
      return new SeatId(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("id", "Ogiltigt id: " + value);
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
