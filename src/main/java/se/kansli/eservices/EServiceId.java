package se.kansli.eservices;

import java.util.UUID;
import se.kansli.shared.InvalidInput;

/** An e-service, whatever its versions. */
public record EServiceId(@com.fasterxml.jackson.annotation.JsonValue UUID value) {

  public EServiceId {
    if (value == null) {
      throw new InvalidInput("id", "Id saknas.");
    }
  }

  public static EServiceId random() {
    return new EServiceId(UUID.randomUUID());
  }

  public static EServiceId of(String value) {
    try {
      return new EServiceId(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("id", "Ogiltigt id: " + value);
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
