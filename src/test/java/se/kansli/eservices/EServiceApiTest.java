package se.kansli.eservices;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
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
class EServiceApiTest {

  @Autowired MockMvc mvc;
  @Autowired TestStaff staff;

  @Test
  void anEServiceIsBuiltPublishedAndFoundInThePublicCatalogueOverRest() throws Exception {
    StaffUser user = staff.create(Role.ADMINISTRATOR, "kiruna");
    RequestPostProcessor admin = httpBasic(user.username(), TestStaff.PASSWORD);
    String word = "api" + UUID.randomUUID().toString().substring(0, 8);
    String created =
        mvc.perform(
                post("/api/eservices")
                    .with(admin)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"organisation\":\"kiruna\",\"title\":\"Felanmälan "
                            + word
                            + "\",\"description\":\"Fel på gator.\",\"category\":\"Bygga och bo\","
                            + "\"classificationCode\":\"3.1.2\",\"officerGroup\":\"Gatuenheten\","
                            + "\"loginRequired\":false,\"signing\":\"NONE\",\"handlingDays\":14}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.statuses", hasSize(5)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String draft = JsonPath.read(created, "$.versions[0].id");
    String v = "/api/eservice-versions/" + draft;

    mvc.perform(
            put(v + "/form")
                .with(admin)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"pages\":[{\"title\":\"Felet\",\"fields\":[{\"key\":\"b\",\"type\":\"SHORT_TEXT\","
                        + "\"label\":\"B\",\"condition\":{\"field\":\"a\",\"value\":\"Ja\"}},"
                        + "{\"key\":\"a\",\"type\":\"SINGLE_CHOICE\",\"label\":\"A\",\"choices\":[\"Ja\",\"Nej\"]}]}]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("form"))
        .andExpect(jsonPath("$.detail", containsString("som måste stå före det")));
    mvc.perform(
            put(v + "/form")
                .with(admin)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"pages\":[{\"title\":\"Felet\",\"fields\":[{\"key\":\"plats\",\"type\":\"SHORT_TEXT\","
                        + "\"label\":\"Var?\",\"required\":true}]}]}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.form.pages[0].fields[0].key").value("plats"));
    mvc.perform(post(v + "/publish").with(admin))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PUBLISHED"));
    mvc.perform(
            put(v + "/form")
                .with(admin)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"pages\":[{\"title\":\"Ändrad\",\"fields\":[]}]}"))
        .andExpect(status().isConflict());
    mvc.perform(get(v + "/export").with(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("kansli-e-service-form/1")));

    mvc.perform(get("/api/public/e-services/kiruna").param("q", word))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(1)))
        .andExpect(jsonPath("$[0].version").value(draft))
        .andExpect(jsonPath("$[0].loginRequired").value(false));
  }
}
