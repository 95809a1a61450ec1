package se.kansli.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.kansli.PdfAValidation;
import se.kansli.meetings.ItemMinutes.Ballot;
import se.kansli.meetings.ItemMinutes.BasisDocument;
import se.kansli.meetings.ItemMinutes.Dissent;
import se.kansli.meetings.ItemMinutes.Motion;
import se.kansli.meetings.ItemMinutes.Recipient;
import se.kansli.meetings.ItemMinutes.Vote;
import se.kansli.shared.NotFound;

class MinutesDocumentTest {

  static final String[] MUNICIPALITIES = {
    "Luleå", "Arjeplog", "Arvidsjaur", "Boden", "Gällivare", "Haparanda", "Jokkmokk",
    "Kalix", "Kiruna", "Pajala", "Piteå", "Älvsbyn", "Överkalix", "Övertorneå"
  };
  static final String SECRET_TITLE = "Förhandling om avtal med leverantören Hemlig AB";

  static final List<SeatView> members = seats(SeatKind.MEMBER);
  static final List<SeatView> substitutes = seats(SeatKind.SUBSTITUTE);

  static MinutesDocument document;
  static MeetingView meeting;
  static byte[] minutes;
  static byte[] extract;

  @BeforeAll
  static void render() {
    document = new MinutesDocument(templateEngine(), Optional.of(fixedClock()));
    meeting = meeting(List.of(audit(), budget(), procurement()));
    minutes = document.minutes(meeting, "Luleå kommun");
    extract =
        document.extract(meeting, meeting.items().get(1).id(), "Luleå kommun", "Sara Sekreterare");
  }

  @Test
  void theMinutesAndTheExtractAreTaggedPdfA2aAndAccessiblePdfUa1() {
    PdfAValidation.assertCompliant(minutes, PDFAFlavour.PDFA_2_A);
    PdfAValidation.assertCompliant(extract, PDFAFlavour.PDFA_2_A);
    PdfAValidation.assertCompliant(minutes, PDFAFlavour.PDFUA_1);
    PdfAValidation.assertCompliant(extract, PDFAFlavour.PDFUA_1);
  }

  @Test
  void theMinutesReadAsTheSeedMinutes() throws IOException {
    String text = text(minutes);

    assertThat(text)
        .contains("LULEÅ KOMMUN SAMMANTRÄDESPROTOKOLL")
        .contains("E-nämnden 2022-06-22")
        .contains("Stadshuset, Luleå")
        .contains("kl. 09.00–12.00")
        .contains("Anna Andersson (S), Luleå kommun, ordförande")
        .contains("tjänstgör för " + members.get(3).personName())
        .contains("Paragrafer § 8–10")
        .contains("Sara Sekreterare")
        .contains("Justerare")
        .contains("ANSLAG/BEVIS")
        .contains("Datum då anslaget sätts upp")
        .contains("§ 8")
        .contains("Ärendenr 2022/9-2.2.0.1")
        .contains("E-nämndens beslut")
        .contains("Sammanfattning av ärendet")
        .contains(members.get(4).personName() + ": Jag yrkar avslag.")
        .contains("Beslutsgång")
        .contains("Omröstningsresultat: 8 ja, 4 nej, 1 avstår.")
        .contains("Resultat: Bifall")
        .contains(
            members.get(4).personName() + " reserverar sig mot beslutet: Budgeten är för hög.")
        .contains(
            members.get(8).personName()
                + " deltar inte i handläggningen av ärendet på grund av jäv.")
        .contains("Beslutsunderlag")
        .contains("Beslutet skickas till")
        .contains("Justerandes signatur")
        .contains("Utdragsbestyrkande")
        .contains("Protokoll E-nämnden 2022-06-22 Sida 1 av 4")
        .contains("Protokoll E-nämnden 2022-06-22 Sida 4 av 4")
        .contains(SECRET_TITLE);
  }

