package se.kansli.shared;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in staff user on whose behalf a command runs: who they are, what they may do and which
 * organisations' data they may see. Capabilities check it where data is read and written.
 */
public record Actor(
    UUID userId,
    String username,
    String displayName,
    Set<Role> roles,
    Set<OrganisationId> organisations) {

  private static final Set<Role> REGISTERING =
      EnumSet.of(Role.ADMINISTRATOR, Role.REGISTRAR, Role.CASE_OFFICER, Role.COMMITTEE_SECRETARY);

  public Actor {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    organisations = Set.copyOf(organisations);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean belongsTo(OrganisationId organisation) {
    return organisations.contains(organisation);
  }

  /** May register and change cases and documents (auditors and members only read). */
  public boolean mayRegister() {
    return roles.stream().anyMatch(REGISTERING::contains);
  }

  public void requireRegistering() {
    if (!mayRegister()) {
      throw new Forbidden("Din roll får inte registrera eller ändra i diariet.");
    }
  }

  public void requireAdministrator() {
    if (!has(Role.ADMINISTRATOR)) {
      throw new Forbidden("Endast administratörer får göra detta.");
    }
  }

  /** Checks that the actor works for the organisation, answering as if it did not exist if not. */
  public void requireMemberOf(OrganisationId organisation) {
    if (!belongsTo(organisation)) {
      throw new NotFound("Organisationen finns inte eller så saknar du behörighet.");
    }
  }
}
