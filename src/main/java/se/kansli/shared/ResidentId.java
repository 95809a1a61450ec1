package se.kansli.shared;

import java.util.UUID;

/**
 * A resident (a member of the public with an account on My pages). Shared so that the capability
 * owning resident accounts and the capabilities serving residents speak of the same person without
 * depending on each other.
 */
public record ResidentId(@com.fasterxml.jackson.annotation.JsonValue UUID value) {

  public ResidentId {
    if (value == null) {
      throw new InvalidInput("resident", "Id för den sökande saknas.");
    }
  }

  public static ResidentId random() {
    return new ResidentId(UUID.randomUUID());
  }

  public static ResidentId of(String value) {
    try {
      return new ResidentId(UUID.fromString(value));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidInput("resident", "Ogiltigt id för den sökande: " + value);
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
