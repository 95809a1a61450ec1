package se.kansli.followup;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.organisations.StaffUser;
import se.kansli.shared.Role;

@KansliTest
class FollowUpApiTest {

  @Autowired MockMvc mvc;
  @Autowired TestStaff staff;

  RequestPostProcessor secretary;

  @BeforeEach
  void signedIn() {
    StaffUser user = staff.create(Role.COMMITTEE_SECRETARY, "e-namnden");
    secretary = httpBasic(user.username(), TestStaff.PASSWORD);
  }

  private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
    return b.contentType(MediaType.APPLICATION_JSON).content(body).with(secretary);
  }

  @Test
  void anAuditIsFollowedUpUntilItsRecommendationIsClosed() throws Exception {
    int year = 1990 + Math.floorMod(UUID.randomUUID().hashCode(), 200);
    String created =
        mvc.perform(
                json(
                    post("/api/audits"),
                    """
                    {"organisation":"e-namnden","municipality":"boden","year":%d,
                     "assessment":"Tillräcklig.","recommendations":["Följ upp kontrollmomenten."]}
                    """
                        .formatted(year)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.municipalityName").value("Bodens kommun"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = JsonPath.read(created, "$.id");
    String rec = JsonPath.read(created, "$.recommendations[0].id");

    mvc.perform(
            json(
                post("/api/audits/recommendations/" + rec + "/actions"),
                "{\"description\":\"Följ upp\",\"owner\":\"Samordnaren\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("due"));
    String withAction =
        mvc.perform(
                json(
                    post("/api/audits/recommendations/" + rec + "/actions"),
                    "{\"description\":\"Följ upp\",\"owner\":\"Samordnaren\",\"due\":\"2022-08-31\",\"status\":\"IN_PROGRESS\"}"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String action = JsonPath.read(withAction, "$.recommendations[0].actions[0].id");

    mvc.perform(
            json(post("/api/audits/recommendations/" + rec + "/close"), "{\"comment\":\"Klart.\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("closingComment"));
    mvc.perform(get("/api/audits/open-recommendations").with(secretary))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].id", hasItem(id)));

    mvc.perform(
            json(
                put("/api/audits/actions/" + action),
                "{\"status\":\"DONE\",\"comment\":\"Redovisat.\"}"))
        .andExpect(status().isOk());
    mvc.perform(
            json(post("/api/audits/recommendations/" + rec + "/close"), "{\"comment\":\"Klart.\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.recommendations[0].closingComment").value("Klart."));
    mvc.perform(get("/api/audits/" + id).with(secretary))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.recommendations[0].closedAt").isNotEmpty());

    mvc.perform(json(post("/api/audits/" + id + "/recommendations"), "{\"text\":\" \"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("recommendation"));
    mvc.perform(
            json(
                post("/api/audits"),
                "{\"organisation\":\"e-namnden\",\"municipality\":\"oslo\",\"year\":2021,\"assessment\":\"Bra.\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("municipality"));
  }

  @Test
  void theAnnualCycleAndTheControlPlanOverRest() throws Exception {
    String item =
        mvc.perform(
                json(
                    post("/api/annual-cycle"),
                    "{\"organisation\":\"e-namnden\",\"kind\":\"BUDGET\",\"title\":\"Budget\",\"directive\":\"Till nämnden.\",\"owner\":\"Samordnaren\",\"dueMonth\":6,\"dueDay\":22}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String itemId = JsonPath.read(item, "$.id");
    mvc.perform(get("/api/annual-cycle/" + itemId).with(secretary))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.dueMonth").value(6));
    mvc.perform(get("/api/annual-cycle/years/2022").with(secretary))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.timeline.months.length()").value(12));
    mvc.perform(
            json(
                post("/api/annual-cycle"),
                "{\"organisation\":\"e-namnden\",\"kind\":\"BUDGET\",\"title\":\"Budget\",\"directive\":\"Till nämnden.\",\"owner\":\"Samordnaren\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("dueMonth"));

    String point =
        mvc.perform(
                json(
                    post("/api/internal-control"),
                    "{\"organisation\":\"e-namnden\",\"title\":\"Attest\",\"method\":\"Stickprov\",\"owner\":\"Samordnaren\",\"frequency\":\"QUARTERLY\",\"startsOn\":\"2022-01-01\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.overdue").value(true))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String pointId = JsonPath.read(point, "$.id");
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).toString();
    mvc.perform(
            json(
                post("/api/internal-control/" + pointId + "/follow-ups"),
                "{\"date\":\"" + today + "\",\"result\":\"Utan anmärkning\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.overdue").value(false))
        .andExpect(jsonPath("$.followUps[0].result").value("Utan anmärkning"));
  }
}
