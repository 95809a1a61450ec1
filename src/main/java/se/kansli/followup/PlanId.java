package se.kansli.followup;

import java.util.UUID;
import se.kansli.shared.InvalidInput;

public record PlanId(@com.fasterxml.jackson.annotation.JsonValue UUID value) {

  public PlanId {
    if (value == null) {
      throw new InvalidInput("id", "Id saknas.");
    }
  }

  public static PlanId random() {
    return new PlanId(UUID.randomUUID());
  }

  public static PlanId of(String value) {
    try {
      return new PlanId(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("id", "Ogiltigt id: " + value);
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
