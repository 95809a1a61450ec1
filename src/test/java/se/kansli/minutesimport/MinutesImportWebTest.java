package se.kansli.minutesimport;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
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
class MinutesImportWebTest {

  @Autowired MockMvc mvc;
  @Autowired TestStaff staff;
  @Autowired UserDetailsService signIn;

  StaffUser registrar;
  UserDetails signedIn;

  @BeforeEach
  void registrar() {
    registrar = staff.create(Role.REGISTRAR, "kiruna");
    signedIn = signIn.loadUserByUsername(registrar.username());
  }

  MockMultipartFile seed() throws Exception {
    return new MockMultipartFile("file", "protokoll.txt", "text/plain", MinutesImportsTest.seed());
  }

  @Test
  void theRegistrarUploadsReviewsBesideTheSourceAndCommits() throws Exception {
    String review =
        mvc.perform(
                multipart("/minutes-import")
                    .file(seed())
                    .param("organisation", "kiruna")
                    .with(user(signedIn))
                    .with(csrf()))
            .andExpect(redirectedUrlPattern("/minutes-import/*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    mvc.perform(get(review).with(user(signedIn)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("LULEA KOMMUN SAMMANTRADESPROTOKOLL"),
                        containsString(
                            "value=\"Grundläggande granskning Kiruna och Gällivare kommun\""),
                        containsString("Grundlidggande granskning"),
                        containsString("name=\"count\" value=\"9\""))));

    // A refused commit keeps what was typed: here the date is cleared.
    mvc.perform(
            post(review + "/commit")
                .with(user(signedIn))
                .with(csrf())
                .param("count", "1")
                .param("bodyName", "Kommunstyrelsen")
                .param("date", "")
                .param("number_0", "8")
                .param("title_0", "Rättad rubrik"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Ange sammanträdets datum"),
                        containsString("value=\"Rättad rubrik\""))));
  }

  @Test
  void theApiReadsCommitsAndRefusesWhatIsNotMinutesAsProblemJson() throws Exception {
    var basic = httpBasic(registrar.username(), TestStaff.PASSWORD);
    String body =
        mvc.perform(multipart("/api/minutes-imports").file(seed()).with(basic))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.parsed.items.length()").value(9))
            .andExpect(jsonPath("$.parsed.meeting.date").value("2022-06-22"))
            .andExpect(jsonPath("$.display.bodyName").value("E-nämnden"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = JsonPath.read(body, "$.id");
    mvc.perform(post("/api/minutes-imports/" + id + "/commit").with(basic))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.cases.length()").value(9))
        .andExpect(jsonPath("$.cases[4].caseNumber").value("2022/13-2.2.0.1"));

    mvc.perform(
            multipart("/api/minutes-imports")
                .file(
                    new MockMultipartFile(
                        "file",
                        "x.bin",
                        "application/octet-stream",
                        new byte[] {0, 1, 2, 3, 0, 0, 7}))
                .with(basic))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.field").value("file"));
  }
}
