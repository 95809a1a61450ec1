package se.kansli.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.organisations.StaffUser;
import se.kansli.shared.Role;

@KansliTest
class BudgetWebTest {

  @Autowired MockMvc mvc;
  @Autowired TestStaff staff;
  @Autowired UserDetailsService signIn;
  @Autowired Budgets budgets;
  @Autowired se.kansli.portfolio.SharedServices services;

  StaffUser secretaryUser;
  UserDetails secretary;

  @BeforeEach
  void signedIn() {
    secretaryUser = staff.create(Role.COMMITTEE_SECRETARY, "e-namnden");
    secretary = signIn.loadUserByUsername(secretaryUser.username());
  }

  @Test
  void aSecretaryAddsLinesAndSeesTheSplitChartAndFiles() throws Exception {
    BudgetView budget = BudgetFixture.fresh(budgets, "e-namnden", secretaryUser.asActor());
    String page = "/followup/budget/" + budget.id();
    java.util.UUID archive =
        BudgetFixture.service(services, secretaryUser.asActor(), "lulea", "kiruna");
    mvc.perform(
            post(page + "/lines")
                .with(user(secretary))
                .with(csrf())
                .param("kind", "COST")
                .param("name", "Grundfinansiering")
                .param("amount", "1 127 000")
                .param("allocationModel", "EQUAL"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl(page + "#lines"));
    mvc.perform(
            post(page + "/lines")
                .with(user(secretary))
                .with(csrf())
                .param("kind", "COST")
                .param("name", "E-arkiv")
                .param("amount", "322\u00a0000,50")
                .param("allocationModel", "PARTICIPANTS")
                .param("fundedBy", archive.toString()))
        .andExpect(status().is3xxRedirection());
    // The service's page in the portfolio names the budget line that funds it.
    mvc.perform(get("/portfolio/services/" + archive).with(user(secretary)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("/followup/budget/" + budget.id()),
                        containsString("322 000,50"))));

    mvc.perform(get(page).with(user(secretary)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("1\u00a0127\u00a0000\u00a0kr"),
                        containsString("322\u00a0000,50\u00a0kr"),
                        containsString("<svg class=\"chart\" role=\"img\""),
                        containsString("aria-labelledby=\"chart-title chart-desc\""),
                        // Luleå: 80 500 + 161 000,25 = 241 500,25, printed on its bar.
                        containsString("241\u00a0500,25\u00a0kr"),
                        containsString("80\u00a0500"))));

    String csv =
        mvc.perform(get(page + "/allocation.csv").with(user(secretary)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", containsString("text/csv")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv)
        .startsWith("\ufeffKommun;Grundfinansiering (kr);E-arkiv (kr);Totalt (kr)")
        .contains("Luleå kommun;80500,00;161000,25;241500,25")
        .contains("Summa;1127000,00;322000,50;1449000,50");

    byte[] pdf =
        mvc.perform(get(page + "/invoice-basis.pdf").with(user(secretary)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void percentagesNotSummingToHundredAreShownBesideTheFieldKeepingWhatWasTyped() throws Exception {
    BudgetView budget = BudgetFixture.fresh(budgets, "e-namnden", secretaryUser.asActor());
    mvc.perform(
            post("/followup/budget/" + budget.id() + "/lines")
                .with(user(secretary))
                .with(csrf())
                .param("kind", "COST")
                .param("name", "Licenser")
                .param("amount", "1000")
                .param("allocationModel", "FIXED_PERCENTAGES")
                .param("percent-lulea", "60")
                .param("percent-kiruna", "30,5"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("id=\"percentages-error\""),
                        containsString("90,5 %, inte 100 %"),
                        containsString("value=\"30,5\""))));
  }

  @Test
  void akiAndNextYearIndexed() throws Exception {
    BudgetView budget = BudgetFixture.fresh(budgets, "e-namnden", secretaryUser.asActor());
    budgets.addLine(
        budget.id(),
        BudgetFixture.line(LineKind.REVENUE, "Grundfinansiering", "1127000", AllocationModel.EQUAL),
        secretaryUser.asActor());
    mvc.perform(
            post("/followup/budget/" + budget.id() + "/aki")
                .with(user(secretary))
                .with(csrf())
                .param("akiPercent", "3,5"))
        .andExpect(status().is3xxRedirection());
    String next =
        mvc.perform(
                post("/followup/budget/" + budget.id() + "/next-year")
                    .with(user(secretary))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    mvc.perform(get(next).with(user(secretary)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("1\u00a0166\u00a0445\u00a0kr")));
    mvc.perform(get("/followup/budget").with(user(secretary)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Budget " + (budget.year() + 1))));
  }
}
