package se.kansli.minutesimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Minutes in other municipalities' layouts than the seed's, written for these tests. */
class OtherLayoutsTest {

  private final MinutesParser parser = new MinutesParser();

  @Test
  void kommunstyrelsenWithMotionsAVoteAndADissent() {
    ParsedMinutes minutes = parse("kommunstyrelsen-kiruna-2018.txt");

    assertThat(minutes.meeting())
        .isEqualTo(
            new ParsedMeeting("Kommunstyrelsen", LocalDate.of(2018, 3, 12), "Kiruna kommun", null));
    assertThat(minutes.items()).extracting(ParsedItem::number).containsExactly(45, 46);
    ParsedItem item = minutes.items().getFirst();
    assertThat(item.title()).isEqualTo("Årsredovisning 2017 för Kiruna kommun");
    assertThat(item.caseNumber()).isEqualTo("KS 2018/124");
    assertThat(item.summary())
        .startsWith(
            "Ekonomikontoret har upprättat årsredovisning för 2017. Kommunens resultat blev 42")
        .endsWith("Samtliga finansiella mål är uppfyllda.");
    assertThat(item.decision())
        .isEqualTo(
            "Kommunstyrelsen föreslår kommunfullmäktige besluta att godkänna årsredovisningen för 2017.");
    assertThat(item.proceedings())
        .startsWith("Yrkanden\nAnna Berg (S) yrkar bifall")
        .contains("\n\nBeslutsgång\nOrdföranden ställer proposition")
        .contains(
            "\n\nOmröstning\nJa-röst för Anna Bergs yrkande, nej-röst för Per Linds yrkande.\nAnna Berg (S) Ja\n")
        .endsWith(
            "Reservation\nPer Lind (M), Karin Eriksson (M) och Nils Rova (SD) reserverar sig mot beslutet.");
    assertThat(item.votes().yes()).isEqualTo(7);
    assertThat(item.votes().no()).isEqualTo(4);
    assertThat(item.votes().abstain()).isZero();
    assertThat(item.votes().members())
        .hasSize(11)
        .contains(
            new MemberVote("Lars Öberg (S)", VoteChoice.YES),
            new MemberVote("Ida Wiik (KD)", VoteChoice.NO));
    assertThat(item.decisionBasis())
        .containsExactly("Tjänsteskrivelse 2018-02-20", "Årsredovisning 2017");
    assertThat(item.recipients()).containsExactly("Kommunfullmäktige", "Ekonomikontoret");
    assertThat(item.confidence()).containsEntry("votes", 0.9).containsEntry("decision", 1.0);

    ParsedItem conflict = minutes.items().get(1);
    assertThat(conflict.caseNumber()).isEqualTo("KS 2018/131");
    assertThat(conflict.proceedings())
        .isEqualTo("Jäv\nPer Lind (M) anmäler jäv och deltar inte i handläggningen.");
    assertThat(conflict.votes()).isNull();
    assertThat(conflict.recipients()).containsExactly("Kommuninvest", "Löneenheten");

    // The front page's attendance list is no item's: it is kept, unassigned.
    assertThat(minutes.unassigned())
        .singleElement()
        .asString()
        .startsWith("Plats och tid Stadshuset");
    assertThat(minutes.pages().headers())
        .contains("KIRUNA KOMMUN SAMMANTRÄDESPROTOKOLL", "Sida 2 (3)");
    assertThat(minutes.pages().footers()).containsExactly("Justerandes sign Utdragsbestyrkande");
    assertThat(minutes.warnings()).isEmpty();
  }

  @Test
  void kommunfullmaktigeWithADecisionWithoutHeadingAndExpedieras() {
    ParsedMinutes minutes = parse("kommunfullmaktige-pitea-2011.txt");

    assertThat(minutes.meeting())
        .isEqualTo(
            new ParsedMeeting(
                "Kommunfullmäktige", LocalDate.of(2011, 9, 26), "Piteå kommun", null));
    ParsedItem motion = minutes.items().getFirst();
    assertThat(motion.number()).isEqualTo(112);
    assertThat(motion.title()).isEqualTo("Motion om cykelbana längs Öjagatan");
    assertThat(motion.caseNumber()).isEqualTo("941-2011");
    assertThat(motion.decision())
        .isEqualTo("Kommunfullmäktige beslutar att motionen anses besvarad.");
    assertThat(motion.confidence()).containsEntry("decision", 0.7);
    assertThat(motion.summary())
        .startsWith("Lars Nilsson (V) har i en motion föreslagit")
        .endsWith(
            "Kommunstyrelsen föreslår kommunfullmäktige besluta att motionen ska anses besvarad.");
    assertThat(motion.recipients()).containsExactly("Motionären", "Tekniska nämnden");

    ParsedItem tariff = minutes.items().get(1);
    assertThat(tariff.caseNumber()).isEqualTo("2011/KS 0206 001");
    assertThat(tariff.summary()).endsWith("kommunfullmäktiges beslut 2009-06-15 § 87.");
    assertThat(tariff.decision()).startsWith("Kommunfullmäktige antar taxa");
    assertThat(tariff.recipients()).containsExactly("Samhällsbyggnadsnämnden", "Ekonomikontoret");
    assertThat(minutes.pages().headers()).contains("PITEÅ KOMMUN", "SAMMANTRÄDESPROTOKOLL");
  }

