package se.kansli.portfolio;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;

/**
 * The rules of a versioned directive: every revision has its own name, its scope, a day and who
 * decided it; a new revision is not decided before the one in force, so the latest decided is the
 * current one and the history reads in order. Pure, so that the rules are tested without a
 * database.
 */
final class Directives {

  static final Comparator<DirectiveRevision> ORDER =
      Comparator.comparing(DirectiveRevision::decidedOn)
          .thenComparing(DirectiveRevision::revision, String.CASE_INSENSITIVE_ORDER);

  private Directives() {}

  static Optional<DirectiveRevision> current(List<DirectiveRevision> revisions) {
    return revisions.stream().max(ORDER);
  }

  /** Checks a new revision against those kept; returns it cleaned. */
  static DirectiveRevision check(DirectiveRevision revision, List<DirectiveRevision> kept) {
    String name = required(revision.revision(), "revision", "Ange revisionen, till exempel Rev B.");
    String scope = required(revision.scope(), "scope", "Beskriv direktivets omfattning.");
    String by =
        required(
            revision.decidedBy(), "decidedBy", "Ange vem som beslutade, till exempel Styrgruppen.");
    if (revision.decidedOn() == null) {
      throw new InvalidInput("decidedOn", "Ange den dag revisionen beslutades.");
    }
    if (kept.stream().anyMatch(r -> r.revision().equalsIgnoreCase(name))) {
      throw new Conflict(
          "revision", "Direktivet har redan en " + name + "; ge den nya revisionen ett nytt namn.");
    }
    Optional<DirectiveRevision> current = current(kept);
    if (current.isPresent() && revision.decidedOn().isBefore(current.get().decidedOn())) {
      throw new InvalidInput(
          "decidedOn",
          "Den gällande revisionen "
              + current.get().revision()
              + " beslutades "
              + current.get().decidedOn()
              + "; en ny revision kan inte vara beslutad före den.");
    }
    return new DirectiveRevision(name, scope, revision.decidedOn(), by);
  }

  private static String required(String value, String field, String message) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput(field, message);
    }
    return value.strip();
  }
}
