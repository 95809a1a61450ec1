package se.kansli;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.kansli.organisations.NewStaffUser;
import se.kansli.organisations.StaffDirectory;
import se.kansli.organisations.StaffUser;
import se.kansli.shared.Actor;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

/** Makes staff users with known passwords for tests; names are unique per call. */
@Component
public class TestStaff {

  public static final String PASSWORD = "testlösenord-123";

  private final StaffDirectory staff;

  public TestStaff(StaffDirectory staff) {
    this.staff = staff;
  }

  public StaffUser create(Role role, String... organisations) {
    Set<OrganisationId> orgs =
        Arrays.stream(organisations).map(OrganisationId::of).collect(Collectors.toSet());
    String username =
        role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
    return staff.create(
        new NewStaffUser(
            username,
            "Test " + role,
            username + "@example.se",
            EnumSet.of(role),
            orgs,
            PASSWORD,
            false));
  }

  public Actor actor(Role role, String... organisations) {
    return create(role, organisations).asActor();
  }
}
