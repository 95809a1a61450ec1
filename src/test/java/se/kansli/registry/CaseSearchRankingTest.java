package se.kansli.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.shared.Actor;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

/** What a search finds and in which order; each test searches for words of its own. */
@KansliTest
class CaseSearchRankingTest {

  @Autowired CaseRegistry registry;
  @Autowired DocumentRegistry documents;
  @Autowired CaseSearch search;
  @Autowired TestStaff staff;

  /** A made-up word no other test uses, so that the test sees only its own cases. */
  static String word() {
    Random r = new Random();
    StringBuilder b = new StringBuilder("kvarn");
    for (int i = 0; i < 8; i++) {
      b.append((char) ('b' + r.nextInt(20)));
    }
    return b.append("ik").toString();
  }

  CaseView register(Actor actor, String org, String code, String title) {
    return registry.register(
        new RegisterCase(org, code, title, "", null, List.of(), null, Set.of(), null), actor);
  }

  void document(Actor actor, CaseView c, String description, boolean publicAccess) {
    documents.register(
        c.id(),
        new RegisterDocument(
            DocumentDirection.INCOMING,
            LocalDate.now(CaseRegistry.SWEDEN),
            "Anna Andersson",
            description,
            publicAccess,
            null,
            false),
        null,
        actor);
  }

  static List<String> numbers(SearchResult result) {
    return result.hits().stream().map(SearchHit::caseNumber).toList();
  }

  static SearchQuery query(String text, String code, int page, int size) {
    return new SearchQuery(text, null, null, code, null, null, page, size);
  }

  @Test
  void ordersByRankThenNewestFirstAndCountsDocumentMatchesAtHalfWeight() {
    Actor actor = staff.actor(Role.REGISTRAR, "lulea");
    String w = word();
    CaseView docOnly = register(actor, "lulea", "2.2.0.1", "Ärende utan ordet");
    document(actor, docOnly, "Skrivelse om " + w, false);
    CaseView twice = register(actor, "lulea", "2.2.0.1", w + " och åter " + w);
    CaseView onceOlder = register(actor, "lulea", "2.2.0.1", "Ansökan om " + w);
    CaseView onceNewer = register(actor, "lulea", "2.2.0.1", "Ansökan om " + w);
    document(actor, onceNewer, "Bilaga om " + w, false);

    SearchResult result = search.search(query(w, null, 0, 25), actor);

    assertThat(numbers(result))
        .containsExactly(
            twice.caseNumber(),
            onceNewer.caseNumber(),
            onceOlder.caseNumber(),
            docOnly.caseNumber());
    assertThat(result.more()).isFalse();
  }

  @Test
  void foldsDiacriticsAndStemsBothWays() {
    Actor actor = staff.actor(Role.REGISTRAR, "pitea");
    String w = word();
    CaseView c = register(actor, "pitea", "2.2.0.1", "Yttrande till nämnden om " + w);

    assertThat(numbers(search.search(query("namnden " + w, null, 0, 25), actor)))
        .containsExactly(c.caseNumber());
    assertThat(numbers(search.search(query("nämndens " + w, null, 0, 25), actor)))
        .containsExactly(c.caseNumber());
  }

  @Test
  void seesOnlyTheActorsOrganisationsAndAppliesFiltersToDocumentMatches() {
    Actor lulea = staff.actor(Role.REGISTRAR, "lulea");
    Actor kiruna = staff.actor(Role.REGISTRAR, "kiruna");
    String w = word();
    CaseView inLulea = register(lulea, "lulea", "2.2.0.1", "Granskning " + w);
    CaseView otherClass = register(lulea, "lulea", "3.1.3", "Begäran om handling");
    document(lulea, otherClass, "Begäran gällande " + w, true);
    register(kiruna, "kiruna", "2.2.0.1", "Granskning " + w);

    assertThat(numbers(search.search(query(w, null, 0, 25), lulea)))
        .containsExactlyInAnyOrder(inLulea.caseNumber(), otherClass.caseNumber());
    assertThat(numbers(search.search(query(w, "2.2", 0, 25), lulea)))
        .containsExactly(inLulea.caseNumber());
    assertThat(numbers(search.search(query(w, "3.1", 0, 25), lulea)))
        .containsExactly(otherClass.caseNumber());
    assertThat(search.search(query(w, null, 0, 25), kiruna).hits()).hasSize(1);
  }

  @Test
  void pagesThroughTheSameOrder() {
    Actor actor = staff.actor(Role.REGISTRAR, "boden");
    String w = word();
    for (int i = 0; i < 5; i++) {
      register(actor, "boden", "2.2.0.1", "Remiss " + i + " " + w);
    }
    List<String> all = numbers(search.search(query(w, null, 0, 25), actor));

    SearchResult first = search.search(query(w, null, 0, 2), actor);
    SearchResult second = search.search(query(w, null, 1, 2), actor);
    SearchResult third = search.search(query(w, null, 2, 2), actor);

    assertThat(all).hasSize(5);
    assertThat(first.more()).isTrue();
    assertThat(third.more()).isFalse();
    assertThat(
            java.util.stream.Stream.of(first, second, third)
                .flatMap(r -> numbers(r).stream())
                .toList())
        .isEqualTo(all);
  }

  @Test
  void thePublicFindsOnlyWhatThePublicMaySee() {
    Actor actor = staff.actor(Role.REGISTRAR, "kalix");
    String w = word();
    CaseView secretTitle =
        registry.register(
            new RegisterCase(
                "kalix",
                "2.2.0.1",
                "Hemlig " + w,
                "",
                null,
                List.of(),
                "OSL 26 kap. 1 §",
                Set.of(SecretField.TITLE),
                "Ärende enligt OSL"),
            actor);
    CaseView publicDocument = register(actor, "kalix", "2.2.0.1", "Öppet ärende");
    document(actor, publicDocument, "Offentlig " + w, true);
    CaseView hiddenDocument = register(actor, "kalix", "2.2.0.1", "Annat ärende");
    document(actor, hiddenDocument, "Ej offentlig " + w, false);

    SearchResult result = search.searchPublic(query(w, null, 0, 25), OrganisationId.of("kalix"));

    assertThat(numbers(result)).containsExactly(publicDocument.caseNumber());
    assertThat(numbers(search.search(query(w, null, 0, 25), actor)))
        .containsExactlyInAnyOrder(
            secretTitle.caseNumber(), publicDocument.caseNumber(), hiddenDocument.caseNumber());
  }
}
