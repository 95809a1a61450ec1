package se.kansli.portfolio;

import java.util.UUID;
import se.kansli.shared.NotFound;

/** An initiative's identity. */
public record InitiativeId(UUID value) {

  public static InitiativeId of(String value) {
    try {
      return new InitiativeId(UUID.fromString(value));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFound(Initiatives.NOT_FOUND);
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
