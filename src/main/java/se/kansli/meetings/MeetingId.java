package se.kansli.meetings;

import java.util.UUID;
import se.kansli.shared.InvalidInput;

public record MeetingId(@com.fasterxml.jackson.annotation.JsonValue UUID value) {

  public MeetingId {
    if (value == null) {
      throw new InvalidInput("id", "Id saknas.");
    }
  }

  public static MeetingId random() {
    return new MeetingId(UUID.randomUUID());
  }

  public static MeetingId of(String value) {
    try {
      return new MeetingId(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("id", "Ogiltigt id: " + value);
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
