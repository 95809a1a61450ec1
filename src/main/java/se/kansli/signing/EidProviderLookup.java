package se.kansli.signing;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.kansli.shared.InvalidInput;
import se.kansli.signing.eid.EidProvider;
import se.kansli.signing.eid.EidProviders;

/** The enabled eID providers as the signing and authentication services look them up. */
@Component
class EidProviderLookup {

  private final EidProviders providers;

  EidProviderLookup(EidProviders providers) {
    this.providers = providers;
  }

  /** The provider with this id; an unknown or switched-off one is refused as bad {@code field}. */
  EidProvider require(String id, String field) {
    return providers
        .find(id)
        .orElseThrow(() -> new InvalidInput(field, "Okänd eller avstängd e-legitimation."));
  }

  /** The eID methods a user may choose from, as id → Swedish name. */
  Map<String, String> methods() {
    return providers.enabled().stream()
        .collect(
            Collectors.toMap(EidProvider::id, EidProvider::displayName, (a, b) -> a, TreeMap::new));
  }
}
