package se.kansli.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.shared.Actor;
import se.kansli.shared.Role;

@KansliTest
class CaseSearchTest {

  @Autowired CaseRegistry registry;
  @Autowired DocumentRegistry documents;
  @Autowired CaseSearch search;
  @Autowired TestStaff staff;

  Actor pitea;
  CaseView noticeCase;

  @BeforeEach
  void cases() {
    // Each test gets a fresh user in Piteå and Överkalix so that it only sees its own data mix.
    pitea = staff.actor(Role.REGISTRAR, "pitea", "overkalix");
    noticeCase =
        registry.register(
            new RegisterCase(
                "pitea",
                "2.2.0.1",
                "Yttrande till nämnden om ärendehantering " + pitea.username(),
                "Beskrivning av arkivfrågor",
                null,
                List.of(),
                null,
                Set.of(),
                null),
            pitea);
  }

  @Test
  void ocrSpellingsWithoutDiacriticsFindTheRealWords() {
    assertThat(hits("namnden arendehantering " + pitea.username())).contains(noticeCase.id());
    assertThat(hits("nämnden ärendehantering " + pitea.username())).contains(noticeCase.id());
  }

  @Test
  void swedishStemmingFindsOtherFormsOfAWord() {
    assertThat(hits("yttranden " + pitea.username())).contains(noticeCase.id());
  }

  @Test
  void theTextOfAnUploadedFileIsSearchable() {
    String word = "snöskoterled" + Math.abs(pitea.username().hashCode());
    documents.register(
        noticeCase.id(),
        new RegisterDocument(
            DocumentDirection.INCOMING,
            LocalDate.now(),
            "Länsstyrelsen",
            "Skrivelse",
            false,
            null,
            false),
        new UploadedFile(
            "brev.txt", ("Angående " + word + " i fjällen").getBytes(StandardCharsets.UTF_8)),
        pitea);
    assertThat(hits(word)).containsExactly(noticeCase.id());
    assertThat(hits(word.replace("ö", "o"))).containsExactly(noticeCase.id());
  }

  @Test
  void theTextLayerOfAnUploadedPdfIsSearchable() {
    String word = "fjallvarden" + Math.abs(pitea.username().hashCode());
    documents.register(
        noticeCase.id(),
        new RegisterDocument(
            DocumentDirection.INTERNAL, LocalDate.now(), null, "Protokoll", false, null, true),
        new UploadedFile("protokoll.pdf", MinimalPdf.withText("Beslut om " + word)),
        pitea);
    assertThat(hits(word)).containsExactly(noticeCase.id());
  }

  @Test
  void filtersNarrowTheResult() {
    CaseView closed =
        registry.register(
            new RegisterCase(
                "overkalix",
                "1.1.1.2",
                "Uppföljning " + pitea.username(),
                "",
                null,
                List.of(),
                null,
                Set.of(),
                null),
            pitea);
    registry.close(closed.id(), new CloseCase(null, "Klart"), pitea);
    assertThat(run(new SearchQuery(pitea.username(), "overkalix", null, null, null, null, 0, 25)))
        .containsExactly(closed.id());
    assertThat(run(new SearchQuery(pitea.username(), null, null, "1.1", null, null, 0, 25)))
        .containsExactly(closed.id());
    assertThat(
            run(new SearchQuery(pitea.username(), null, null, null, CaseStatus.OPEN, null, 0, 25)))
        .containsExactly(noticeCase.id());
    assertThat(
            run(
                new SearchQuery(
                    pitea.username(),
                    null,
                    LocalDate.now().getYear() - 1,
                    null,
                    null,
                    null,
                    0,
                    25)))
        .isEmpty();
  }

  @Test
  void nobodySeesAnotherMunicipalitysCasesInSearch() {
    Actor kiruna = staff.actor(Role.ADMINISTRATOR, "kiruna");
    assertThat(search.search(SearchQuery.text(pitea.username()), kiruna).hits()).isEmpty();
  }

  private List<CaseId> hits(String text) {
    return search.search(SearchQuery.text(text), pitea).hits().stream().map(SearchHit::id).toList();
  }

  private List<CaseId> run(SearchQuery q) {
    return search.search(q, pitea).hits().stream().map(SearchHit::id).toList();
  }
}
