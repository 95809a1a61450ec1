package se.kansli.followup;

import java.util.UUID;
import se.kansli.shared.InvalidInput;

public record ReportId(@com.fasterxml.jackson.annotation.JsonValue UUID value) {

  public ReportId {
    if (value == null) {
      throw new InvalidInput("id", "Id saknas.");
    }
  }

  public static ReportId random() {
    return new ReportId(UUID.randomUUID());
  }

  public static ReportId of(String value) {
    try {
      return new ReportId(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("id", "Ogiltigt id: " + value);
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
