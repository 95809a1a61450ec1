package se.kansli.minutesimport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the page headers and footers that a printed protocol repeats on every page: the
 * municipality and "SAMMANTRÄDESPROTOKOLL", the body and date under it, "Justerandes signatur /
 * Utdragsbestyrkande", "Sida 6 av 22", the signing stamp "(Signerat, SHA-256 …)" and lone page
 * numbers. In a PDF, lines that repeat at the top or bottom of most pages are furniture too,
 * whatever they say. Headers and footers are taken out of the text and kept as metadata, and the
 * meeting's municipality, body and date are read from them.
 */
final class PageFurniture {

  private static final Pattern SIGNATURE =
      Pattern.compile(
          "signerat\\s*[,.]?\\s*sha\\s*-?\\s*256\\s*[:]?\\s*([0-9a-f]{64})",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PAGE_OF =
      Pattern.compile(
          "^(?<before>.*?)\\b(?:sida|sid\\.?|s\\.)\\s*(?<n>\\d{1,4})\\s*(?:\\(|av\\b|/|\\s)\\s*(?<of>\\d{1,4})\\s*\\)?$");
  private static final Pattern PAGE_ONLY = Pattern.compile("^(?<before>.*?)\\bsida\\s*\\d{1,4}$");
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("^[-–(]?\\s*\\d{1,3}\\s*(?:\\(\\s*\\d{1,3}\\s*\\))?\\s*[-–)]?$");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern BODY_DATE =
      Pattern.compile(
          "^(?:\\S{1,2}\\s+)?(?<body>\\p{L}[\\p{L}\\-. ]{1,60}?)\\s*,?\\s+(?<date>\\d{4}-\\d{2}-\\d{2})$");
  private static final Pattern PROTOCOL_WORD =
      Pattern.compile(
          "^(?:sammantradesprotokoll|protokollsutdrag|protokoll)\\s*", Pattern.CASE_INSENSITIVE);

  private static final int HEADER_ZONE = 4;
  private static final int MAX_FURNITURE_WORDS = 10;

  /** A line on at least this share of pages, at their top or bottom, is furniture. */
  private static final double REPEATED_SHARE = 0.5;

  private static final int EDGE_LINES = 3;

  private enum Kind {
    CONTENT,
    HEADER,
    FOOTER
  }

  private final List<SourceLine> lines;
  private final Kind[] kinds;
  private final List<String> municipalities = new ArrayList<>();
  private final List<BodyDate> bodyDates = new ArrayList<>();
  private final List<String> hashes = new ArrayList<>();

  private PageFurniture(List<SourceLine> lines) {
    this.lines = lines;
    this.kinds = new Kind[lines.size()];
    Arrays.fill(kinds, Kind.CONTENT);
  }

  static Furniture scan(List<SourceLine> lines, boolean pagesAreReal) {
    PageFurniture scan = new PageFurniture(lines);
    scan.markKnownFurniture();
    if (pagesAreReal) {
      scan.markRepeatedEdges();
    }
    return scan.result();
  }

  private void markKnownFurniture() {
    boolean atTop = true;
    boolean afterFooter = false;
    int page = -1;
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if (line.page() != page) {
        page = line.page();
        atTop = true;
        afterFooter = false;
      }
      if (line.isBlank() || kinds[i] != Kind.CONTENT) {
        continue;
      }
      // A page number right under the attestation box still belongs to the footer.
      Kind kind = classify(i, atTop && !afterFooter);
      kinds[i] = kind;
      afterFooter = kind == Kind.FOOTER;
      if (kind == Kind.HEADER && isProtocolHeader(line.text())) {
        markMunicipalityAbove(i);
        markHeaderZone(i);
      }
      if (kind == Kind.FOOTER) {
        atTop = true;
      } else if (kind == Kind.CONTENT) {
        atTop = false;
      }
    }
  }

