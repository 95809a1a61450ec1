package se.kansli.followup;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.meetings.BodyView;
import se.kansli.organisations.StaffUser;
import se.kansli.shared.Role;

@KansliTest
class PlanApiTest {

  @Autowired MockMvc mvc;
  @Autowired TestStaff staff;
  @Autowired PlanFixture fixture;

  @Test
  void aPlanIsBuiltOverRestAndRefusedInputIsProblemJsonNamingTheField() throws Exception {
    StaffUser user = staff.create(Role.COMMITTEE_SECRETARY, "e-namnden");
    RequestPostProcessor secretary = httpBasic(user.username(), TestStaff.PASSWORD);
    PlanView plan = fixture.plan("e-namnden", user.asActor());
    BodyView body = fixture.body("e-namnden", user.asActor());
    fixture.meeting(body, LocalDate.of(plan.year(), 6, 22), 4, user.asActor());
    String p = "/api/plans/" + plan.id();

    mvc.perform(json(post(p + "/goals"), "{\"text\":\"Nämnden sammanträder\"}").with(secretary))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.goals", hasSize(1)));
    String goal =
        com.jayway.jsonpath.JsonPath.read(
            mvc.perform(get(p).with(secretary)).andReturn().getResponse().getContentAsString(),
            "$.goals[0].id");
    String created =
        mvc.perform(
                json(
                        post(p + "/indicators"),
                        "{\"goal\":\""
                            + goal
                            + "\",\"name\":\"Sammanträden\",\"comparison\":\"AT_LEAST\","
                            + "\"targetValue\":4,\"unit\":\"COUNT\",\"unitLabel\":\"sammanträden\","
                            + "\"source\":\"MEETINGS_HELD\",\"body\":\""
                            + body.id()
                            + "\"}")
                    .with(secretary))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.goals[0].indicators[0].current").value(1))
            .andExpect(jsonPath("$.goals[0].indicators[0].met").value(false))
            .andExpect(jsonPath("$.goals[0].indicators[0].points", hasSize(1)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String indicator = com.jayway.jsonpath.JsonPath.read(created, "$.goals[0].indicators[0].id");

    mvc.perform(
            json(
                    post(p + "/indicators/" + indicator + "/outcomes"),
                    "{\"period\":\"2022\",\"value\":3}")
                .with(secretary))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("value"));
    mvc.perform(
            json(
                    put(p + "/indicators/" + indicator + "/forecast"),
                    "{\"forecast\":\"WILL_BE_MET\",\"comment\":\"Planen följs.\"}")
                .with(secretary))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.goals[0].indicators[0].forecast").value("WILL_BE_MET"));

    String manual =
        com.jayway.jsonpath.JsonPath.read(
            mvc.perform(
                    json(
                            post(p + "/indicators"),
                            "{\"goal\":\""
                                + goal
                                + "\",\"name\":\"Ramavtal\",\"comparison\":\"AT_LEAST\","
                                + "\"targetValue\":1,\"unit\":\"COUNT\",\"source\":\"MANUAL\"}")
                        .with(secretary))
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.goals[0].indicators[1].id");
    mvc.perform(
            json(
                    post(p + "/indicators/" + manual + "/outcomes"),
                    "{\"period\":\"" + plan.year() + "-T5\",\"value\":11}")
                .with(secretary))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("period"));
    mvc.perform(
            json(
                    post(p + "/indicators/" + manual + "/outcomes"),
                    "{\"period\":\"" + plan.year() + "-T2\",\"value\":-1}")
                .with(secretary))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("value"));
    mvc.perform(
            json(
                    post(p + "/indicators/" + manual + "/outcomes"),
                    "{\"period\":\"" + plan.year() + "-T2\",\"value\":11,\"comment\":\"11 avtal\"}")
                .with(secretary))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.goals[0].indicators[1].current").value(11))
        .andExpect(jsonPath("$.goals[0].indicators[1].outcomes[0].comment").value("11 avtal"));

    mvc.perform(get("/api/plans").with(secretary))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.id == '" + plan.id() + "')]", hasSize(1)));
  }

  @Test
  void goalsAndIndicatorsAreChangedAndRemovedOverRestButNotByAnotherOrganisation()
      throws Exception {
    StaffUser user = staff.create(Role.COMMITTEE_SECRETARY, "e-namnden");
    RequestPostProcessor secretary = httpBasic(user.username(), TestStaff.PASSWORD);
    StaffUser other = staff.create(Role.ADMINISTRATOR, "kiruna");
    RequestPostProcessor kiruna = httpBasic(other.username(), TestStaff.PASSWORD);
    PlanView plan = fixture.plan("e-namnden", user.asActor());
    String p = "/api/plans/" + plan.id();
    mvc.perform(json(post(p + "/goals"), "{\"text\":\"Avtal\"}").with(secretary))
        .andExpect(status().isOk());
    mvc.perform(json(post(p + "/goals"), "{\"text\":\"Tomt mål\"}").with(secretary))
        .andExpect(status().isOk());
    String plan0 =
        mvc.perform(get(p).with(secretary)).andReturn().getResponse().getContentAsString();
    String goal = com.jayway.jsonpath.JsonPath.read(plan0, "$.goals[0].id");
    String empty = com.jayway.jsonpath.JsonPath.read(plan0, "$.goals[1].id");
    String indicatorJson =
        "{\"goal\":\""
            + goal
            + "\",\"name\":\"Ramavtal\",\"comparison\":\"AT_LEAST\","
            + "\"targetValue\":%s,\"unit\":\"COUNT\",\"unitLabel\":\"ramavtal\","
            + "\"source\":\"MANUAL\"}";
    String indicator =
        com.jayway.jsonpath.JsonPath.read(
            mvc.perform(json(post(p + "/indicators"), indicatorJson.formatted(10)).with(secretary))
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.goals[0].indicators[0].id");
    String i = p + "/indicators/" + indicator;
    mvc.perform(
            json(post(i + "/outcomes"), "{\"period\":\"" + plan.year() + "\",\"value\":11}")
                .with(secretary))
        .andExpect(status().isOk());

    mvc.perform(json(put(p + "/goals/" + goal), "{\"text\":\"Kapat\"}").with(kiruna))
        .andExpect(status().isNotFound());
    mvc.perform(delete(p + "/goals/" + empty).with(kiruna)).andExpect(status().isNotFound());
    mvc.perform(json(put(i), indicatorJson.formatted(1)).with(kiruna))
        .andExpect(status().isNotFound());
    mvc.perform(delete(i).with(kiruna)).andExpect(status().isNotFound());

    mvc.perform(json(put(p + "/goals/" + goal), "{\"text\":\"Ramavtal finns\"}").with(secretary))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.goals[0].text").value("Ramavtal finns"));
    mvc.perform(json(put(p + "/goals/" + goal), "{\"text\":\"\"}").with(secretary))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("text"));
    mvc.perform(delete(p + "/goals/" + empty).with(secretary))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.goals", hasSize(1)));
    mvc.perform(delete(p + "/goals/" + goal).with(secretary))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("goal"));

    mvc.perform(json(put(i), indicatorJson.formatted(12)).with(secretary))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.goals[0].indicators[0].target.value").value(12))
        .andExpect(jsonPath("$.goals[0].indicators[0].current").value(11))
        .andExpect(jsonPath("$.goals[0].indicators[0].met").value(false));
    mvc.perform(json(put(i), indicatorJson.formatted(-1)).with(secretary))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("targetValue"));
    mvc.perform(delete(i).with(secretary))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.goals[0].indicators", hasSize(0)));
    mvc.perform(delete(i).with(secretary)).andExpect(status().isNotFound());
    mvc.perform(delete(p + "/goals/" + goal).with(secretary))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.goals", hasSize(0)));
  }

  private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
    return b.contentType(MediaType.APPLICATION_JSON).content(body);
  }
}
