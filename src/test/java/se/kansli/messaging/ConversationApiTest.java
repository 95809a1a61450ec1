package se.kansli.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.organisations.StaffUser;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.ResidentId;
import se.kansli.shared.Role;

/** Staff answer over REST; refusals are problem+json naming the field. */
@KansliTest
class ConversationApiTest {

  @Autowired MockMvc mvc;
  @Autowired TestStaff staff;
  @Autowired Conversations conversations;

  @Test
  void anOfficerAnswersWithAFileAndANoteOverTheApi() throws Exception {
    StaffUser officer = staff.create(Role.REGISTRAR, "pitea");
    var api = httpBasic(officer.username(), TestStaff.PASSWORD);
    Resident resident = new Resident(ResidentId.random(), "Per Sökande", null, null);
    ConversationView c =
        conversations.openForResident(
            OrganisationId.of("pitea"), UUID.randomUUID(), "2026/41", "Skolskjuts", resident);
    conversations.postByResident(c.id(), resident.id(), "Fråga om skolskjuts", List.of());

    mvc.perform(get("/api/conversations").param("unread", "true").with(api))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.id == '" + c.id() + "')].unread").value(Matchers.contains(1)));
    String answer =
        mvc.perform(
                multipart("/api/conversations/" + c.id() + "/messages")
                    .file(
                        new MockMultipartFile(
                            "files",
                            "svar.txt",
                            "text/plain",
                            "Svar".getBytes(StandardCharsets.UTF_8)))
                    .param("text", "Skolskjuts beviljas.")
                    .with(api))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.internalNote").value(false))
            .andExpect(jsonPath("$.attachments[0].mediaType").value("text/plain"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    String attachmentId = com.jayway.jsonpath.JsonPath.read(answer, "$.attachments[0].id");
    mvc.perform(
            multipart("/api/conversations/" + c.id() + "/messages")
                .param("text", "Kolla adressen.")
                .param("internal", "true")
                .with(api))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.internalNote").value(true));
    mvc.perform(
            multipart("/api/conversations/" + c.id() + "/messages")
                .file(
                    new MockMultipartFile("files", "a.pdf", "application/pdf", "MZ....".getBytes()))
                .param("text", "Fel fil")
                .with(api))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.field").value("files"));

    mvc.perform(get("/api/conversations/" + c.id()).with(api))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.messages.length()").value(3))
        .andExpect(jsonPath("$.messages[2].internalNote").value(true));
    mvc.perform(get("/api/conversations/" + c.id() + "/attachments/" + attachmentId).with(api))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
        .andExpect(content().bytes("Svar".getBytes(StandardCharsets.UTF_8)));

    assertThat(conversations.residentView(c.id(), resident.id()).messages())
        .extracting(MessageView::text)
        .containsExactly("Fråga om skolskjuts", "Skolskjuts beviljas.");
  }
}
