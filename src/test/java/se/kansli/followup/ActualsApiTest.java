package se.kansli.followup;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.organisations.StaffUser;
import se.kansli.shared.Role;

@KansliTest
class ActualsApiTest {

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
  void aLedgerFileIsImportedAndFollowedUpAsJson() throws Exception {
    BudgetView budget = BudgetFixture.fresh(budgets, "e-namnden", secretary.asActor());
    budget =
        budgets.addLine(
            budget.id(),
            BudgetFixture.line(LineKind.COST, "Växel", "120000", AllocationModel.EQUAL),
            secretary.asActor());
    String b = "/api/budgets/" + budget.id();
    byte[] csv =
        "månad;rad;belopp\n1;vaxel;9 000\n2;Växel;11 000\n"
            .getBytes(Charset.forName("windows-1252"));

    mvc.perform(
            multipart(b + "/actuals")
                .file(new MockMultipartFile("file", "huvudbok.csv", "text/csv", csv))
                .with(basic))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.months[1]").value(2))
        .andExpect(jsonPath("$.encoding").value("windows-1252"));

    mvc.perform(
            put(b + "/lines/" + budget.lines().getFirst().id() + "/forecast")
                .with(basic)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"amount\":130000,\"comment\":\"Ny avtalsnivå\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.lines[0].forecastVariance").value(10000.00));

    mvc.perform(get(b + "/follow-up").with(basic))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.lastMonth").value(2))
        .andExpect(jsonPath("$.lines[0].actual").value(20000.00))
        .andExpect(jsonPath("$.lines[0].budgetToDate").value(20000.00))
        .andExpect(jsonPath("$.costs.actualVariance").value(0))
        .andExpect(jsonPath("$.lines[0].forecastComment").value("Ny avtalsnivå"));
  }

  @Test
  void aBrokenFileIsProblemJsonNamingTheRow() throws Exception {
    BudgetView budget = BudgetFixture.fresh(budgets, "e-namnden", secretary.asActor());
    budgets.addLine(
        budget.id(),
        BudgetFixture.line(LineKind.COST, "Växel", "120000", AllocationModel.EQUAL),
        secretary.asActor());
    byte[] csv = "månad;rad;belopp\n1;Växel;-9 000\n".getBytes(StandardCharsets.UTF_8);

    mvc.perform(
            multipart("/api/budgets/" + budget.id() + "/actuals")
                .file(new MockMultipartFile("file", "huvudbok.csv", "text/csv", csv))
                .with(basic))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value("file"))
        .andExpect(jsonPath("$.detail", containsString("Rad 2, belopp")));

    mvc.perform(get("/api/budgets/" + budget.id() + "/follow-up").with(basic))
        .andExpect(jsonPath("$.lastMonth").value(0));
  }
}
