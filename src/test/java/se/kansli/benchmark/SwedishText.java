package se.kansli.benchmark;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Registry-like Swedish text for the benchmark: case titles, descriptions, document descriptions,
 * counterparts and the searches a registrar makes. Words and places are real Norrbotten ones so
 * that full-text search (Swedish stemmer, folded diacritics) meets the word frequencies of a real
 * diarium: a few very common words ("ansökan", "beslut"), many rare ones (names, properties).
 */
final class SwedishText {

  private SwedishText() {}

  /** A kind of case: how often it comes, its class in the scheme, and how its title reads. */
  record Kind(int weight, String code, String[] titles) {}

  static final List<Kind> KINDS =
      List.of(
          new Kind(
              18,
              "3.1.1",
              new String[] {
                "Ansökan om bygglov för %b på fastigheten %f",
                "Ansökan om rivningslov för %b på fastigheten %f",
                "Förhandsbesked för %b på fastigheten %f"
              }),
          new Kind(6, "3.1.1", new String[] {"Ansökan om strandskyddsdispens för %b vid %s, %f"}),
          new Kind(
              12,
              "3.1.3",
              new String[] {
                "Begäran om allmän handling gällande %t",
                "Begäran om utlämnande av handlingar rörande %t"
              }),
          new Kind(
              10,
              "3.1.2",
              new String[] {"Klagomål på %k vid %a", "Synpunkt på %t", "Synpunkter på %k i %o"}),
          new Kind(
              8,
              "3.1.1",
              new String[] {
                "Ansökan om bostadsanpassningsbidrag, %a",
                "Ansökan om färdtjänst och riksfärdtjänst",
                "Ansökan om skolskjuts för elev vid %e",
                "Ansökan om serveringstillstånd för %r"
              }),
          new Kind(
              7,
              "2.2.0.1",
              new String[] {
                "Yttrande till %m över %x",
                "Remiss från %m: %x",
                "Motion om %t",
                "Medborgarförslag om %t"
              }),
          new Kind(
              6,
              "2.2.0.1",
              new String[] {
                "Överklagande av beslut om %d", "Laglighetsprövning av nämndens beslut om %d"
              }),
          new Kind(5, "2.1.2.1", new String[] {"Upphandling av %u", "Direktupphandling av %u"}),
          new Kind(
              4, "2.1.2.2", new String[] {"Avtal med %c om %u", "Förlängning av ramavtal för %u"}),
          new Kind(
              4,
              "1.1.2.2",
              new String[] {
                "Granskning av %g",
                "Uppföljning av internkontrollplan, %g",
                "Revisionsrapport om %g"
              }),
          new Kind(
              4,
              "2.3.1.2",
              new String[] {"Informationssäkerhetsincident i %i", "Personuppgiftsincident i %i"}),
          new Kind(
              4, "2.3.1.1", new String[] {"Förvaltning av %i", "Införande av e-tjänst för %t"}),
          new Kind(
              3, "1.1.1.2", new String[] {"Delårsrapport för %o", "Verksamhetsuppföljning av %o"}),
          new Kind(
              3,
              "2.2.1.1",
              new String[] {"Sammanträdesplan för %o", "Kallelse till sammanträde med %o"}),
          new Kind(
              3,
              "3.1.1",
              new String[] {"Tillsyn av %k på fastigheten %f", "Anmälan om %n på fastigheten %f"}),
          new Kind(
              3, "2.4.1", new String[] {"Utbildning i %t för personal", "Kompetensplan för %o"}));

  static final int TOTAL_WEIGHT = KINDS.stream().mapToInt(Kind::weight).sum();

  static final String[] BUILDINGS = {
    "nybyggnad av enbostadshus",
    "tillbyggnad av fritidshus",
    "uppförande av garage",
    "nybyggnad av förråd",
    "rivning av ekonomibyggnad",
    "ändrad användning av lokal",
    "installation av eldstad",
    "uppförande av altan",
    "nybyggnad av bastu",
    "uppförande av attefallshus",
    "fasadändring av flerbostadshus",
    "nybyggnad av carport",
    "uppförande av mast",
    "nybyggnad av industrilokal",
    "uppförande av solcellsanläggning"
  };

  static final String[] TOPICS = {
    "snöröjning",
    "vinterväghållning",
    "skolmåltider",
    "hemtjänst",
    "äldreboende",
    "gatubelysning",
    "kollektivtrafik",
    "biblioteket",
    "simhallen",
    "förskoleplats",
    "bredband",
    "återvinningscentralen",
    "skoterleder",
    "fritidsgården",
    "detaljplanen",
    "renhållning",
    "badplatsen",
    "lekplatsen",
    "konstgräsplanen",
    "dricksvatten",
    "avlopp",
    "e-tjänster",
    "webbplatsen",
    "nämndens protokoll",
    "löner och arvoden"
  };

