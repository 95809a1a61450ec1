package se.kansli.organisations;

import java.util.Set;
import java.util.UUID;
import se.kansli.shared.Actor;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

/** A member of staff who signs in to Kansli. */
public record StaffUser(
    UUID id,
    String username,
    String displayName,
    String email,
    Set<Role> roles,
    Set<OrganisationId> organisations,
    boolean enabled,
    boolean mustChangePassword) {

  public Actor asActor() {
    return new Actor(id, username, displayName, roles, organisations);
  }
}
