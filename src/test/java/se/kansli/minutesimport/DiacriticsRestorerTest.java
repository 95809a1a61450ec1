package se.kansli.minutesimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.kansli.minutesimport.DiacriticsRestorer.Change;
import se.kansli.minutesimport.DiacriticsRestorer.Restored;

/** Å, ä and ö come back where the word list leaves one reading, and nothing else changes. */
class DiacriticsRestorerTest {

  final DiacriticsRestorer restorer = new DiacriticsRestorer();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    // the dots lost
    "namnden, nämnden",
    "arende, ärende",
    "pa, på",
    "LULEA, LULEÅ",
    // misread as other characters
    "ndmnden, nämnden",
    "nimndens, nämndens",
    "drende, ärende",
    "f6r, för",
    "&ven, även",
    "Géllivare, Gällivare",
    "ansvarsutévande, ansvarsutövande",
    // two characters for one
    "ndimnden, nämnden",
    "naimnden, nämnden",
    "tillfredsstédllande, tillfredsställande",
    // a compound the list lacks, read as two listed words
    "Raddningstjdnsten, Räddningstjänsten"
  })
  void restoresAWordWithOneReading(String ocr, String restored) {
    assertThat(restorer.restore(ocr).text()).isEqualTo(restored);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"namnden, nämnden", "Namnden, Nämnden", "NAMNDEN, NÄMNDEN", "Arende, Ärende"})
  void keepsTheCapitalisation(String ocr, String restored) {
    assertThat(restorer.restore(ocr).text()).isEqualTo(restored);
  }

  @ParameterizedTest
  @ValueSource(strings = {"beslut", "Luleå", "för", "nämnden", "Sammanfattning"})
  void leavesRightWordsAsTheyAre(String word) {
    assertThat(restorer.restore(word).text()).isEqualTo(word);
    assertThat(restorer.restore(word).changes()).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "for, listed itself (for) though it may be för",
    "nar, när or når",
    "dr, är or år",
    "fran, från or frän"
  })
  void leavesAWordWithSeveralReadingsAlone(String word, String why) {
    assertThat(restorer.restore(word).text()).as(why).isEqualTo(word);
  }

  @Test
  void anUpperCaseIIsNotAMisreadÄ() {
    assertThat(restorer.restore("ett gemensamt IT-stöd").text()).isEqualTo("ett gemensamt IT-stöd");
  }

  @Test
  void leavesDecomposedLettersAlone() {
    String decomposed = "na\u0308mnden pa\u030a";

    assertThat(restorer.restore(decomposed).text()).isEqualTo(decomposed);
  }

  @Test
  void restoresWordsInASentence() {
    assertThat(restorer.restore("Sammanfattning av drendet").text())
        .isEqualTo("Sammanfattning av ärendet");
    assertThat(restorer.restore("E-nimndens beslut").text()).isEqualTo("E-nämndens beslut");
    assertThat(restorer.restore("e-namndens sammantrade").text())
        .isEqualTo("e-nämndens sammanträde");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Arendenr 2022/9-2.2.0.1",
        "§ 15",
        "§8",
        "2022-06-22 Sida 6 av 22",
        "7 618 100",
        "SHA-256 A43C61BA408EC77122178361E119AB31D968849A67B01C25A4DF96311E52DCC5",
        "&",
        "e"
      })
  void leavesNumbersCodesAndSingleLettersAlone(String text) {
    assertThat(restorer.restore(text).text()).isEqualTo(text);
  }

  @Test
  void keepsSpacingAndPunctuationExactly() {
    String ocr = "  namnden,\tarende;\r\n(pa)  «f6r»…\n\n— 2022/9 ";

    assertThat(restorer.restore(ocr).text())
        .isEqualTo("  nämnden,\tärende;\r\n(på)  «för»…\n\n— 2022/9 ");
  }

  @Test
  void reportsWhereEachChangedWordStartsInTheOriginal() {
    String ocr =
        "Sammanfattning av drendet: ndimnden beslutar for aret 2022 pa e-namndens sammantrade";

    Restored restored = restorer.restore(ocr);

    assertThat(restored.changes())
        .containsExactly(
            new Change(18, "drendet", "ärendet"),
            new Change(27, "ndimnden", "nämnden"),
            new Change(59, "pa", "på"),
            new Change(64, "namndens", "nämndens"),
            new Change(73, "sammantrade", "sammanträde"));
    for (Change change : restored.changes()) {
      assertThat(ocr.substring(change.offset(), change.offset() + change.original().length()))
          .isEqualTo(change.original());
    }
  }

  @Test
  void reportsNoChangesForRightText() {
    assertThat(restorer.restore("Nämnden beslutar att lägga informationen till handlingarna."))
        .isEqualTo(
            new Restored("Nämnden beslutar att lägga informationen till handlingarna.", List.of()));
  }

  @Test
  void restoresAgainstAGivenList() {
    DiacriticsRestorer withFewWords =
        new DiacriticsRestorer(SwedishWords.of(List.of("nämnd", "när", "når")));

    assertThat(withFewWords.restore("namnd nar ndmnd").text()).isEqualTo("nämnd nar nämnd");
  }
}
