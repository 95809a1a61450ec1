package se.kansli.followup;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.organisations.StaffUser;
import se.kansli.shared.Role;

@KansliTest
class ActualsWebTest {

  @Autowired MockMvc mvc;
  @Autowired TestStaff staff;
  @Autowired UserDetailsService signIn;
  @Autowired Budgets budgets;

  StaffUser secretaryUser;
  UserDetails secretary;

  @BeforeEach
  void signedIn() {
    secretaryUser = staff.create(Role.COMMITTEE_SECRETARY, "e-namnden");
    secretary = signIn.loadUserByUsername(secretaryUser.username());
  }

  @Test
  void aSecretaryUploadsTheLedgerAndSeesTheFollowUpOrTheError() throws Exception {
    BudgetView budget = BudgetFixture.fresh(budgets, "e-namnden", secretaryUser.asActor());
    budgets.addLine(
        budget.id(),
        BudgetFixture.line(LineKind.REVENUE, "Avgifter", "1200000", AllocationModel.EQUAL),
        secretaryUser.asActor());
    String page = "/followup/budget/" + budget.id();

    mvc.perform(get(page).with(user(secretary)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Utfall och prognos")))
        .andExpect(content().string(containsString("Inget utfall är importerat ännu.")));

    byte[] bad = "månad;rad;belopp\n1;Hyra;100\n".getBytes(StandardCharsets.UTF_8);
    mvc.perform(
            multipart(page + "/actuals")
                .file(new MockMultipartFile("file", "huvudbok.csv", "text/csv", bad))
                .with(user(secretary))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Rad 2, rad: &quot;Hyra&quot; finns inte i budgeten."),
                        containsString("aria-invalid=\"true\""),
                        containsString("aria-describedby=\"file-hint file-error\""))));

    byte[] good =
        "månad;rad;belopp\n1;Avgifter;100 000\n2;1;100 000\n".getBytes(StandardCharsets.UTF_8);
    mvc.perform(
            multipart(page + "/actuals")
                .file(new MockMultipartFile("file", "huvudbok.csv", "text/csv", good))
                .with(user(secretary))
                .with(csrf()))
        .andExpect(redirectedUrl(page + "#actuals"));
    mvc.perform(get(page).with(user(secretary)))
        .andExpect(content().string(containsString("Utfall till och med månad 2.")))
        .andExpect(content().string(containsString("200\u00a0000")));

    String line =
        budgets.get(budget.id(), secretaryUser.asActor()).lines().getFirst().id().toString();
    mvc.perform(
            post(page + "/forecast")
                .with(user(secretary))
                .with(csrf())
                .param("forecastLine", line)
                .param("forecastAmount", "-5"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString(
                        "aria-describedby=\"forecastAmount-hint forecastAmount-error\"")));
    mvc.perform(
            post(page + "/forecast")
                .with(user(secretary))
                .with(csrf())
                .param("forecastLine", line)
                .param("forecastAmount", "1 300 000")
                .param("forecastComment", "Fler projekt"))
        .andExpect(redirectedUrl(page + "#actuals"));
    mvc.perform(get(page).with(user(secretary)))
        .andExpect(content().string(containsString("1\u00a0300\u00a0000")))
        .andExpect(content().string(containsString("(satt för hand)")));
  }
}
