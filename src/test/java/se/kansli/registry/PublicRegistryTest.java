package se.kansli.registry;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.shared.Actor;
import se.kansli.shared.Role;

/** What anyone may see without logging in, and what secrecy hides from them. */
@KansliTest
class PublicRegistryTest {

  @Autowired MockMvc mvc;
  @Autowired CaseRegistry cases;
  @Autowired DocumentRegistry documents;
  @Autowired TestStaff staff;

  Actor actor;
  String word;

  @BeforeEach
  void data() {
    actor = staff.actor(Role.REGISTRAR, "alvsbyn");
    word = "ord" + Math.abs(actor.username().hashCode());
  }

  @Test
  void secretFieldsAreMaskedWithTheOslParagraph() throws Exception {
    CaseView c =
        cases.register(
            new RegisterCase(
                "alvsbyn",
                "3.1.1",
                "Orosanmälan gällande barn " + word,
                "Känslig beskrivning " + word,
                null,
                List.of(new Party(Party.Kind.PERSON, "Tolvan Tolvansson", "19121212-1212", "")),
                "OSL 26 kap. 1 §",
                EnumSet.allOf(SecretField.class),
                "Ärende inom socialtjänsten"),
            actor);
    mvc.perform(get("/public/registry/alvsbyn/cases/{y}/{s}", c.year(), c.serial()))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Ärende inom socialtjänsten"),
                        containsString("Sekretess enligt OSL 26 kap. 1 §"),
                        not(containsString(word)),
                        not(containsString("Tolvan")),
                        not(containsString("19121212")))));
    mvc.perform(get("/public/registry/alvsbyn").param("q", word))
        .andExpect(content().string(not(containsString(c.caseNumber()))));
  }

  @Test
  void openCasesAreSearchableAndOnlyReleasedFilesDownloadable() throws Exception {
    CaseView c =
        cases.register(
            new RegisterCase(
                "alvsbyn",
                "2.3.1.1",
                "Upphandling av e-tjänsteplattform " + word,
                "",
                null,
                List.of(
                    new Party(
                        Party.Kind.PERSON, "Tolvan Tolvansson", "19121212-1212", "anbudsgivare")),
                null,
                Set.of(),
                null),
            actor);
    DocumentView released =
        documents.register(
            c.id(),
            new RegisterDocument(
                DocumentDirection.OUTGOING,
                LocalDate.now(),
                "Leverantören",
                "Tilldelningsbeslut",
                true,
                null,
                true),
            new UploadedFile("beslut.txt", "Beslut".getBytes(StandardCharsets.UTF_8)),
            actor);
    DocumentView internal =
        documents.register(
            c.id(),
            new RegisterDocument(
                DocumentDirection.INTERNAL,
                LocalDate.now(),
                null,
                "Arbetsmaterial",
                false,
                null,
                false),
            new UploadedFile("utkast.txt", "Utkast".getBytes(StandardCharsets.UTF_8)),
            actor);

    mvc.perform(get("/public/registry/alvsbyn").param("q", word.toUpperCase()))
        .andExpect(content().string(containsString(c.caseNumber())));
    mvc.perform(get("/public/registry/alvsbyn/cases/{y}/{s}", c.year(), c.serial()))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Tilldelningsbeslut"),
                        containsString("Arbetsmaterial"),
                        containsString("Tolvan Tolvansson"),
                        not(containsString("19121212-1212")))));
    mvc.perform(get("/public/registry/alvsbyn/documents/{id}/file", released.id()))
        .andExpect(status().isOk())
        .andExpect(content().string("Beslut"));
    mvc.perform(get("/public/registry/alvsbyn/documents/{id}/file", internal.id()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/public/registry/kiruna/documents/{id}/file", released.id()))
        .andExpect(status().isNotFound());
  }

  @Test
  void thePublicJsonApiMasksTheSameWayWithoutLogin() throws Exception {
    CaseView c =
        cases.register(
            new RegisterCase(
                "alvsbyn",
                "3.1.1",
                "Ansökan om bistånd " + word,
                "",
                null,
                List.of(new Party(Party.Kind.PERSON, "Tolvan Tolvansson", "19121212-1212", "")),
                "OSL 26 kap. 1 §",
                EnumSet.of(SecretField.PARTIES),
                null),
            actor);
    mvc.perform(get("/api/public/registry/alvsbyn/cases").param("q", word))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(c.caseNumber())));
    mvc.perform(get("/api/public/registry/alvsbyn/cases/{y}/{s}", c.year(), c.serial()))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Sekretess enligt OSL 26 kap. 1 §"),
                        not(containsString("Tolvan")),
                        not(containsString("19121212")))));
    mvc.perform(get("/api/public/registry/alvsbyn/cases/{y}/{s}", c.year(), 999999))
        .andExpect(status().isNotFound());
  }

  @Test
  void aCaseNumberTypedInThePublicSearchOpensTheCase() throws Exception {
    mvc.perform(get("/public/registry/e-namnden").param("q", "2022/9-2.2.0.1"))
        .andExpect(status().is3xxRedirection());
  }
}