  private Kind classify(int i, boolean atTop) {
    String text = lines.get(i).text();
    String folded = Fold.of(text);
    Kind edge = atTop ? Kind.HEADER : Kind.FOOTER;
    // The cheap contains() checks spare the regular expressions on ordinary lines.
    if (folded.contains("sha")) {
      Matcher signature = SIGNATURE.matcher(folded);
      if (signature.find()) {
        hashes.add(text.substring(signature.start(1), signature.end(1)));
        return Kind.FOOTER;
      }
    }
    String[] words = Fold.key(text).split(" ");
    if (words.length <= MAX_FURNITURE_WORDS) {
      if (isProtocolHeader(words)) {
        readMunicipality(text);
        return Kind.HEADER;
      }
      if (isAttestationBox(words)) {
        return Kind.FOOTER;
      }
    }
    if (text.length() < 100 && (folded.contains("sid") || folded.contains("s."))) {
      Matcher pageOf = PAGE_OF.matcher(folded);
      Matcher pageOnly = PAGE_ONLY.matcher(folded);
      if (pageOf.matches() || pageOnly.matches()) {
        String before = pageOf.matches() ? pageOf.group("before") : pageOnly.group("before");
        readBodyDate(text.substring(0, before.length()).strip());
        return edge;
      }
    }
    if (PAGE_NUMBER.matcher(text).matches() && standsAlone(i)) {
      return edge;
    }
    return Kind.CONTENT;
  }

  /** "LULEÅ KOMMUN SAMMANTRÄDESPROTOKOLL", "Protokollsutdrag", "Sammanträdesdatum". */
  static boolean isProtocolHeader(String text) {
    return isProtocolHeader(Fold.key(text).split(" "));
  }

  private static boolean isProtocolHeader(String[] words) {
    if (words.length > 8) {
      return false;
    }
    for (String word : words) {
      if (EditDistance.within(word, "sammantradesprotokoll", 3) <= 3
          || EditDistance.within(word, "protokollsutdrag", 2) <= 2
          || EditDistance.within(word, "sammantradesdatum", 2) <= 2) {
        return true;
      }
    }
    return words.length == 1 && words[0].equals("protokoll");
  }

  /** "Justerandes signatur / Beslutandes underskrift / Utdragsbestyrkande". */
  private static boolean isAttestationBox(String[] words) {
    for (String word : words) {
      if (EditDistance.within(word, "utdragsbestyrkande", 2) <= 2
          || isGenitive(word, "justerandes")
          || isGenitive(word, "beslutandes")
          || word.equals("justerandessign")) {
        return true;
      }
    }
    return false;
  }

  /** "Justerandes" but not "Justerande": the front page lists the attesters under the latter. */
  private static boolean isGenitive(String word, String genitive) {
    return word.endsWith("s") && EditDistance.within(word, genitive, 1) <= 1;
  }

  /**
   * The lines right under a protocol header: the body and date ("E-nämnden 2022-06-22"), and specks
   * the scanner read as letters.
   */
  private void markHeaderZone(int header) {
    int seen = 0;
    for (int i = header + 1; i < lines.size() && seen < HEADER_ZONE; i++) {
      SourceLine line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      if (line.page() != lines.get(header).page()) {
        return;
      }
      seen++;
      String text = line.text();
      if (isProtocolHeader(text)) {
        kinds[i] = Kind.HEADER;
        continue;
      }
      if (isSpeck(text)) {
        kinds[i] = Kind.HEADER;
        continue;
      }
      Matcher bodyDate = BODY_DATE.matcher(text);
      if (bodyDate.matches() || ISO_DATE.matcher(text).matches()) {
        kinds[i] = Kind.HEADER;
        readBodyDate(text);
        continue;
      }
      if (kinds[i] == Kind.CONTENT) {
        return;
      }
    }
  }

  /** "PITEÅ KOMMUN" on its own line above "SAMMANTRÄDESPROTOKOLL". */
  private void markMunicipalityAbove(int header) {
    for (int i = header - 1; i >= 0 && lines.get(i).page() == lines.get(header).page(); i--) {
      SourceLine line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String key = Fold.key(line.text());
      boolean municipality =
          kinds[i] == Kind.CONTENT
              && key.split(" ").length <= 4
              && (key.endsWith(" kommun")
                  || key.startsWith("region ")
                  || key.endsWith(" landsting"));
      if (municipality) {
        kinds[i] = Kind.HEADER;
        municipalities.add(line.text());
      }
      return;
    }
  }

  private static boolean isSpeck(String text) {
    return text.length() <= 2 && !text.contains("§") && !Character.isDigit(text.charAt(0));
  }

  /** A lone page number stands between blank lines, never inside a column of figures. */
  private boolean standsAlone(int i) {
    return isGapOrEdge(i - 1, lines.get(i).page()) && isGapOrEdge(i + 1, lines.get(i).page());
  }

  private boolean isGapOrEdge(int i, int page) {
    return i < 0
        || i >= lines.size()
        || lines.get(i).page() != page
        || lines.get(i).isBlank()
        || kinds[i] != Kind.CONTENT;
  }

