package se.kansli.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatusItemTest {

  @Test
  void rendersAHeadingPerServiceOrInitiativeWithStatusAndItsLinesAsInTheSeed() {
    StatusItem item =
        StatusItem.of(
            "e-namnden",
            "2022-06",
            List.of(
                new StatusItem.Entry(
                    "DCBD (gemensamt datacenter)",
                    List.of(
                        "I drift och förvaltning sedan 2021.",
                        "Älvsbyn, Boden och Gällivare är inne i plattformen",
                        "Migrering av kommuner pågår")),
                new StatusItem.Entry(
                    "Gemensamt personal/HR-system",
                    List.of("Förstudien pågår, revidering av direktiv (se separat ärende)")),
                new StatusItem.Entry("Gemensam E-arkiv", List.of())));

    assertThat(item.text())
        .isEqualTo(
            """
            Information om aktuella och pågående aktiviteter (2022-06)

            Inom ramen för nämnden pågår aktiviteter som utgår från en beslutad \
            verksamhetsplan. Nedan följer en kort status för varje.

            • DCBD (gemensamt datacenter)
            STATUS:
              – I drift och förvaltning sedan 2021.
              – Älvsbyn, Boden och Gällivare är inne i plattformen
              – Migrering av kommuner pågår

            • Gemensamt personal/HR-system
            STATUS:
              – Förstudien pågår, revidering av direktiv (se separat ärende)

            • Gemensam E-arkiv
            STATUS:
              – Ingen status rapporterad för perioden.
            """);
  }

  @Test
  void aStatusTextIsSplitIntoItsNonEmptyLines() {
    StatusReportView status =
        new StatusReportView("2022-06", "  Rekrytering pågår \n\n Intervjuer i juni\n", "x", null);
    assertThat(status.lines()).containsExactly("Rekrytering pågår", "Intervjuer i juni");
  }

  @Test
  void withNothingToReportTheItemSaysSo() {
    assertThat(StatusItem.render("2023-01", List.of()))
        .endsWith("\nInga tjänster i drift eller pågående initiativ.\n");
  }
}
