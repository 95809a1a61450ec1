package se.kansli.portfolio;

import java.util.UUID;
import se.kansli.shared.NotFound;

/** A shared service's identity. */
public record ServiceId(UUID value) {

  public static ServiceId of(String value) {
    try {
      return new ServiceId(UUID.fromString(value));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFound(SharedServices.NOT_FOUND);
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
