package se.kansli.organisations;

import java.util.EnumSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.kansli.shared.Role;

/**
 * On the first start there is nobody to sign in as: create an administrator with a random one-time
 * password, print it once, and make them choose their own at first sign-in.
 */
@Component
@Order(0)
class FirstStart implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

  private final StaffDirectory staff;
  private final OrganisationDirectory organisations;

  FirstStart(StaffDirectory staff, OrganisationDirectory organisations) {
    this.staff = staff;
    this.organisations = organisations;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (staff.anyAdministrator()) {
      return;
    }
    String password = StaffDirectory.newOneTimePassword();
    staff.create(
        new NewStaffUser(
            "admin",
            "Administratör",
            null,
            EnumSet.of(Role.ADMINISTRATOR),
            organisations.all().stream().map(Organisation::id).collect(Collectors.toSet()),
            password,
            true));
    log.warn(
        """

        ==========================================================
         Kansli: first start. An administrator has been created.
           username: admin
           one-time password: {}
         You will be asked to choose a new password at sign-in.
        ==========================================================\
        """,
        password);
  }
}
