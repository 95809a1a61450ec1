package se.kansli.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.shared.Actor;
import se.kansli.shared.Role;

/** The case page reads the case once and its documents' files in one query: same answers. */
@KansliTest
class CasePageDataTest {

  @Autowired CaseRegistry registry;
  @Autowired DocumentRegistry documents;
  @Autowired TestStaff staff;

  @Test
  void documentsOfACaseCarryTheirFileVersionsAsEachDocumentAlone() {
    Actor actor = staff.actor(Role.REGISTRAR, "haparanda");
    CaseView c =
        registry.register(
            new RegisterCase(
                "haparanda", "2.2.0.1", "Ärende", "", null, List.of(), null, Set.of(), null),
            actor);
    DocumentView withFile =
        documents.register(
            c.id(),
            new RegisterDocument(
                DocumentDirection.INCOMING,
                LocalDate.now(CaseRegistry.SWEDEN),
                "Anna Andersson",
                "Skrivelse",
                true,
                null,
                false),
            new UploadedFile("skrivelse.txt", "Hej nämnden".getBytes(StandardCharsets.UTF_8)),
            actor);
    documents.addVersion(
        withFile.id(),
        new UploadedFile("skrivelse-2.txt", "Hej igen".getBytes(StandardCharsets.UTF_8)),
        actor);
    documents.register(
        c.id(),
        new RegisterDocument(
            DocumentDirection.INTERNAL,
            LocalDate.now(CaseRegistry.SWEDEN),
            null,
            "Tjänsteanteckning",
            false,
            null,
            false),
        null,
        actor);

    List<DocumentView> ofCase = documents.ofCase(registry.get(c.id(), actor));

    assertThat(ofCase)
        .containsExactly(
            documents.get(withFile.id(), actor), documents.get(ofCase.get(1).id(), actor));
    assertThat(ofCase.get(0).versions()).hasSize(2);
    assertThat(ofCase.get(1).versions()).isEmpty();
    assertThat(registry.history(registry.get(c.id(), actor)))
        .isEqualTo(registry.history(c.id(), actor));
  }
}
