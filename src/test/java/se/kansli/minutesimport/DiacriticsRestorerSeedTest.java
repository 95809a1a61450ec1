package se.kansli.minutesimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.kansli.minutesimport.DiacriticsRestorer.Change;
import se.kansli.minutesimport.DiacriticsRestorer.Restored;

/** Two OCR renderings of real minutes (Norrbottens e-nämnd, 2022-06-22), restored whole. */
class DiacriticsRestorerSeedTest {

  static String ocr;
  static Restored restored;

  final DiacriticsRestorer restorer = new DiacriticsRestorer();

  @BeforeAll
  static void restoreTheMinutes() throws IOException {
    try (InputStream text =
        DiacriticsRestorerSeedTest.class.getResourceAsStream(
            "/minutesimport/ocr-minutes-e-namnden-2022-06-22.txt")) {
      ocr = new String(text.readAllBytes(), StandardCharsets.UTF_8);
    }
    restored = new DiacriticsRestorer().restore(ocr);
  }

  @Test
  void restoresOverAThousandWords() {
    // 1 073 when written; rules that restore fewer should fail here.
    assertThat(restored.changes()).hasSizeGreaterThan(1_000);
  }

  @Test
  void restoresTheLinesOfTheMinutes() {
    assertThat(restored.text())
        .contains("Grundläggande granskning Kiruna och Gällivare kommun\n")
        .contains("E-nämndens beslut\n")
        .contains("rekommendationer i nämndens utvecklingsarbete och hänvisar till beslut vid\n")
        .contains("Sammanfattning av ärendet\n")
        .contains("Norrbottens e-nämnd ska granskas årligen av alla ingående parter\n")
        .contains("verksamheten och nämndens ansvarsutövande. I granskningen kan aven\n")
        .contains("Kiruna kommun och Gällivare kommun har genomfört grundläggande\n")
        .contains("utvecklingsområde kring direktiv för rapportering har noterats.\n")
        .contains("Maud Lundbäck (S) påpekar att kostnad uppdelat per kommun saknas for\n");
  }

  @Test
  void leavesCaseNumbersAndChecksumsAsTheyWere() {
    assertThat(restored.text())
        .contains("Arendenr 2022/9-2.2.0.1\n")
        .contains(
            "(Signerat, SHA-256 A43C61BA408EC77122178361E119AB31D968849A67B01C25A4DF96311E52DCC5)")
        .contains("Protokoll e-nanmden 2022-06-22 Sida 6 av 22\n");
  }

  @Test
  void keepsTheLinesAndEverythingBetweenWords() {
    assertThat(restored.text().lines()).hasSameSizeAs(ocr.lines().toList());
    assertThat(withoutLetters(restored.text())).isEqualTo(withoutLetters(ocr));
  }

  @Test
  void eachChangePointsAtTheOriginalWord() {
    for (Change change : restored.changes()) {
      assertThat(ocr.startsWith(change.original(), change.offset())).isTrue();
    }
  }

  @Test
  void restoringTwiceChangesNothingMore() {
    Restored again = restorer.restore(restored.text());

    assertThat(again.changes()).isEmpty();
    assertThat(again.text()).isEqualTo(restored.text());
  }

  /** Digits, "&" and letters are all word characters here, so drop them all to compare the rest. */
  private static String withoutLetters(String text) {
    StringBuilder rest = new StringBuilder();
    text.chars()
        .filter(c -> !Character.isLetterOrDigit(c) && c != '&')
        .forEach(c -> rest.append((char) c));
    return rest.toString();
  }
}
