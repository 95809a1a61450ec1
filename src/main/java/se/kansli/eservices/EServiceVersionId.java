package se.kansli.eservices;

import java.util.UUID;
import se.kansli.shared.InvalidInput;

/**
 * One version of an e-service. A submission keeps the id of the version it was made with; a
 * published or retired version never changes, so the form it was filled in stays readable.
 */
public record EServiceVersionId(@com.fasterxml.jackson.annotation.JsonValue UUID value) {

  public EServiceVersionId {
    if (value == null) {
      throw new InvalidInput("id", "Id saknas.");
    }
  }

  public static EServiceVersionId random() {
    return new EServiceVersionId(UUID.randomUUID());
  }

  public static EServiceVersionId of(String value) {
    try {
      return new EServiceVersionId(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("id", "Ogiltigt id: " + value);
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
