package se.kansli.minutesimport;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kansli.minutesimport.MinutesFixtures.normalised;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The seed: OCR of E-nämnden's minutes of 2022-06-22, §§ 8–16, every item twice from two OCR
 * passes, compared field by field with a fixture written by reading the seed (seed-expected.json).
 */
class SeedMinutesTest {

  /** Fields compared per item; texts with whitespace normalised, lists entry by entry. */
  private static final List<String> FIELDS =
      List.of(
          "title",
          "caseNumber",
          "decision",
          "summary",
          "proceedings",
          "decisionBasis",
          "recipients");

  private static ParsedMinutes minutes;
  private static JsonNode expected;

  @BeforeAll
  static void parseSeed() {
    minutes = new MinutesParser().parse(MinutesFixtures.path(MinutesFixtures.SEED));
    expected = MinutesJson.mapper().readTree(MinutesFixtures.text("seed-expected.json"));
  }

  @Test
  void readsEachOfTheNineItemsOnceInOrder() {
    assertThat(minutes.items())
        .extracting(ParsedItem::number)
        .containsExactly(8, 9, 10, 11, 12, 13, 14, 15, 16);
  }

  @Test
  void fieldsMatchTheHandWrittenFixture() {
    int right = 0;
    List<String> wrong = new ArrayList<>();
    JsonNode expectedItems = expected.get("items");
    assertThat(minutes.items()).hasSize(expectedItems.size());
    for (int i = 0; i < expectedItems.size(); i++) {
      JsonNode want = expectedItems.get(i);
      JsonNode got = MinutesJson.mapper().valueToTree(minutes.items().get(i));
      for (String field : FIELDS) {
        if (Objects.equals(comparable(want.get(field)), comparable(got.get(field)))) {
          right++;
        } else {
          wrong.add(
              "§ %s %s%n  expected: %s%n  parsed:   %s"
                  .formatted(
                      want.get("number"),
                      field,
                      comparable(want.get(field)),
                      comparable(got.get(field))));
        }
      }
    }
    int total = expectedItems.size() * FIELDS.size();
    double share = (double) right / total;
    System.out.printf(
        "Seed field accuracy: %d of %d fields exactly right (%.1f %%)%n%s%n",
        right, total, share * 100, String.join("\n", wrong));
    assertThat(share).as(String.join("\n", wrong)).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void derivesTheMeetingFromHeadersFootersAndDecisions() {
    JsonNode meeting = expected.get("meeting");
    assertThat(minutes.meeting())
        .isEqualTo(
            new ParsedMeeting(
                meeting.get("body").asString(),
                LocalDate.parse(meeting.get("date").asString()),
                meeting.get("municipality").asString(),
                meeting.get("signatureHash").asString()));
  }

  @Test
  void keepsHeadersAndFootersAsMetadataOutOfTheText() {
    assertThat(minutes.pages().headers())
        .contains(
            "LULEA KOMMUN SAMMANTRADESPROTOKOLL", "E-nimnden 2022-06-22", "g E-nimnden 2022-06-22");
    assertThat(minutes.pages().footers())
        .contains(
            "Justerandes signatur/Beslutandes underskrift Utdragsbestyrkande",
            "Protokoll e-nanmden 2022-06-22 Sida 6 av 22",
            "(Signerat, SHA-256 A43C61BA408EC77122178361E119AB31D968849A67B01C25A4DF96311E52DCC5)");
    String read = MinutesFixtures.everythingRead(minutes);
    assertThat(read)
        .doesNotContain("Utdragsbestyrkande", "SAMMANTRADESPROTOKOLL", "Sida 6 av 22", "SHA-256");
    assertThat(minutes.pages().count()).isBetween(30, 40);
  }

  @Test
  void joinsAParagraphBrokenByAPageNumberAndAPageBreak() {
    // First reading: "… under ar 2021. Ett" / page number 4 / "utvecklingsomrade kring …".
    ParsedMinutes first = new MinutesParser().parseText(MinutesFixtures.seedFirstReading());
    assertThat(first.items().getFirst().summary())
        .contains("under ar 2021. Ett utvecklingsomrade kring direktiv f6r rapportering");
    assertThat(first.pages().footers()).contains("4");
  }

  @Test
  void readsReferencesToOtherMeetingsAsTextNotAsItems() {
    ParsedItem item11 = minutes.items().get(3);
    assertThat(item11.summary()).contains("vid sammantrade 2022-03-16 § 2 att forstudien");
    assertThat(item11.decisionBasis()).contains("E-namndens beslut 2022-03-16 § 2 E-NAMND 2022.1");
  }

  @Test
  void keepsTheBetterOfTheTwoReadingsOfEachField() {
    // Second reading of § 8 reads "for" where the first has "f6r" and keeps the closing quote.
    assertThat(minutes.items().getFirst().summary())
        .contains("direktiv for rapportering har noterats.”")
        .doesNotContain("f6r");
    // First reading of § 12 keeps the budget table's rows; the second read it column by column.
    assertThat(minutes.items().get(4).summary()).contains("Grundfinansiering 1127000");
  }

  @Test
  void dropsNoLineOfASingleReading() {
    String input = MinutesFixtures.seedFirstReading();
    ParsedMinutes first = new MinutesParser().parseText(input);
    assertThat(MinutesFixtures.droppedLines(input, first, true)).isEmpty();
  }

  @Test
  void dropsNoLineOfEitherReading() {
    assertThat(
            MinutesFixtures.droppedLines(
                MinutesFixtures.text(MinutesFixtures.SEED), minutes, false))
        .isEmpty();
  }

  @Test
  void givesEveryFoundFieldAConfidence() {
    for (ParsedItem item : minutes.items()) {
      assertThat(item.confidence()).containsKeys("title", "caseNumber", "decision", "summary");
      assertThat(item.confidence().values()).allSatisfy(c -> assertThat(c).isBetween(0.0, 1.0));
    }
  }

  private static Object comparable(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isArray()) {
      List<String> entries = new ArrayList<>();
      node.forEach(n -> entries.add(normalised(n.asString())));
      return entries;
    }
    return normalised(node.asString());
  }
}
