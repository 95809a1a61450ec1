package se.kansli.meetings;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
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
import se.kansli.registry.CaseView;
import se.kansli.shared.Role;

@KansliTest
class MeetingApiTest {

  @Autowired MockMvc mvc;
  @Autowired TestStaff staff;
  @Autowired MeetingFixture fixture;

  StaffUser user;
  RequestPostProcessor secretary;

  @BeforeEach
  void secretary() {
    user = staff.create(Role.COMMITTEE_SECRETARY, "e-namnden");
    secretary = httpBasic(user.username(), TestStaff.PASSWORD);
  }

  MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
    return request.with(secretary).contentType(MediaType.APPLICATION_JSON).content(body);
  }

  @Test
  void aMeetingIsPlannedAttendedMinutedAndCheckedOverTheApi() throws Exception {
    BodyView body = fixture.committee(user.asActor());
    CaseView c = fixture.cases(1, user.asActor()).getFirst();
    String meeting =
        JsonPath.read(
            mvc.perform(
                    json(
                        post("/api/bodies/" + body.id() + "/meetings"),
                        """
                        {"date":"2022-06-22","startsAt":"09:00","endsAt":"12:00",
                         "place":"Kommunhuset","remote":true}
                        """))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.id");
    String item =
        JsonPath.read(
            mvc.perform(
                    json(
                        post("/api/meetings/" + meeting + "/items"),
                        "{\"caseNumber\":\"" + c.caseNumber() + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].caseNumber").value(c.caseNumber()))
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.items[0].id");

    StringBuilder entries = new StringBuilder();
    for (SeatView member : body.membersOn(java.time.LocalDate.of(2022, 6, 22))) {
      entries.append(entries.isEmpty() ? "" : ",");
      entries.append("{\"seat\":\"").append(member.id()).append("\",\"status\":\"PRESENT\"}");
    }
    mvc.perform(
            json(
                put("/api/meetings/" + meeting + "/attendance"),
                "{\"entries\":[" + entries + "],\"othersPresent\":\"Sekreterare\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.attendance", hasSize(7)));

    String outsider = MeetingFixture.seat(body, "Ersättare boden").id().toString();
    mvc.perform(
            json(
                put("/api/meetings/" + meeting + "/items/" + item + "/minutes"),
                """
                {"decision":"E-nämnden beslutar att bifalla.",
                 "decisionProcedure":"Ordföranden ställer proposition.",
                 "vote":{"proposition":"Ja för bifall","ballots":[
                   {"member":"%s","choice":"YES"}]}}
                """
                    .formatted(outsider)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.field").value("vote"));

    mvc.perform(
            json(
                put("/api/meetings/" + meeting + "/items/" + item + "/minutes"),
                "{\"decision\":\"E-nämnden beslutar att bifalla.\"}"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.items[0].minutes.decision").value("E-nämnden beslutar att bifalla."));
    mvc.perform(post("/api/meetings/" + meeting + "/numbering").with(secretary))
        .andExpect(jsonPath("$.items[0].paragraph").value(1));
    mvc.perform(get("/api/meetings/" + meeting + "/check").with(secretary))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].message", hasSize(1)))
        .andExpect(jsonPath("$[0].message").value("Välj minst en justerare."));
  }
}