  static final String[] NUISANCES = {
    "buller",
    "nedskräpning",
    "störande belysning",
    "dålig snöröjning",
    "hundar",
    "eldning",
    "parkering",
    "fukt och mögel",
    "ohyra",
    "skotertrafik",
    "lukt från avlopp",
    "skrotbilar"
  };

  static final String[] AUTHORITIES = {
    "Länsstyrelsen i Norrbottens län",
    "Trafikverket",
    "Region Norrbotten",
    "Naturvårdsverket",
    "Skolverket",
    "Socialstyrelsen",
    "Boverket",
    "Sametinget",
    "Finansdepartementet",
    "Myndigheten för digital förvaltning",
    "Integritetsskyddsmyndigheten",
    "Skogsstyrelsen"
  };

  static final String[] REFERRALS = {
    "förslag till regional transportplan",
    "ny vattenförvaltningsplan för Bottenvikens vattendistrikt",
    "betänkandet om en modern arkivlag",
    "förslag till föreskrifter om digital tillgänglighet",
    "samrådsunderlag för vindkraftpark",
    "ändrade regler för skoterleder",
    "förslag till naturreservat",
    "regional utvecklingsstrategi",
    "förslag om gemensam e-arkivlösning",
    "tillstånd för gruvverksamhet"
  };

  static final String[] DECISIONS = {
    "bygglov",
    "avslag på bostadsanpassningsbidrag",
    "skolskjuts",
    "försörjningsstöd",
    "serveringstillstånd",
    "föreläggande om rättelse",
    "avgift för tillsyn",
    "strandskyddsdispens",
    "färdtjänst",
    "utlämnande av allmän handling"
  };

  static final String[] PROCUREMENTS = {
    "skolskjutstjänster",
    "livsmedel till skolor och förskolor",
    "snöröjning och halkbekämpning",
    "e-arkiv",
    "ärendehanteringssystem",
    "it-säkerhetstjänster",
    "städtjänster",
    "datorer och skrivare",
    "konsulttjänster inom digitalisering",
    "telefoni och växeltjänst",
    "byggentreprenad för ny förskola",
    "fordon till hemtjänsten"
  };

  static final String[] COMPANIES = {
    "Norrbottens Energi AB",
    "Polarbröd AB",
    "LKAB",
    "Tieto Sverige AB",
    "Atea Sverige AB",
    "Luleå Energi AB",
    "Norrlandskonsult AB",
    "Byggnadsfirma Lantto AB",
    "Snöröjning i Pajala AB",
    "Arctic Datacenter AB",
    "Kalix Buss AB",
    "Nordkalottens Städ AB"
  };

  static final String[] AUDITS = {
    "nämndens interna kontroll",
    "informationssäkerhetsarbetet",
    "arkivhanteringen",
    "diarieföringen",
    "behörighetshanteringen",
    "avtalsuppföljningen",
    "ekonomistyrningen",
    "dataskyddsarbetet",
    "kostnadsfördelningen mellan medlemskommunerna"
  };

  static final String[] SYSTEMS = {
    "e-tjänsteplattformen",
    "ärendehanteringssystemet",
    "lönesystemet",
    "skolplattformen",
    "växelsystemet",
    "e-arkivet",
    "ekonomisystemet",
    "journalsystemet",
    "fakturahanteringen",
    "identitetshanteringen"
  };

  static final String[] BODIES = {
    "kommunfullmäktige",
    "kommunstyrelsen",
    "byggnadsnämnden",
    "socialnämnden",
    "barn- och utbildningsnämnden",
    "miljö- och byggnadsnämnden",
    "e-nämnden",
    "tekniska nämnden",
    "kultur- och fritidsnämnden"
  };

  static final String[] NOTIFICATIONS = {
    "installation av värmepump",
    "enskilt avlopp",
    "livsmedelsverksamhet",
    "miljöfarlig verksamhet",
    "hästhållning",
    "cistern för eldningsolja"
  };

  static final String[] RESTAURANTS = {
    "Restaurang Norrsken",
    "Pizzeria Tornedalen",
    "Hotell Lappland",
    "Café Älvsbyn",
    "Krogen vid älven",
    "Fjällstugan"
  };

  static final String[] LAKES = {
    "Luleälven",
    "Torneälven",
    "Kalixälven",
    "Piteälven",
    "Hornavan",
    "Torneträsk",
    "Vassara träsk",
    "Storsjön",
    "Kallaxfjärden",
    "Sandviken"
  };

  static final String[] STREETS = {
    "Storgatan",
    "Skolgatan",
    "Köpmangatan",
    "Hamngatan",
    "Kyrkogatan",
    "Järnvägsgatan",
    "Norra Strandgatan",
    "Björkvägen",
    "Tallvägen",
    "Myrvägen",
    "Älvgatan",
    "Fjällvägen"
  };

