package se.kansli.registry;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Command: register a new case in an organisation's registry.
 *
 * @param secrecyReference the OSL paragraph that makes parts of the case secret, e.g. "OSL 26 kap.
 *     1 §"; blank when nothing is secret
 * @param secretFields which parts the marking withholds from the public
 * @param publicTitle the title the public sees when the real one is secret
 */
public record RegisterCase(
    String organisation,
    String classificationCode,
    String title,
    String description,
    UUID caseOfficerId,
    List<Party> parties,
    String secrecyReference,
    Set<SecretField> secretFields,
    String publicTitle) {

  public RegisterCase {
    parties = parties == null ? List.of() : List.copyOf(parties);
    secretFields = secretFields == null ? Set.of() : Set.copyOf(secretFields);
  }
}
