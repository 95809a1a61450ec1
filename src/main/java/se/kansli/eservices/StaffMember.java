package se.kansli.eservices;

import java.util.UUID;

/** A member of an officer group, for assigning and for the group's admin page. */
public record StaffMember(UUID userId, String name) {}
