package se.kansli.eservices;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.organisations.StaffDirectory;
import se.kansli.organisations.StaffUser;
import se.kansli.shared.Actor;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

/**
 * Which staff users handle which officer group's submissions. An organisation's administrators keep
 * the members; the groups are the names its e-services give.
 */
@Service
public class OfficerGroups {

  private final GroupMembers members;
  private final StaffDirectory staff;
  private final Clock clock;

  OfficerGroups(GroupMembers members, StaffDirectory staff, Optional<Clock> clock) {
    this.members = members;
    this.staff = staff;
    this.clock = clock.orElse(Clock.systemUTC());
  }

  /**
   * The groups whose inbox the actor sees: their own, and for an administrator every group of their
   * organisations.
   */
  @Transactional(readOnly = true)
  public List<OfficerGroup> visibleTo(Actor actor) {
    List<OfficerGroup> own =
        members.groupsOf(actor.userId()).stream()
            .filter(g -> actor.belongsTo(OrganisationId.of(g.organisation())))
            .toList();
    if (!actor.has(Role.ADMINISTRATOR)) {
      return own;
    }
    return members.groupsIn(organisations(actor));
  }

  /** Every group of the administrator's organisations, with its members and the other staff. */
  @Transactional(readOnly = true)
  public List<GroupOverview> overview(Actor actor) {
    actor.requireAdministrator();
    return members.groupsIn(organisations(actor)).stream()
        .map(g -> {
          List<StaffMember> in = members(g, actor);
          List<StaffMember> others =
              candidates(g, actor).stream().filter(c -> !in.contains(c)).toList();
          return new GroupOverview(g, in, others);
        })
        .toList();
  }

  /** The group's members, in the order they were added. */
  @Transactional(readOnly = true)
  public List<StaffMember> members(OfficerGroup group, Actor actor) {
    requireVisible(group, actor);
    return members.members(group).stream()
        .map(staff::find)
        .flatMap(Optional::stream)
        .map(u -> new StaffMember(u.id(), u.displayName()))
        .toList();
  }

  /** The staff of the group's organisation who may be added to it. */
  @Transactional(readOnly = true)
  public List<StaffMember> candidates(OfficerGroup group, Actor actor) {
    requireAdministrator(group, actor);
    return staff.workingFor(java.util.Set.of(OrganisationId.of(group.organisation()))).stream()
        .filter(StaffUser::enabled)
        .map(u -> new StaffMember(u.id(), u.displayName()))
        .toList();
  }

  @Transactional
  public void add(OfficerGroup group, UUID userId, Actor actor) {
    requireAdministrator(group, actor);
    StaffUser user =
        staff
            .find(userId == null ? new UUID(0, 0) : userId)
            .filter(u -> u.organisations().contains(OrganisationId.of(group.organisation())))
            .orElseThrow(() ->
                new InvalidInput("userId", "Välj en användare som arbetar i organisationen."));
    members.add(group, user.id(), clock.instant(), actor.username());
  }

  @Transactional
  public void remove(OfficerGroup group, UUID userId, Actor actor) {
    requireAdministrator(group, actor);
    members.remove(group, userId);
  }

  public boolean isMember(OfficerGroup group, UUID userId) {
    return members.isMember(group, userId);
  }

  /** Administrators of the group's organisation see and handle every group of it. */
  boolean handles(OfficerGroup group, Actor actor) {
    return actor.belongsTo(OrganisationId.of(group.organisation()))
        && (actor.has(Role.ADMINISTRATOR) || members.isMember(group, actor.userId()));
  }

  private void requireVisible(OfficerGroup group, Actor actor) {
    if (!handles(group, actor)) {
      throw notFound();
    }
  }

  private static void requireAdministrator(OfficerGroup group, Actor actor) {
    if (!actor.belongsTo(OrganisationId.of(group.organisation()))) {
      throw notFound();
    }
    actor.requireAdministrator();
  }

  static NotFound notFound() {
    return new NotFound("Handläggargruppen finns inte eller så saknar du behörighet.");
  }

  private static String[] organisations(Actor actor) {
    return actor.organisations().stream().map(OrganisationId::value).toArray(String[]::new);
  }
}