  @Test
  void arbetsutskottWithTitlesOnTheHeadingLineAndUnderlagTillBeslut() {
    ParsedMinutes minutes = parse("arbetsutskottet-harnosand-2014.txt");

    assertThat(minutes.meeting().body()).isEqualTo("Kommunstyrelsens arbetsutskott");
    assertThat(minutes.meeting().municipality()).isEqualTo("Härnösands kommun");
    ParsedItem item = minutes.items().getFirst();
    assertThat(item.title()).isEqualTo("Styrgrupp för översiktsplan 2015");
    assertThat(item.caseNumber()).isEqualTo("KSKF/2014:1");
    assertThat(item.decisionBasis())
        .containsExactly(
            "Tjänsteskrivelse 2014-01-08", "Förslag till direktiv för översiktsplanearbetet");
    assertThat(item.decision()).startsWith("Arbetsutskottet beslutar att tillsätta en styrgrupp");
    // "Förslag till beslut" is the office's proposal, not the decision: it stays in the summary.
    assertThat(item.summary()).contains("Förslag till beslut\nKommunledningskontoret föreslår");
    assertThat(item.recipients())
        .containsExactly("Samhällsbyggnadsförvaltningen", "Kommunledningskontoret");
    assertThat(minutes.items().get(1).caseNumber()).isEqualTo("KSKF/2014:7");
    // The signature after the last item is not part of its decision.
    assertThat(minutes.items().get(1).decision())
        .isEqualTo("Arbetsutskottet tackar för informationen.");
    assertThat(minutes.unassigned())
        .containsExactly("Vid protokollet\n\nMaria Sjöberg, sekreterare");
  }

  @Test
  void anItemBrokenAcrossAPageIsJoinedBack() {
    ParsedMinutes minutes = parse("miljonamnden-lulea-2019.txt");

    assertThat(minutes.pages().count()).isEqualTo(2);
    ParsedItem item = minutes.items().get(1);
    assertThat(item.summary())
        .isEqualTo(
            "Stadsbyggnadskontoret har remitterat ett förslag till detaljplan för bostäder på Porsön."
                + " Planområdet ligger nära Luleälven och berörs av strandskydd."
                + " Miljöförvaltningen bedömer att planen kan genomföras om åtgärder vidtas mot buller"
                + " från Porsövägen och dagvattnet omhändertas lokalt.");
    assertThat(item.decisionBasis())
        .containsExactly("Tjänsteskrivelse 2019-04-30", "Planbeskrivning, samrådshandling");
    assertThat(minutes.pages().footers()).contains("Sida 1 av 2", "Sida 2 av 2");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kommunstyrelsen-kiruna-2018.txt",
        "kommunfullmaktige-pitea-2011.txt",
        "arbetsutskottet-harnosand-2014.txt",
        "miljonamnden-lulea-2019.txt"
      })
  void dropsNoLine(String fixture) {
    String input = MinutesFixtures.text(fixture);
    assertThat(MinutesFixtures.droppedLines(input, parse(fixture), true)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"windows-1252", "ISO-8859-1"})
  void readsLegacyEncodings(String encoding) {
    byte[] legacy =
        MinutesFixtures.text("kommunstyrelsen-kiruna-2018.txt").getBytes(Charset.forName(encoding));

    ParsedMinutes minutes = parser.parse(legacy);

    assertThat(minutes.items()).isEqualTo(parse("kommunstyrelsen-kiruna-2018.txt").items());
    assertThat(minutes.warnings()).singleElement().asString().contains("inte i UTF-8");
  }

  @Test
  void aSecondReadingThatSaysSomethingElseIsKeptNotDropped() {
    String text =
        String.join(
            "\n",
            List.of(
                "§ 5",
                "Budget 2024",
                "Dnr KS 2023/77",
                "",
                "Beslut",
                "Kommunstyrelsen beslutar att godkänna budgeten.",
                "",
                "§ 5",
                "Budget 2024",
                "Dnr KS 2023/77",
                "",
                "Beslut",
                "Kommunstyrelsen beslutar att återremittera ärendet till ekonomikontoret för ny beredning."));

    ParsedMinutes minutes = parser.parseText(text);

    assertThat(minutes.items())
        .singleElement()
        .extracting(ParsedItem::decision)
        .asString()
        .contains("återremittera");
    assertThat(minutes.unassigned())
        .containsExactly("Kommunstyrelsen beslutar att godkänna budgeten.");
    assertThat(minutes.warnings()).anyMatch(w -> w.contains("två läsningar av beslut skiljer sig"));
  }

  @Test
  void aCaseNumberPrintedBesideTheHeadingBelongsToItsItem() {
    String text =
        String.join(
            "\n",
            List.of(
                "Dnr KS 2018/124",
                "§ 45",
                "Årsredovisning 2017",
                "",
                "Beslut",
                "Kommunstyrelsen godkänner årsredovisningen.",
                "",
                "Beslutet skickas till",
                "Ekonomikontoret",
                "",
                "Dnr KS 2018/131",
                "§ 46",
                "Val av ombud",
                "",
                "Beslut",
                "Kommunstyrelsen utser Anna Berg (S) till ombud."));

    ParsedMinutes minutes = parser.parseText(text);

    assertThat(minutes.items())
        .extracting(ParsedItem::caseNumber)
        .containsExactly("KS 2018/124", "KS 2018/131");
    assertThat(minutes.items().getFirst().recipients()).containsExactly("Ekonomikontoret");
    assertThat(minutes.unassigned()).isEmpty();
  }

  private ParsedMinutes parse(String fixture) {
    return parser.parse(MinutesFixtures.path(fixture));
  }
}
