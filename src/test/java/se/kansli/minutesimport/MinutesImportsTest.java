package se.kansli.minutesimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.meetings.AgendaItemView;
import se.kansli.meetings.MeetingId;
import se.kansli.meetings.MeetingPlanner;
import se.kansli.meetings.MeetingView;
import se.kansli.registry.CaseId;
import se.kansli.registry.CaseRegistry;
import se.kansli.registry.CaseSearch;
import se.kansli.registry.DocumentRegistry;
import se.kansli.registry.SearchQuery;
import se.kansli.shared.Actor;
import se.kansli.shared.Forbidden;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.Role;

@KansliTest
class MinutesImportsTest {

  @Autowired MinutesImports imports;
  @Autowired MeetingPlanner planner;
  @Autowired CaseRegistry cases;
  @Autowired DocumentRegistry documents;
  @Autowired CaseSearch search;
  @Autowired TestStaff staff;
  @Autowired JdbcClient jdbc;

  Actor registrar;

  @BeforeEach
  void registrar() {
    registrar = staff.actor(Role.REGISTRAR, "e-namnden");
  }

  static byte[] seed() throws IOException {
    try (InputStream in =
        MinutesImportsTest.class.getResourceAsStream(
            "/minutesimport/ocr-minutes-e-namnden-2022-06-22.txt")) {
      return in.readAllBytes();
    }
  }

  @Test
  void theSeedBecomesTheMeetingOf20220622WithItsNineCasesAndCommitsOnlyOnce() throws Exception {
    ImportView read = imports.read("e-namnden", "protokoll-2022-06-22.txt", seed(), registrar);

    assertThat(read.parsed().items())
        .extracting(ParsedItem::number)
        .containsExactly(8, 9, 10, 11, 12, 13, 14, 15, 16);
    assertThat(read.display().bodyName()).isEqualTo("E-nämnden");
    assertThat(read.display().items().getFirst().title())
        .isEqualTo("Grundläggande granskning Kiruna och Gällivare kommun");

    ImportResult result = imports.commit(read.id(), null, registrar);

    assertThat(result.cases())
        .extracting(ImportResult.LinkedCase::caseNumber)
        .containsExactlyElementsOf(
            IntStream.rangeClosed(9, 17)
                .mapToObj(n -> "2022/" + n + "-" + (n == 17 ? "1.1.1.2" : "2.2.0.1"))
                .toList());
    MeetingView meeting = planner.get(new MeetingId(result.meetingId()), secretary());
    assertThat(meeting.date()).hasToString("2022-06-22");
    assertThat(meeting.historical()).isTrue();
    assertThat(meeting.items())
        .extracting(AgendaItemView::paragraph)
        .containsExactly(8, 9, 10, 11, 12, 13, 14, 15, 16);
    CaseId budget = new CaseId(result.cases().get(4).caseId());
    assertThat(cases.get(budget, registrar).title()).isEqualTo("Budget 2023");
    assertThat(documents.ofCase(budget, registrar))
        .anySatisfy(d -> assertThat(d.description()).contains("§ 12").contains("inläst från"));

    // The registered original is searchable, also without diacritics.
    assertThat(search.search(SearchQuery.text("Arbetskostnadsindex"), registrar).hits())
        .anySatisfy(h -> assertThat(h.caseNumber()).isEqualTo("2022/13-2.2.0.1"));

    assertThat(imports.commit(read.id(), null, registrar)).isEqualTo(result);
    ImportView again = imports.read("e-namnden", "samma.txt", seed(), registrar);
    ImportResult linked = imports.commit(again.id(), null, registrar);
    assertThat(linked.meetingCreated()).isFalse();
    assertThat(linked.meetingId()).isEqualTo(result.meetingId());
    assertThat(linked.cases()).noneMatch(ImportResult.LinkedCase::created);
  }

  @Test
  void whatIsNotMinutesIsRefusedAndNothingIsStored() {
    long before = count();
    assertThatThrownBy(() ->
            imports.read(
                "e-namnden",
                "recipe.txt",
                "Preheat the oven. Mix flour and sugar.".getBytes(StandardCharsets.UTF_8),
                registrar))
        .isInstanceOf(InvalidInput.class)
        .extracting("field")
        .isEqualTo("file");
    assertThatThrownBy(() -> imports.read("e-namnden", "tom.txt", new byte[0], registrar))
        .isInstanceOf(InvalidInput.class);
    assertThat(count()).isEqualTo(before);
    assertThatThrownBy(() ->
            imports.read("e-namnden", "x.txt", seed(), staff.actor(Role.AUDITOR, "e-namnden")))
        .isInstanceOf(Forbidden.class);
  }

  Actor secretary() {
    return staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
  }

  long count() {
    return jdbc.sql("select count(*) from minutes_imports").query(Long.class).single();
  }
}
