package se.kansli.followup;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.organisations.StaffUser;
import se.kansli.shared.Role;

@KansliTest
class BudgetApiTest {

  @Autowired MockMvc mvc;
  @Autowired TestStaff staff;
  @Autowired Budgets budgets;

  StaffUser secretary;
  RequestPostProcessor basic;

  @BeforeEach
  void signedIn() {
    secretary = staff.create(Role.COMMITTEE_SECRETARY, "e-namnden");
    basic = httpBasic(secretary.username(), TestStaff.PASSWORD);
  }

  @Test
  void linesAreAddedAndSplitAsJsonAndCsv() throws Exception {
    BudgetView budget = BudgetFixture.fresh(budgets, "e-namnden", secretary.asActor());
    String b = "/api/budgets/" + budget.id();
    mvc.perform(
            post(b + "/lines")
                .with(basic)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"kind":"COST","name":"SOC system grund","amount":509200.07,
                     "allocationModel":"EQUAL"}
                    """))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.lines", hasSize(1)))
        .andExpect(jsonPath("$.lines[0].amount").value(509200.07));

    mvc.perform(get(b + "/allocation").with(basic))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rows", hasSize(14)))
        .andExpect(jsonPath("$.total").value(509200.07))
        .andExpect(jsonPath("$.rows[0].shares[0]").exists());

    mvc.perform(get(b + "/allocation.csv").with(basic))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Summa;509200,07;509200,07")));
  }

  @Test
  void percentagesNotSummingToHundredAreAProblemNamingTheField() throws Exception {
    BudgetView budget = BudgetFixture.fresh(budgets, "e-namnden", secretary.asActor());
    mvc.perform(
            post("/api/budgets/" + budget.id() + "/lines")
                .with(basic)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"kind":"COST","name":"Licenser","amount":1000,
                     "allocationModel":"FIXED_PERCENTAGES","percentages":{"lulea":50,"kiruna":49}}
                    """))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.field").value("percentages"))
        .andExpect(jsonPath("$.detail", containsString("Licenser")));
  }

  @Test
  void createSetAkiAndIndexNextYear() throws Exception {
    BudgetView budget = BudgetFixture.fresh(budgets, "e-namnden", secretary.asActor());
    budgets.addLine(
        budget.id(),
        BudgetFixture.line(LineKind.REVENUE, "Grundfinansiering", "1127000", AllocationModel.EQUAL),
        secretary.asActor());
    mvc.perform(
            put("/api/budgets/" + budget.id() + "/aki")
                .with(basic)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"akiPercent\":3.5}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.akiPercent").value(3.5));
    mvc.perform(post("/api/budgets/" + budget.id() + "/next-year").with(basic))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.year").value(budget.year() + 1))
        .andExpect(jsonPath("$.lines[0].amount").value(1166445.0));
    mvc.perform(get("/api/budgets/" + budget.id() + "/invoice-basis").with(basic))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rows", hasSize(14)))
        .andExpect(jsonPath("$.total").value(1127000.0));
  }
}
