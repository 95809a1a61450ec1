package se.kansli.registry;

import java.util.UUID;

public record CaseId(@com.fasterxml.jackson.annotation.JsonValue UUID value) {

  public static CaseId random() {
    return new CaseId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
