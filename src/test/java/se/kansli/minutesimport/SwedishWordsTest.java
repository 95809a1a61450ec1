package se.kansli.minutesimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled wswedish list, looked up by the spelling OCR leaves without å, ä, ö and é. */
class SwedishWordsTest {

  final SwedishWords words = SwedishWords.bundled();

  @Test
  void holdsTheWholeFullFormList() {
    // 121 426 lines; a few words are listed both capitalised and not.
    assertThat(words.size()).isEqualTo(121_261);
    assertThat(words.contains("nämnden")).isTrue();
    assertThat(words.contains("nämndens")).isTrue();
    assertThat(words.contains("ärendet")).isTrue();
  }

  @Test
  void ignoresCase() {
    assertThat(words.contains("Luleå")).isTrue();
    assertThat(words.contains("LULEÅ")).isTrue();
    assertThat(words.contains("luleå")).isTrue();
  }

  @Test
  void doesNotHoldWhatOcrMadeOfAWord() {
    assertThat(words.contains("namnden")).isFalse();
    assertThat(words.contains("drendet")).isFalse();
  }

  @Test
  void foldsÅÄÖAndÉAway() {
    assertThat(SwedishWords.fold("Ärende på Öland, idé")).isEqualTo("arende pa oland, ide");
  }

  @Test
  void answersTheWordsThatFoldToASpelling() {
    assertThat(words.foldingTo("namnden")).containsExactly("nämnden");
    assertThat(words.foldingTo("for")).containsExactlyInAnyOrder("for", "för");
    assertThat(words.foldingTo("nar")).containsExactlyInAnyOrder("när", "når");
    assertThat(words.foldingTo("xqzw")).isEmpty();
  }

  @Test
  void aListOfGivenWordsCountsEachWordOnce() {
    SwedishWords few = SwedishWords.of(List.of("Nämnd", "nämnd", "när", "når", ""));

    assertThat(few.size()).isEqualTo(3);
    assertThat(few.foldingTo("namnd")).containsExactly("nämnd");
  }
}
