package se.kansli.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.shared.Role;

@KansliTest
class UsersWebTest {

  @Autowired MockMvc mvc;
  @Autowired TestStaff testStaff;
  @Autowired StaffDirectory staff;
  @Autowired UserDetailsService signIn;

  @Test
  void anAdministratorCreatesAUserWhoMustChangeTheOneTimePassword() throws Exception {
    var admin =
        signIn.loadUserByUsername(testStaff.create(Role.ADMINISTRATOR, "pajala").username());
    String username = "ny." + System.nanoTime();
    mvc.perform(
            post("/admin/users")
                .with(user(admin))
                .with(csrf())
                .param("username", username)
                .param("displayName", "Ny Användare")
                .param("roles", "CASE_OFFICER")
                .param("organisations", "pajala")
                .param("password", "engångslösen-123"))
        .andExpect(redirectedUrl("/admin/users"));
    StaffUser created = staff.findByUsername(username).orElseThrow();
    assertThat(created.mustChangePassword()).isTrue();
    assertThat(created.roles()).containsExactly(Role.CASE_OFFICER);

    mvc.perform(
            post("/admin/users/" + created.id())
                .with(user(admin))
                .with(csrf())
                .param("roles", "CASE_OFFICER", "REGISTRAR")
                .param("organisations", "pajala"))
        .andExpect(redirectedUrl("/admin/users"));
    StaffUser changed = staff.find(created.id()).orElseThrow();
    assertThat(changed.roles()).containsExactlyInAnyOrder(Role.CASE_OFFICER, Role.REGISTRAR);
    assertThat(changed.enabled()).isFalse();
  }

  @Test
  void aMissingRoleIsShownBesideTheField() throws Exception {
    var admin =
        signIn.loadUserByUsername(testStaff.create(Role.ADMINISTRATOR, "pajala").username());
    mvc.perform(
            post("/admin/users")
                .with(user(admin))
                .with(csrf())
                .param("username", "utan.roll")
                .param("displayName", "Utan Roll")
                .param("organisations", "pajala"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Välj minst en roll.")));
  }

  @Test
  void onlyAdministratorsSeeTheUsers() throws Exception {
    var registrar =
        signIn.loadUserByUsername(testStaff.create(Role.REGISTRAR, "pajala").username());
    mvc.perform(get("/admin/users").with(user(registrar))).andExpect(status().isForbidden());
  }
}
