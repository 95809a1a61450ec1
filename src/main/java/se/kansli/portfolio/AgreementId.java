package se.kansli.portfolio;

import java.util.UUID;
import se.kansli.shared.NotFound;

/** An agreement's identity. */
public record AgreementId(UUID value) {

  public static AgreementId of(String value) {
    try {
      return new AgreementId(UUID.fromString(value));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFound(Agreements.NOT_FOUND);
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