  private void readMunicipality(String text) {
    String[] words = text.split(" ");
    List<String> before = new ArrayList<>();
    for (String word : words) {
      if (isProtocolHeader(word)) {
        break;
      }
      before.add(word);
    }
    if (!before.isEmpty() && before.size() <= 4 && before.size() < words.length) {
      municipalities.add(String.join(" ", before));
    }
  }

  private void readBodyDate(String text) {
    String rest = PROTOCOL_WORD.matcher(text).replaceFirst("");
    Matcher date = ISO_DATE.matcher(rest);
    if (!date.find()) {
      return;
    }
    Optional<LocalDate> parsed = isoDate(date);
    if (parsed.isEmpty()) {
      return;
    }
    Matcher bodyDate = BODY_DATE.matcher(rest.substring(0, date.end()));
    String body = bodyDate.matches() ? bodyDate.group("body").strip() : null;
    bodyDates.add(new BodyDate(body, parsed.get()));
  }

  static Optional<LocalDate> isoDate(Matcher date) {
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(date.group(1)),
              Integer.parseInt(date.group(2)),
              Integer.parseInt(date.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Lines that open or close most pages in the same words (numbers aside) are furniture, even in a
   * template this parser has never seen. § headings and section headings are never furniture: in
   * some minutes every item starts a page.
   */
  private void markRepeatedEdges() {
    Map<Integer, List<Integer>> byPage = new HashMap<>();
    for (SourceLine line : lines) {
      if (!line.isBlank()) {
        byPage.computeIfAbsent(line.page(), p -> new ArrayList<>()).add(line.index());
      }
    }
    if (byPage.size() < 3) {
      return;
    }
    Map<String, Set<Integer>> pagesByKey = new HashMap<>();
    for (var page : byPage.entrySet()) {
      for (int index : edges(page.getValue())) {
        pagesByKey.computeIfAbsent(edgeKey(index), k -> new LinkedHashSet<>()).add(page.getKey());
      }
    }
    int needed = Math.max(3, (int) Math.ceil(byPage.size() * REPEATED_SHARE));
    for (var page : byPage.entrySet()) {
      List<Integer> indexes = page.getValue();
      for (int index : edges(indexes)) {
        String key = edgeKey(index);
        if (kinds[index] == Kind.CONTENT
            && !key.isEmpty()
            && pagesByKey.get(key).size() >= needed
            && !ItemHeadings.looksLikeHeading(lines.get(index).text())
            && !SectionHeadings.isHeading(lines.get(index).text())) {
          boolean top = indexes.indexOf(index) < EDGE_LINES;
          kinds[index] = top ? Kind.HEADER : Kind.FOOTER;
        }
      }
    }
  }

  private static List<Integer> edges(List<Integer> indexes) {
    if (indexes.size() <= 2 * EDGE_LINES) {
      return indexes;
    }
    List<Integer> edges = new ArrayList<>(indexes.subList(0, EDGE_LINES));
    edges.addAll(indexes.subList(indexes.size() - EDGE_LINES, indexes.size()));
    return edges;
  }

  private String edgeKey(int index) {
    return Fold.key(lines.get(index).text()).replaceAll("\\d+", "#");
  }

  private Furniture result() {
    boolean[] furniture = new boolean[lines.size()];
    Set<String> headers = new LinkedHashSet<>();
    Set<String> footers = new LinkedHashSet<>();
    for (int i = 0; i < kinds.length; i++) {
      furniture[i] = kinds[i] != Kind.CONTENT;
      if (kinds[i] == Kind.HEADER) {
        headers.add(lines.get(i).text());
      } else if (kinds[i] == Kind.FOOTER) {
        footers.add(lines.get(i).text());
      }
    }
    return new Furniture(
        furniture,
        List.copyOf(headers),
        List.copyOf(footers),
        List.copyOf(municipalities),
        List.copyOf(bodyDates),
        List.copyOf(hashes),
        pageCount());
  }

  /**
   * Pages: the input's own page breaks, plus the page ends that a footer shows inside them (OCR
   * dumps often put several printed pages on one).
   */
  private int pageCount() {
    int pages = 1;
    boolean footerSeen = false;
    boolean breakPending = false;
    int page = lines.isEmpty() ? 0 : lines.getFirst().page();
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if (line.page() != page) {
        page = line.page();
        breakPending = true;
        footerSeen = false;
      }
      if (line.isBlank()) {
        continue;
      }
      if (kinds[i] == Kind.FOOTER) {
        footerSeen = true;
      } else if (kinds[i] == Kind.CONTENT) {
        if (breakPending || footerSeen) {
          pages++;
        }
        breakPending = false;
        footerSeen = false;
      }
    }
    return pages;
  }
}
