package se.kansli.eservices;

import java.util.List;

/** An officer group with its members and the staff who may still be added, for its admin page. */
public record GroupOverview(
    OfficerGroup group, List<StaffMember> members, List<StaffMember> others) {}
