package se.kansli.organisations;

import java.util.Optional;
import se.kansli.shared.OrganisationId;

/** A municipality or the joint committee; each keeps its own registry series. */
public record Organisation(
    OrganisationId id,
    String name,
    Kind kind,
    boolean host,
    Optional<OrganisationId> hostedBy,
    Integer population) {

  public enum Kind {
    MUNICIPALITY,
    COMMITTEE
  }
}
