package se.kansli.minutesimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scoring that chooses between two OCR readings of the same field. */
class ReadingQualityTest {

  @ParameterizedTest
  @CsvSource({
    "f6r,1",
    "l6sningar,1",
    "{6ljs,1",
    "&r,1",
    "Kkostnader,1",
    "DProjekt,1",
    "Géllivare,0.5",
    "stéller,0.5",
    "for,0",
    "2022/9-2.2.0.1,0",
    "14:00-16:00,0",
    "BankID,0",
    "e-tjanster,0",
    "idé,0",
    "Q3,0"
  })
  void flagsWhatOcrGetsWrong(String token, double suspicion) {
    assertThat(OcrSuspicion.of(token)).isEqualTo(suspicion);
  }

  @Test
  void prefersTheReadingWithFewerSuspiciousTokens() {
    WordFrequencies frequencies =
        frequencies("direktiv for rapportering", "direktiv f6r rapportering");
    assertThat(score("direktiv for rapportering", frequencies))
        .isGreaterThan(score("direktiv f6r rapportering", frequencies));
  }

  @Test
  void prefersTheMoreCompleteReading() {
    String complete =
        "Den interna kontrollen har varit tillracklig. Ett utvecklingsomrade har noterats.";
    String truncated = "Den interna kontrollen har varit tillracklig.";
    WordFrequencies frequencies = frequencies(complete, truncated);
    assertThat(score(complete, frequencies)).isGreaterThan(score(truncated, frequencies));
  }

  @Test
  void prefersWordsThatRecurInTheDocumentOverOneOffs() {
    WordFrequencies frequencies =
        frequencies(
            "grundlaggande granskning",
            "har genomfort grundlaggande granskning",
            "genomfort grundldggande granskning");
    assertThat(score("genomfort grundlaggande granskning", frequencies))
        .isGreaterThan(score("genomfort grundldggande granskning", frequencies));
  }

  @Test
  void prefersTableRowsOverATableReadColumnByColumn() {
    String rows = "Grundfinansiering 1127000\nE-arkiv 322000\nSUMMA 1449000";
    String columns = "Grundfinansiering\nE-arkiv\nSUMMA\n1127000\n322000\n1449000";
    WordFrequencies frequencies = frequencies(rows, columns);
    assertThat(score(rows, frequencies)).isGreaterThan(score(columns, frequencies));
  }

  @Test
  void mergerKeepsTheBetterReadingOfEachFieldSeparately() {
    WordFrequencies frequencies =
        frequencies(
            "Budget 2023",
            "Budget 2O23",
            "beslutar att godkanna budgeten",
            "beslutar att godk4nna budgeten");
    ItemReading first = reading("Budget 2023", "E-namnden beslutar att godk4nna budgeten");
    ItemReading second = reading("Budget 2O23", "E-namnden beslutar att godkanna budgeten");

    ParsedItem item =
        new ReadingMerger(new ReadingQualities(frequencies)).merge(List.of(first, second)).item();

    assertThat(item.title()).isEqualTo("Budget 2023");
    assertThat(item.decision()).isEqualTo("E-namnden beslutar att godkanna budgeten");
  }

  @Test
  void mergerRaisesConfidenceWhenBothReadingsAgree() {
    WordFrequencies frequencies = frequencies("Budget 2023");
    ParsedItem item =
        new ReadingMerger(new ReadingQualities(frequencies))
            .merge(List.of(reading("Budget 2023", "Beslut."), reading("Budget 2023", "Beslut.")))
            .item();
    assertThat(item.confidence()).containsEntry("title", 0.9);
  }

  private static ItemReading reading(String title, String decision) {
    return new ItemReading(
        12,
        title,
        "2022/13-2.2.0.1",
        decision,
        null,
        null,
        null,
        List.of(),
        List.of(),
        Map.of(Field.TITLE, 0.8, Field.DECISION, 1.0),
        List.of(),
        List.of());
  }

  private static double score(String text, WordFrequencies frequencies) {
    return ReadingQuality.of(text, frequencies).score();
  }

  private static WordFrequencies frequencies(String... texts) {
    return WordFrequencies.of(SourceLines.of(MinutesText.ofText(String.join("\n", texts))));
  }
}
