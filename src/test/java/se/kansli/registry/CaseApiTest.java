package se.kansli.registry;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
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
class CaseApiTest {

  @Autowired MockMvc mvc;
  @Autowired TestStaff staff;

  RequestPostProcessor registrar;

  @BeforeEach
  void user() {
    StaffUser u = staff.create(Role.REGISTRAR, "lulea");
    registrar = httpBasic(u.username(), TestStaff.PASSWORD);
  }

  String register(String json) throws Exception {
    return mvc.perform(
            post("/api/cases")
                .with(registrar)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", containsString("/api/cases/")))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void registersReadsAndClosesACase() throws Exception {
    String body =
        register(
            """
            {"organisation":"lulea","classificationCode":"3.1.1","title":"Ansökan om parkeringstillstånd",
             "parties":[{"kind":"PERSON","name":"Tolvan Tolvansson","identityNumber":"121212-1212","role":"sökande"}]}
            """);
    String id = JsonPath.read(body, "$.id");
    mvc.perform(get("/api/cases/" + id).with(registrar))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.caseNumber").value(containsString("-3.1.1")))
        .andExpect(jsonPath("$.parties[0].identityNumber").value("20121212-1212"))
        .andExpect(jsonPath("$.organisationName").value("Luleå kommun"));
    mvc.perform(
            post("/api/cases/" + id + "/close")
                .with(registrar)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"Beviljat\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CLOSED"));
    mvc.perform(get("/api/cases/" + id + "/journal").with(registrar))
        .andExpect(jsonPath("$", hasSize(2)))
        .andExpect(jsonPath("$[1].action").value("CASE_CLOSED"));
  }

  @Test
  void anInvalidPersonalIdentityNumberIsAProblemNamingTheField() throws Exception {
    mvc.perform(
            post("/api/cases")
                .with(registrar)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"organisation":"lulea","classificationCode":"3.1.1","title":"X",
                     "parties":[{"kind":"PERSON","name":"Fel","identityNumber":"19121212-1213"}]}
                    """))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value("parties[0].identityNumber"))
        .andExpect(jsonPath("$.detail").value(containsString("kontrollsiffran")));
  }

  @Test
  void anUnknownClassificationCodeIsAProblemNamingTheField() throws Exception {
    mvc.perform(
            post("/api/cases")
                .with(registrar)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"organisation\":\"lulea\",\"classificationCode\":\"9.9.9\",\"title\":\"X\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("classificationCode"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("9.9.9")));
  }

  @Test
  void unreadableJsonNamesTheField() throws Exception {
    mvc.perform(
            post("/api/cases/" + java.util.UUID.randomUUID() + "/close")
                .with(registrar)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"closedOn\":\"igår\",\"outcome\":\"x\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value("closedOn"));
  }

  @Test
  void aMalformedCaseNumberIsAProblem() throws Exception {
    mvc.perform(get("/api/cases/by-number").param("number", "22-9").with(registrar))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("caseNumber"));
  }

  @Test
  void editingAClosedCaseIsAConflict() throws Exception {
    String id =
        JsonPath.read(
            register(
                "{\"organisation\":\"lulea\",\"classificationCode\":\"3.1.1\",\"title\":\"Stängs\"}"),
            "$.id");
    mvc.perform(
            post("/api/cases/" + id + "/close")
                .with(registrar)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"Klart\"}"))
        .andExpect(status().isOk());
    mvc.perform(
            put("/api/cases/" + id)
                .with(registrar)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"classificationCode\":\"3.1.1\",\"title\":\"Ändrad\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("status"))
        .andExpect(jsonPath("$.detail").value(containsString("avslutat")));
  }

  @Test
  void theSameIdempotencyKeyNeverMakesTwoCases() throws Exception {
    String json =
        "{\"organisation\":\"lulea\",\"classificationCode\":\"3.1.1\",\"title\":\"Nätverksfel\"}";
    String first =
        mvc.perform(
                post("/api/cases")
                    .with(registrar)
                    .header("Idempotency-Key", "retry-" + registrar.hashCode())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String second =
        mvc.perform(
                post("/api/cases")
                    .with(registrar)
                    .header("Idempotency-Key", "retry-" + registrar.hashCode())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    org.assertj.core.api.Assertions.assertThat((String) JsonPath.read(second, "$.caseNumber"))
        .isEqualTo(JsonPath.read(first, "$.caseNumber"));
  }

  @Test
  void uploadsAreCheckedForSizeAndType() throws Exception {
    String id =
        JsonPath.read(
            register(
                "{\"organisation\":\"lulea\",\"classificationCode\":\"3.1.1\",\"title\":\"Filer\"}"),
            "$.id");
    MockMultipartFile metadata =
        new MockMultipartFile(
            "document",
            "",
            "application/json",
            "{\"direction\":\"INCOMING\",\"documentDate\":\"2024-01-10\",\"counterpart\":\"Boden\",\"description\":\"Skrivelse\"}"
                .getBytes());
    MockMultipartFile script =
        new MockMultipartFile(
            "file", "brev.pdf", "application/pdf", "#!/bin/sh\nrm -rf /\n".getBytes());
    mvc.perform(
            multipart("/api/cases/" + id + "/documents")
                .file(metadata)
                .file(script)
                .with(registrar))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("file"));
    MockMultipartFile tooLarge =
        new MockMultipartFile("file", "stor.txt", "text/plain", new byte[26 * 1024 * 1024]);
    mvc.perform(
            multipart("/api/cases/" + id + "/documents")
                .file(metadata)
                .file(tooLarge)
                .with(registrar))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("file"))
        .andExpect(jsonPath("$.detail").value(containsString("för stor")));
    MockMultipartFile text =
        new MockMultipartFile("file", "brev.txt", "application/octet-stream", "Hej".getBytes());
    String doc =
        mvc.perform(
                multipart("/api/cases/" + id + "/documents")
                    .file(metadata)
                    .file(text)
                    .with(registrar))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.versions[0].contentType").value("text/plain"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String docId = JsonPath.read(doc, "$.id");
    mvc.perform(get("/api/documents/" + docId + "/content").with(registrar))
        .andExpect(status().isOk())
        .andExpect(content().string("Hej"));
  }

  @Test
  void withoutLoginTheApiAnswers401AsProblemJson() throws Exception {
    mvc.perform(get("/api/cases"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/cases']").exists())
        .andExpect(jsonPath("$.paths['/api/search']").exists());
  }
}
