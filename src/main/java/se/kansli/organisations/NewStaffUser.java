package se.kansli.organisations;

import java.util.Set;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

/** Command: create a staff user. Without a password the user can only sign in with OIDC. */
public record NewStaffUser(
    String username,
    String displayName,
    String email,
    Set<Role> roles,
    Set<OrganisationId> organisations,
    String password,
    boolean mustChangePassword) {}
