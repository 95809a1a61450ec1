package se.kansli.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

@KansliTest
class StaffDirectoryTest {

  @Autowired StaffDirectory staff;
  @Autowired TestStaff testStaff;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  @Test
  void passwordsAreStoredHashedNeverInClear() {
    StaffUser u = testStaff.create(Role.REGISTRAR, "lulea");
    String hash =
        jdbc.sql("select password_hash from users where id = ?")
            .param(u.id())
            .query(String.class)
            .single();
    assertThat(hash).startsWith("{bcrypt}").doesNotContain(TestStaff.PASSWORD);
  }

  @Test
  void theFirstStartCreatedOneAdministratorWhoMustChangeTheOneTimePassword() {
    StaffUser admin = staff.findByUsername("admin").orElseThrow();
    assertThat(admin.roles()).contains(Role.ADMINISTRATOR);
    assertThat(admin.mustChangePassword()).isTrue();
    assertThat(admin.organisations()).hasSize(15);
  }

  @Test
  void usernamesAreUniqueAndPasswordsLongEnough() {
    StaffUser u = testStaff.create(Role.REGISTRAR, "lulea");
    Actor admin = testStaff.actor(Role.ADMINISTRATOR, "lulea");
    assertThatThrownBy(() ->
            staff.create(
                new NewStaffUser(
                    u.username(),
                    "Dubblett",
                    null,
                    EnumSet.of(Role.AUDITOR),
                    Set.of(OrganisationId.of("lulea")),
                    "",
                    false),
                admin))
        .isInstanceOf(Conflict.class);
    assertThatThrownBy(() ->
            staff.create(
                new NewStaffUser(
                    "kort.losen",
                    "Kort",
                    null,
                    EnumSet.of(Role.AUDITOR),
                    Set.of(OrganisationId.of("lulea")),
                    "kort",
                    false),
                admin))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("12 tecken");
  }

  @Test
  void aDisabledUserCannotSignIn() throws Exception {
    StaffUser u = testStaff.create(Role.REGISTRAR, "lulea");
    Actor admin = testStaff.actor(Role.ADMINISTRATOR, "lulea");
    mvc.perform(get("/api/cases").with(httpBasic(u.username(), TestStaff.PASSWORD)))
        .andExpect(status().isOk());
    staff.update(u.id(), u.roles(), u.organisations(), false, admin);
    mvc.perform(get("/api/cases").with(httpBasic(u.username(), TestStaff.PASSWORD)))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void anAdministratorManagesOnlyTheirOwnOrganisationsUsersAndCannotLockThemselvesOut() {
    StaffUser other = testStaff.create(Role.REGISTRAR, "kiruna");
    StaffUser adminUser = testStaff.create(Role.ADMINISTRATOR, "lulea");
    Actor admin = adminUser.asActor();
    assertThatThrownBy(() ->
            staff.update(other.id(), EnumSet.of(Role.AUDITOR), other.organisations(), true, admin))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() ->
            staff.update(
                adminUser.id(), EnumSet.of(Role.REGISTRAR), adminUser.organisations(), true, admin))
        .isInstanceOf(InvalidInput.class);
  }
}
