package se.kansli.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.organisations.StaffUser;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.ResidentId;
import se.kansli.shared.Role;

/** An officer answers and writes an internal note on the thread's page. */
@KansliTest
class MessagesWebTest {

  @Autowired MockMvc mvc;
  @Autowired TestStaff staff;
  @Autowired Conversations conversations;
  @Autowired UserDetailsService signIn;

  @Test
  void anOfficerRepliesWithAnAttachmentAndWritesANoteTheResidentNeverSees() throws Exception {
    StaffUser officer = staff.create(Role.CASE_OFFICER, "pitea");
    Resident resident = new Resident(ResidentId.random(), "Eva Sökande", null, null);
    ConversationView c =
        conversations.openForResident(
            OrganisationId.of("pitea"), UUID.randomUUID(), "2026/40", "Färdtjänst", resident);
    conversations.postByResident(c.id(), resident.id(), "När får jag beslut?", List.of());
    var signedIn = user(signIn.loadUserByUsername(officer.username()));

    mvc.perform(
            multipart("/messages/" + c.id())
                .file(
                    new MockMultipartFile(
                        "files",
                        "besked.txt",
                        "text/plain",
                        "Beslut i juni".getBytes(StandardCharsets.UTF_8)))
                .param("text", "Beslut kommer i juni.")
                .with(signedIn)
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", "/messages/" + c.id()));
    mvc.perform(
            multipart("/messages/" + c.id())
                .param("text", "Ring socialtjänsten först.")
                .param("internal", "true")
                .with(signedIn)
                .with(csrf()))
        .andExpect(status().is3xxRedirection());

    String page =
        mvc.perform(get("/messages/" + c.id()).with(signedIn))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page)
        .contains("Ring socialtjänsten först.")
        .contains("Intern anteckning – visas inte för den sökande")
        .contains("Ännu inte läst av den sökande")
        .contains("besked.txt");

    ThreadView seen = conversations.residentView(c.id(), resident.id());
    assertThat(seen.messages())
        .extracting(MessageView::text)
        .containsExactly("När får jag beslut?", "Beslut kommer i juni.");
    String after =
        mvc.perform(get("/messages/" + c.id()).with(signedIn))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(after).contains("Läst av den sökande 20");

    String refused =
        mvc.perform(
                multipart("/messages/" + c.id())
                    .file(
                        new MockMultipartFile(
                            "files", "x.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 0}))
                    .param("text", "Med fel fil")
                    .with(signedIn)
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(refused)
        .contains("Filen &quot;x.pdf&quot; kan inte skickas")
        .contains("Med fel fil");

    String list =
        mvc.perform(get("/messages").with(signedIn))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(list).contains("Färdtjänst").contains("2026/40");
  }
}
