package se.kansli.registry;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Command: change an open case. {@code expectedVersion}, when given, makes the change fail if
 * someone else changed the case in between.
 */
public record UpdateCase(
    String classificationCode,
    String title,
    String description,
    UUID caseOfficerId,
    List<Party> parties,
    String secrecyReference,
    Set<SecretField> secretFields,
    String publicTitle,
    Integer expectedVersion) {

  public UpdateCase {
    parties = parties == null ? List.of() : List.copyOf(parties);
    secretFields = secretFields == null ? Set.of() : Set.copyOf(secretFields);
  }
}