  static final String[] SCHOOLS = {
    "Centralskolan", "Västerskolan", "Björkskolan", "Norrskenets skola", "Älvskolan", "Byskolan"
  };

  static final String[] FIRST_NAMES = {
    "Anna",
    "Erik",
    "Maria",
    "Lars",
    "Karin",
    "Johan",
    "Eva",
    "Per",
    "Elin",
    "Nils",
    "Sara",
    "Anders",
    "Kristina",
    "Mikael",
    "Lena",
    "Jonas",
    "Ingrid",
    "Olof",
    "Aino",
    "Juhani",
    "Märta",
    "Åsa",
    "Göran",
    "Sofia",
    "Björn",
    "Linnéa",
    "Hampus",
    "Ellinor",
    "Tomas",
    "Margareta"
  };

  static final String[] SURNAMES = {
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Lundström",
    "Nordström",
    "Öhman",
    "Wikström",
    "Lindqvist",
    "Sjöberg",
    "Holmgren",
    "Keskitalo",
    "Niemi",
    "Lantto",
    "Palo",
    "Kuoppa",
    "Sarri",
    "Labba",
    "Blind",
    "Kuhmunen",
    "Marklund",
    "Lindbäck",
    "Öberg",
    "Granström",
    "Burman",
    "Hedström",
    "Rova",
    "Tapani",
    "Juuso",
    "Isaksson"
  };

  static final String[] OUTCOMES = {"Beviljat", "Avslag", "Avskrivet", "Besvarat", "Utlämnat"};

  /** Villages and city districts, giving property designations such as "Porsön 12:4". */
  static final Map<String, String[]> PLACES =
      Map.ofEntries(
          Map.entry("arjeplog", new String[] {"Laisvall", "Slagnäs", "Mellanström", "Arjeplog"}),
          Map.entry(
              "arvidsjaur", new String[] {"Glommersträsk", "Moskosel", "Auktsjaur", "Arvidsjaur"}),
          Map.entry("boden", new String[] {"Harads", "Gunnarsbyn", "Sävast", "Svartlå", "Boden"}),
          Map.entry(
              "gallivare",
              new String[] {"Malmberget", "Koskullskulle", "Nattavaara", "Hakkas", "Gällivare"}),
          Map.entry("haparanda", new String[] {"Nikkala", "Seskarö", "Karungi", "Haparanda"}),
          Map.entry("jokkmokk", new String[] {"Porjus", "Kvikkjokk", "Vuollerim", "Jokkmokk"}),
          Map.entry("kalix", new String[] {"Nyborg", "Töre", "Sangis", "Rolfs", "Kalix"}),
          Map.entry(
              "kiruna",
              new String[] {"Tuolluvaara", "Jukkasjärvi", "Vittangi", "Karesuando", "Abisko"}),
          Map.entry(
              "lulea",
              new String[] {
                "Gammelstad", "Bergnäset", "Porsön", "Hertsön", "Råneå", "Sunderbyn", "Björkskatan"
              }),
          Map.entry("pajala", new String[] {"Junosuando", "Korpilombolo", "Tärendö", "Pajala"}),
          Map.entry("pitea", new String[] {"Hortlax", "Norrfjärden", "Rosvik", "Öjebyn", "Piteå"}),
          Map.entry("alvsbyn", new String[] {"Vidsel", "Korsträsk", "Vistträsk", "Älvsbyn"}),
          Map.entry("overkalix", new String[] {"Tallvik", "Lansjärv", "Överkalix"}),
          Map.entry(
              "overtornea", new String[] {"Svanstein", "Juoksengi", "Hietaniemi", "Övertorneå"}));

  static String pick(SplittableRandom r, String[] words) {
    return words[r.nextInt(words.length)];
  }

  static String person(SplittableRandom r) {
    return pick(r, FIRST_NAMES) + " " + pick(r, SURNAMES);
  }

  static String property(SplittableRandom r, String org) {
    return pick(r, PLACES.get(org)) + " " + (1 + r.nextInt(60)) + ":" + (1 + r.nextInt(40));
  }

  static String address(SplittableRandom r, String org) {
    return pick(r, STREETS) + " " + (1 + r.nextInt(80)) + ", " + pick(r, PLACES.get(org));
  }

  static Kind kind(SplittableRandom r) {
    int n = r.nextInt(TOTAL_WEIGHT);
    for (Kind k : KINDS) {
      n -= k.weight();
      if (n < 0) {
        return k;
      }
    }
    throw new IllegalStateException();
  }

