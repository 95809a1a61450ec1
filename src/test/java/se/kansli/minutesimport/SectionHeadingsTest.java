package se.kansli.minutesimport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SectionHeadingsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "E-nimndens beslut | DECISION",
        "E-nämndens beslut | DECISION",
        "Kommunstyrelsens beslut | DECISION",
        "Beslut | DECISION",
        "Beslut: | DECISION",
        "Sammanfattning av drendet | SUMMARY",
        "Sammanfattning av ärendet | SUMMARY",
        "Ärendebeskrivning | SUMMARY",
        "Arendebeskrivning | SUMMARY",
        "Sammantridet | MEETING",
        "Sammanträdet | MEETING",
        "Yrkanden | MOTIONS",
        "Beslutsgang | PROCEDURE",
        "Beslutsgång | PROCEDURE",
        "Omröstning | VOTE",
        "Votering | VOTE",
        "Reservation | DISSENT",
        "Jäv | CONFLICT_OF_INTEREST",
        "Beslutsunderlag | DECISION_BASIS",
        "Underlag till beslut | DECISION_BASIS",
        "Beslutet skickas till | RECIPIENTS",
        "Expedieras till | RECIPIENTS",
        "Vid protokollet | CLOSING"
      })
  void readsHeadingsFuzzily(String line, SectionHeading heading) {
    assertThat(SectionHeadings.match(line))
        .get()
        .extracting(HeadingMatch::heading)
        .isEqualTo(heading);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Förslag till beslut",
        "Arbetsutskottets förslag till beslut",
        "Beslutet fattades enhälligt av nämnden.",
        "handlingarna.",
        "Kommentarer Budget 2023:",
        "Noteringar avvikelser",
        "E-namnden beslutar att lagga informationen till handlingarna."
      })
  void leavesTextAndProposalsAlone(String line) {
    assertThat(SectionHeadings.match(line)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Expedieras till: Kommunstyrelsen, Ekonomikontoret | RECIPIENTS | Kommunstyrelsen, Ekonomikontoret",
        "Expedieras till Kommunstyrelsen | RECIPIENTS | Kommunstyrelsen",
        "Beslutsunderlag: Tjänsteskrivelse 2018-02-20 | DECISION_BASIS | Tjänsteskrivelse 2018-02-20"
      })
  void splitsAHeadingFromTheTextOnItsLine(String line, SectionHeading heading, String rest) {
    HeadingMatch match = SectionHeadings.match(line).orElseThrow();
    assertThat(match.heading()).isEqualTo(heading);
    assertThat(match.rest()).isEqualTo(rest);
  }

  @ParameterizedTest
  @CsvSource({"Beslutsgang,true", "Beslutsgång,true", "Sammantridet,false", "Sammanträdet,true"})
  void tellsExactFromFuzzyMatches(String line, boolean exact) {
    assertThat(SectionHeadings.match(line).orElseThrow().exact()).isEqualTo(exact);
  }
}
