package se.kansli.minutesimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ItemHeadingsTest {

  @Test
  void readsBothHeadingSpellings() {
    assertThat(numbers("§15\nRubrik ett\n\n§ 16\nRubrik två\n\nKS § 17\nRubrik tre"))
        .containsExactly(15, 16, 17);
  }

  @Test
  void takesAReferenceInsideASentenceForText() {
    String text =
        """
        § 11
        Revidering av direktiv
        Namnden accepterade vid sammantrade 2022-03-16 § 2
        att forstudien ska samordnas.
        E-namndens beslut 2022-03-16 § 2 E-NAMND 2022.1
        § 2
        att nämnden ska informeras.
        § 12
        Budget 2023
        """;
    ItemHeadings.Segmentation segmentation = split(text);
    assertThat(segmentation.segments())
        .extracting(ItemHeadings.Segment::number)
        .containsExactly(11, 12);
    assertThat(segmentation.warnings()).isEmpty();
  }

  @Test
  void refusesANumberThatDoesNotFitTheNumbering() {
    ItemHeadings.Segmentation segmentation =
        split("§ 40\nEtt\n\n§ 41\nTvå\n\n§ 3\nTre kapitel i lagen\n\n§ 42\nFyra");
    assertThat(segmentation.segments())
        .extracting(ItemHeadings.Segment::number)
        .containsExactly(40, 41, 42);
    assertThat(segmentation.warnings())
        .singleElement()
        .asString()
        .contains("passar inte i numreringen");
  }

  @Test
  void readsAMisreadNumberBetweenItsNeighboursAsTheMissingOne() {
    ItemHeadings.Segmentation segmentation = split("§ 17\nEtt\n\n§ 13\nTvå\n\n§ 19\nTre");
    assertThat(segmentation.segments())
        .extracting(ItemHeadings.Segment::number)
        .containsExactly(17, 18, 19);
    assertThat(segmentation.warnings()).singleElement().asString().contains("lästes som § 18");
  }

  @Test
  void takesARepeatedHeadingWithoutItsTitleForAContinuation() {
    ItemHeadings.Segmentation segmentation =
        split("§ 12\nBudget 2023\nText.\n\n§ 12 forts.\nMer text.\n\n§ 13\nNästa");
    assertThat(segmentation.segments())
        .extracting(ItemHeadings.Segment::number)
        .containsExactly(12, 13);
    assertThat(segmentation.continuations())
        .extracting(SourceLine::text)
        .containsExactly("§ 12 forts.");
    assertThat(segmentation.segments().getFirst().lines())
        .extracting(SourceLine::text)
        .contains("Mer text.");
  }

  @Test
  void takesTheNumberingStartingOverForASecondReading() {
    assertThat(numbers("§ 8\nEtt\n\n§ 9\nTvå\n\n§ 8\nEtt\n\n§ 9\nTvå")).containsExactly(8, 9, 8, 9);
  }

  private static List<Integer> numbers(String text) {
    return split(text).segments().stream().map(ItemHeadings.Segment::number).toList();
  }

  private static ItemHeadings.Segmentation split(String text) {
    return ItemHeadings.split(SourceLines.of(MinutesText.ofText(text)));
  }
}