  /** A title from one of the kind's templates, its placeholders filled for the organisation. */
  static String title(SplittableRandom r, Kind kind, String org) {
    String template = pick(r, kind.titles());
    StringBuilder out = new StringBuilder(template.length() + 40);
    for (int i = 0; i < template.length(); i++) {
      char ch = template.charAt(i);
      if (ch != '%') {
        out.append(ch);
        continue;
      }
      char p = template.charAt(++i);
      out.append(
          switch (p) {
            case 'b' -> pick(r, BUILDINGS);
            case 'f' -> property(r, org);
            case 's' -> pick(r, LAKES);
            case 't' -> pick(r, TOPICS);
            case 'k' -> pick(r, NUISANCES);
            case 'a' -> address(r, org);
            case 'o' -> pick(r, BODIES);
            case 'e' -> pick(r, SCHOOLS) + " i " + pick(r, PLACES.get(org));
            case 'r' -> pick(r, RESTAURANTS) + ", " + pick(r, PLACES.get(org));
            case 'm' -> pick(r, AUTHORITIES);
            case 'x' -> pick(r, REFERRALS);
            case 'd' -> pick(r, DECISIONS);
            case 'u' -> pick(r, PROCUREMENTS);
            case 'c' -> pick(r, COMPANIES);
            case 'g' -> pick(r, AUDITS);
            case 'i' -> pick(r, SYSTEMS);
            case 'n' -> pick(r, NOTIFICATIONS);
            default -> throw new IllegalStateException("Unknown placeholder %" + p);
          });
    }
    return out.toString();
  }

  private static final String[] DESCRIPTION_OPENINGS = {
    "%p har inkommit med ärendet via e-tjänst.",
    "Ärendet inkom per post från %p.",
    "%p har lämnat in handlingar i ärendet.",
    "Ärendet har väckts av %o.",
    "Ärendet avser %t i %l.",
    "Inkommen skrivelse från %p som rör %t."
  };

  private static final String[] DESCRIPTION_CLOSINGS = {
    "Kompletteringar har begärts.",
    "Ärendet ska beredas till nämnden.",
    "Beslut fattas på delegation.",
    "Yttrande från berörda grannar inhämtas.",
    "Handläggningen har påbörjats.",
    "Platsbesök planeras under hösten.",
    "Ärendet samordnas med förvaltningen.",
    "Sökanden har underrättats om handläggningstiden.",
    ""
  };

  static String description(SplittableRandom r, String org, String applicant) {
    String opening = pick(r, DESCRIPTION_OPENINGS);
    return opening
            .replace("%p", applicant)
            .replace("%o", pick(r, BODIES))
            .replace("%t", pick(r, TOPICS))
            .replace("%l", pick(r, PLACES.get(org)))
        + " "
        + pick(r, DESCRIPTION_CLOSINGS);
  }

  static final String[] INCOMING = {
    "Ansökan med bilagor",
    "Inkommen skrivelse",
    "Komplettering av ansökan",
    "Ritningar och situationsplan",
    "Yttrande från granne",
    "Fullmakt",
    "E-post med frågor om handläggningen"
  };

  static final String[] OUTGOING = {
    "Begäran om komplettering",
    "Beslut",
    "Delgivning av beslut",
    "Mottagningsbevis",
    "Underrättelse till grannar",
    "Svar på fråga",
    "Utlämnande av handlingar"
  };

  static final String[] INTERNAL = {
    "Tjänsteskrivelse",
    "Tjänsteanteckning från platsbesök",
    "Protokollsutdrag",
    "Delegationsbeslut",
    "Minnesanteckningar från möte",
    "Kontrollplan"
  };

  /**
   * What the registrars search for, as they type it: one or two words, names and properties, often
   * without å, ä and ö. The place words (%l) are the searching registrar's own villages.
   */
  static final String[] SEARCHES = {
    "bygglov",
    "bygglov %l",
    "namnden",
    "strandskyddsdispens",
    "serveringstillstand",
    "%s",
    "%n %s",
    "allmän handling",
    "overklagande bygglov",
    "bostadsanpassningsbidrag",
    "skolskjuts",
    "%l",
    "%l %d",
    "informationssakerhetsincident",
    "enbostadshus",
    "klagomål buller",
    "fardtjanst",
    "upphandling e-arkiv",
    "granskning diarieforingen",
    "personuppgiftsincident",
    "attefallshus",
    "snoröjning",
    "Lansstyrelsen yttrande",
    "ramavtal",
    "ansokan"
  };

  static String search(SplittableRandom r, String org) {
    String[] places = PLACES.get(org);
    return pick(r, SEARCHES)
        .replace("%l", pick(r, places))
        .replace("%s", pick(r, SURNAMES))
        .replace("%n", pick(r, FIRST_NAMES))
        .replace("%d", (1 + r.nextInt(60)) + ":" + (1 + r.nextInt(40)));
  }
}
