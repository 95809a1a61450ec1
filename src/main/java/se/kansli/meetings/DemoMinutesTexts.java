package se.kansli.meetings;

import java.util.List;
import se.kansli.meetings.ItemMinutes.BasisDocument;
import se.kansli.meetings.ItemMinutes.Motion;
import se.kansli.meetings.ItemMinutes.Recipient;

/** Demo only: the seed minutes' §8–§16 of 2022-06-22, with å, ä and ö restored. */
final class DemoMinutesTexts {

  private DemoMinutesTexts() {}

  private static final String AUDIT =
      "Norrbottens e-nämnd ska granskas årligen av alla ingående parter (kommunerna). Varje"
          + " kommun gör sin egen granskning och lämnar synpunkter och rekommendationer för"
          + " nämnden att ta med sig i utveckling av verksamheten och nämndens ansvarsutövande."
          + " I granskningen kan även frågor rörande ansvarsfrihet uppstå.";

  private static final String FILED =
      "E-nämnden beslutar att lägga informationen till handlingarna.";

  static List<ItemMinutes> items(SeatId remarker) {
    return List.of(
        item(
            "E-nämnden beslutar att ta med revisionens synpunkter och rekommendationer i nämndens"
                + " utvecklingsarbete och hänvisar till beslut vid e-nämndens sammanträde"
                + " 2021-12-16 där nämnden antagit verksamhetsplan för året 2022 innehållande"
                + " årshjul samt direktiv för hur rapportering för olika moment som ingår i"
                + " årshjulet ska ske.",
            AUDIT
                + "\n\nKiruna kommun och Gällivare kommun har genomfört grundläggande granskning"
                + " på nämnden för året 2021 och rekommenderar att nämnden säkerställer att"
                + " årshjul upprättas i enlighet med nämndens åtgärdsplan samt att direktiv för"
                + " rapportering till nämnden inkluderas i årshjulet.",
            List.of(
                "Grundläggande granskning av Norrbottens E-nämnd år 2021",
                "Revisionsrapport e-nämnden"),
            List.of(
                new Recipient("Gällivare kommun", "registrator@gallivare.example"),
                new Recipient("Kiruna kommun", "registrator@kiruna.example"))),
        item(
            "E-nämnden beslutar att ta med revisionens synpunkter och rekommendationer i nämndens"
                + " utvecklingsarbete och hänvisar till beslut vid e-nämndens sammanträde"
                + " 2021-12-16 där nämnden antagit verksamhetsplan för året 2022 innehållande"
                + " beslutade kontrollmoment samt hur kontroll av dessa sker. Återrapportering"
                + " till nämnden sker under året vid delårsrapport 2.",
            AUDIT
                + "\n\nArvidsjaurs kommun rekommenderar att säkerställa att samtliga"
                + " kontrollmoment i internkontrollplanen följs upp.",
            List.of("Kf 41"),
            List.of(new Recipient("Arvidsjaurs kommun", "registrator@arvidsjaur.example"))),
        item(
            FILED,
            AUDIT
                + "\n\nÄlvsbyns kommun har genomfört grundläggande granskning på nämnden för året"
                + " 2021 och lämnar inga särskilda rekommendationer till Norrbottens e-nämnd.",
            List.of(
                "Slutdokument grundläggande granskning Ån 2021",
                "Grundläggande granskning 2021 Ån"),
            List.of()),
        item(
            FILED,
            "Ingående kommuner driver en gemensam förstudie för att utreda möjligheterna och"
                + " förutsättningarna kring ett gemensamt IT-stöd för HR-processerna i länet."
                + " Nämnden accepterade vid sammanträde 2022-03-16 § 2 att förstudien ska"
                + " samordnas och drivas genom Norrbottens e-nämnd. Styrgruppen har beslutat att"
                + " revidera förstudiedirektivet till att endast innefatta löneprocesserna.",
            List.of(
                "Förstudiedirektiv Rev B",
                "Protokoll styrgrupp gemensamt HR 220504",
                "E-nämndens beslut 2022-03-16 § 2"),
            List.of()),
        new ItemMinutes(
            null,
            "E-nämnden beslutar att godkänna budgeten för 2023.",
            "Budgeten för 2023 är upprättad enligt beslutade fördelningsmodeller och i enlighet"
                + " med gällande samverkansavtal. Summa intäkter 7 618 100 kr, summa kostnader"
                + " 7 618 100 kr, rörelseresultat 0 kr. Uppräkning med AKI enligt"
                + " samverkansavtalet. Transaktionskostnader för BankID, signering, Freja och SMS"
                + " tillkommer, beräknade till 175 800 kr för 2023.",
            null,
            List.of(
                new Motion(
                    remarker,
                    "Påpekar att kostnad uppdelat per kommun saknas för Verksamhetsutvecklare"
                        + " e-tjänster.")),
            "Ordföranden föreslår att nämnden godkänner budgeten för 2023 och att protokollet"
                + " kompletteras med kostnad per kommun för Verksamhetsutvecklare e-tjänster."
                + " Ordföranden ställer sitt eget förslag till beslut under proposition och"
                + " finner att e-nämnden bifaller beslutet.",
            null,
            null,
            null,
            basis(List.of("Budget 2023, fördelning 2023, budget 2022")),
            null),
        item(
            FILED,
            "Sex av de ingående kommunerna i Norrbottens e-nämnd har bedrivit en gemensam"
                + " förstudie inom området e-learning för att utreda förutsättningarna kring en"
                + " gemensam e-learningplattform/kursportal.",
            List.of(
                "Förstudierapport e-learning rev A 22-06-13",
                "Presentation förstudierapport e-learning rev A 22-06-13"),
            List.of()),
        item(
            FILED,
            "Inom ramen för Norrbottens e-nämnd pågår aktiviteter som utgår från en beslutad"
                + " verksamhetsplan: gemensamt datacenter, upphandling av system för"
                + " socialtjänsten, elevhälsosystem, digitala signaturer, e-tjänsteplattformen,"
                + " räddningstjänstens system och e-arkiv.",
            List.of(),
            List.of()),
        item(
            FILED,
            "Norrbottens e-nämnd har sedan 2013 ett upprättat reglemente med tillhörande"
                + " samverkansavtal (samverkansavtal reviderat 2016). När ett färdigt förslag till"
                + " revidering finns bereds det till nämnden, som beslutar om förslaget ska gå"
                + " vidare till respektive kommunfullmäktige.",
            List.of(),
            List.of()),
        item(
            "E-nämnden beslutar att godkänna delårsrapporten för perioden januari – 31 maj 2022.",
            "Delårsrapporten omfattar januari–maj 2022 och rapporterar prognosen för hur"
                + " Norrbottens e-nämnd kommer att uppfylla verksamhetsmålen samt ekonomisk"
                + " redovisning för perioden. Vid nämndsammanträdet 16 mars deltog 9 av 14"
                + " ledamöter (64 %) mot målet 75 %.",
            List.of("Delårsrapport 2022"),
            List.of()));
  }

  private static ItemMinutes item(
      String decision, String summary, List<String> basis, List<Recipient> recipients) {
    return new ItemMinutes(
        null, decision, summary, null, null, null, null, null, null, basis(basis), recipients);
  }

  private static List<BasisDocument> basis(List<String> titles) {
    return titles.stream().map(t -> new BasisDocument(null, t)).toList();
  }
}
