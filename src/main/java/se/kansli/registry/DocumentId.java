package se.kansli.registry;

import java.util.UUID;

public record DocumentId(@com.fasterxml.jackson.annotation.JsonValue UUID value) {

  public static DocumentId random() {
    return new DocumentId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
