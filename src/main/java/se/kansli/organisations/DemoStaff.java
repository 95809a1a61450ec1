package se.kansli.organisations;

import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

/**
 * Demo only: one user per role in the joint committee and Luleå, plus a Kiruna registrar and case
 * officer to show that municipalities do not see each other's cases. Passwords are random and
 * printed once; a user already there is left alone, so a restart adds only the missing ones.
 */
@Component
@Order(10)
@ConditionalOnProperty("kansli.demo.enabled")
class DemoStaff implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoStaff.class);
  private static final OrganisationId COMMITTEE = OrganisationId.of("e-namnden");
  private static final OrganisationId LULEA = OrganisationId.of("lulea");

  private final StaffDirectory staff;

  DemoStaff(StaffDirectory staff) {
    this.staff = staff;
  }

  @Override
  public void run(ApplicationArguments args) {
    StringBuilder printed =
        new StringBuilder("\n=== Kansli demo users (passwords shown only now) ===\n");
    int heading = printed.length();
    create("registrator", "Rut Registrator", Role.REGISTRAR, Set.of(COMMITTEE, LULEA), printed);
    create("handlaggare", "Hans Handläggare", Role.CASE_OFFICER, Set.of(COMMITTEE, LULEA), printed);
    create("sekreterare", "Sara Sekreterare", Role.COMMITTEE_SECRETARY, Set.of(COMMITTEE), printed);
    create("ledamot", "Lena Ledamot", Role.COMMITTEE_MEMBER, Set.of(COMMITTEE), printed);
    create("revisor", "Rolf Revisor", Role.AUDITOR, Set.of(COMMITTEE, LULEA), printed);
    create("demoadmin", "Ada Administratör", Role.ADMINISTRATOR, Set.of(COMMITTEE, LULEA), printed);
    create(
        "registrator.kiruna",
        "Kim Kiruna",
        Role.REGISTRAR,
        Set.of(OrganisationId.of("kiruna")),
        printed);
    create(
        "handlaggare.kiruna",
        "Kaisa Kuoljok",
        Role.CASE_OFFICER,
        Set.of(OrganisationId.of("kiruna")),
        printed);
    if (printed.length() > heading) {
      log.warn(printed.append("=====================================================").toString());
    }
  }

  private void create(
      String username, String name, Role role, Set<OrganisationId> orgs, StringBuilder printed) {
    if (staff.findByUsername(username).isPresent()) {
      return;
    }
    String password = OneTimePasswords.generate();
    staff.create(
        new NewStaffUser(
            username, name, username + "@example.se", EnumSet.of(role), orgs, password, false));
    printed.append(String.format("  %-20s %-22s %s%n", username, role, password));
  }
}
