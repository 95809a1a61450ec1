package se.kansli.shared;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the current {@link Actor} from the security context of the running request. */
public final class Actors {

  private Actors() {}

  public static Optional<Actor> current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof ActorPrincipal principal) {
      return Optional.of(principal.actor());
    }
    return Optional.empty();
  }

  public static Actor required() {
    return current().orElseThrow(() -> new Forbidden("Du måste logga in."));
  }

  /** Implemented by every security principal Kansli creates, whatever the login method. */
  public interface ActorPrincipal {
    Actor actor();
  }
}
