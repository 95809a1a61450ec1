package se.kansli.signing.eid;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The eID services switched on in this installation, in a stable order for the login page. */
@Component
public class EidProviders {

  private final List<EidProvider> enabled;

  EidProviders(List<EidProvider> providers) {
    // BankID first, as most people have it; the test eID last, so that no one picks it by habit.
    this.enabled = providers.stream().sorted(Comparator.comparingInt(EidProviders::rank)).toList();
  }

  public List<EidProvider> enabled() {
    return enabled;
  }

  public Optional<EidProvider> find(String id) {
    return enabled.stream().filter(provider -> provider.id().equals(id)).findFirst();
  }

  private static int rank(EidProvider provider) {
    return switch (provider.id()) {
      case "bankid" -> 0;
      case "freja" -> 1;
      case "test" -> 3;
      default -> 2;
    };
  }
}
