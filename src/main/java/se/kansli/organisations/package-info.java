/**
 * Organisations (the joint committee and its member municipalities) and the staff who work for
 * them: users, roles and memberships. Other capabilities use {@link
 * se.kansli.organisations.OrganisationDirectory} and {@link
 * se.kansli.organisations.StaffDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
package se.kansli.organisations;