  @Test
  void theExtractHoldsOnlyItsItemAndTheCertification() throws IOException {
    String text = text(extract);

    assertThat(text)
        .contains("LULEÅ KOMMUN SAMMANTRÄDESPROTOKOLL")
        .contains("Protokollsutdrag")
        .contains("§ 9")
        .contains("Budget 2023")
        .contains("Omröstningsresultat: 8 ja, 4 nej, 1 avstår.")
        .contains("Utdragsbestyrkande")
        .contains("Utdraget överensstämmer med protokollet.")
        .contains("Sara Sekreterare")
        .contains("2022-06-30")
        .doesNotContain("§ 8")
        .doesNotContain("§ 10")
        .doesNotContain(SECRET_TITLE)
        .doesNotContain("ANSLAG/BEVIS");
  }

  @Test
  void bothAreTaggedInSwedishWithATitleThatNamesNoItem() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(minutes)) {
      assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("sv");
      assertThat(pdf.getDocumentInformation().getTitle())
          .isEqualTo("Protokoll E-nämnden 2022-06-22");
    }
    try (PDDocument pdf = Loader.loadPDF(extract)) {
      assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("sv");
      assertThat(pdf.getDocumentInformation().getTitle())
          .isEqualTo("Protokollsutdrag E-nämnden 2022-06-22 § 9");
    }
  }

  @Test
  void aConfidentialItemIsInTheMinutesTextButNeverInTheirMetadata() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(minutes)) {
      String xmp =
          new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertThat(xmp).contains("Protokoll E-nämnden 2022-06-22").doesNotContain("Hemlig");
      assertThat(pdf.getDocumentInformation().getCOSObject().toString()).doesNotContain("Hemlig");
      assertThat(pdf.getDocumentCatalog().getDocumentOutline()).isNull();
    }
  }

  @Test
  void userTextIsPrintedLiterallyNeverAsMarkup() throws IOException {
    AgendaItemView item =
        item(8, "2022/9-2.2.0.1", "<script>alert('x')</script> & <b>fet</b>", false, null, null);
    byte[] pdf = document.minutes(meeting(List.of(item)), "Luleå kommun");

    assertThat(text(pdf)).contains("<script>alert('x')</script> & <b>fet</b>");
  }

  @Test
  void anExtractOfAnItemNotInTheMinutesIsNotFound() {
    assertThatThrownBy(
            () -> document.extract(meeting, AgendaItemId.random(), "Luleå kommun", "Sara"))
        .isInstanceOf(NotFound.class);
  }

  // --- The committee of 14 municipalities and its meeting of 2022-06-22, built in plain Java.

  static MeetingView meeting(List<AgendaItemView> items) {
    BodyView body = body();
    List<AttendanceView> attendance = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      SeatId member = members.get(i).id();
      AttendanceStatus status =
          i == 3 || i == 6 || i == 12 ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT;
      attendance.add(new AttendanceView(member, status, null));
      if (i == 3 || i == 6) {
        attendance.add(
            new AttendanceView(substitutes.get(i).id(), AttendanceStatus.SERVING, member));
      }
    }
    return new MeetingView(
        MeetingId.random(),
        body,
        LocalDate.of(2022, 6, 22),
        LocalTime.of(9, 0),
        LocalTime.of(12, 0),
        "Stadshuset, Luleå",
        true,
        MeetingStatus.NOTICE_SENT,
        null,
        "Maria Tjänsteperson, e-strateg",
        List.of(members.get(8).id()),
        "Stadshuset, Luleå",
        LocalDate.of(2022, 6, 29),
        null,
        null,
        items,
        attendance,
        1,
        false);
  }

  /** One member (the first chairs, the second is vice chair) or substitute per municipality. */
  static List<SeatView> seats(SeatKind kind) {
    List<SeatView> seats = new ArrayList<>();
    for (int i = 0; i < MUNICIPALITIES.length; i++) {
      String town = MUNICIPALITIES[i];
      boolean member = kind == SeatKind.MEMBER;
      seats.add(
          new SeatView(
              SeatId.random(),
              member ? (i == 0 ? "Anna Andersson" : "Ledamot " + town) : "Ersättare " + town,
              null,
              kind,
              member && i == 0 ? Office.CHAIR : member && i == 1 ? Office.VICE_CHAIR : null,
              town.toLowerCase(),
              town + " kommun",
              member ? "S" : "M",
              LocalDate.of(2019, 1, 1),
              LocalDate.of(2026, 12, 31)));
    }
    return List.copyOf(seats);
  }

  static BodyView body() {
    List<SeatView> seats = new ArrayList<>(members);
    seats.addAll(substitutes);
    return new BodyView(
        new BodyId(UUID.fromString("00000000-0000-0000-0000-000000000001")),
        "e-namnden",
        "Norrbottens e-nämnd",
        "E-nämnden",
        "E-nämnden",
        "Sara Sekreterare",
        "sara@example.se",
        seats);
  }

  static AgendaItemView audit() {
    return item(
        8,
        "2022/9-2.2.0.1",
        "Grundläggande granskning Kiruna och Gällivare kommun",
        false,
        null,
        List.of());
  }

  /** An item decided by a vote, with a proposal and a dissent. */
  static AgendaItemView budget() {
    List<SeatView> deciding = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      if (i != 3 && i != 6 && i != 12) {
        deciding.add(members.get(i));
      }
    }
    deciding.add(substitutes.get(3));
    deciding.add(substitutes.get(6));
    List<Ballot> ballots = new ArrayList<>();
    for (int i = 0; i < deciding.size(); i++) {
      VoteChoice choice = i < 8 ? VoteChoice.YES : i < 12 ? VoteChoice.NO : VoteChoice.ABSTAIN;
      ballots.add(new Ballot(deciding.get(i).id(), choice));
    }
    SeatId opponent = members.get(4).id();
    ItemMinutes minutes =
        new ItemMinutes(
            "Budget 2023",
            "E-nämnden beslutar att godkänna budgeten för 2023.",
            "Budgeten för 2023 är upprättad enligt beslutade fördelningsmodeller.",
            null,
            List.of(new Motion(opponent, "Jag yrkar avslag.")),
            "Ordföranden ställer förslagen mot varandra och finner att nämnden bifaller"
                + " ordförandens förslag. Votering begärs.",
            new Vote("Ja för ordförandens förslag, nej för avslag.", ballots),
            List.of(new Dissent(opponent, "Budgeten är för hög.")),
            List.of(),
            List.of(new BasisDocument(null, "Budget 2023, fördelning 2023")),
            List.of(new Recipient("Luleå kommun", null)));
    return new AgendaItemView(
        AgendaItemId.random(),
        2,
        9,
        UUID.randomUUID(),
        "2022/13-2.2.0.1",
        "Budget 2023",
        null,
        false,
        minutes,
        false);
  }

  /** A confidential item, where one member had a conflict of interest. */
  static AgendaItemView procurement() {
    return item(
        10, "2022/14-2.2.0.1", SECRET_TITLE, true, "Upphandling", List.of(members.get(8).id()));
  }

  static AgendaItemView item(
      int paragraph,
      String caseNumber,
      String title,
      boolean confidential,
      String publicTitle,
      List<SeatId> conflicts) {
    ItemMinutes minutes =
        new ItemMinutes(
            title,
            "E-nämnden beslutar att lägga informationen till handlingarna.",
            "Norrbottens e-nämnd ska granskas årligen av alla ingående parter.",
            "Kommunerna lämnar synpunkter och rekommendationer.",
            List.of(),
            null,
            null,
            List.of(),
            conflicts,
            List.of(new BasisDocument(UUID.randomUUID(), "Revisionsrapport e-nämnden")),
            List.of(new Recipient("Kiruna kommun", null), new Recipient("Gällivare kommun", null)));
    return new AgendaItemView(
        AgendaItemId.random(),
        paragraph - 7,
        paragraph,
        UUID.randomUUID(),
        caseNumber,
        title,
        publicTitle,
        confidential,
        minutes,
        false);
  }

  static SpringTemplateEngine templateEngine() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    engine.setEnableSpringELCompiler(true);
    return engine;
  }

  static Clock fixedClock() {
    return Clock.fixed(Instant.parse("2022-06-30T08:00:00Z"), ZoneOffset.UTC);
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // Lines wrap where the layout decides; the words and their order are what count.
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
