package se.kansli.minutesimport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meeting behind the minutes: body, date, municipality and signature, taken from the page
 * headers and footers and checked against the decisions. Headers are OCR'd as badly as the rest
 * ("E-nimnden"), and the body's name recurs in every decision ("E-namnden beslutar att …"), so the
 * most frequent reading that is close to the header's is taken.
 */
final class MeetingFacts {

  /** "E-nämnden beslutar att …": the body is up to three words before the verb. */
  private static final Pattern DECIDING_BODY =
      Pattern.compile("^(?<body>\\S+(?: \\S+){0,2}?) (?:beslutar|beslot|beslutade)\\b");

  private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern WRITTEN_DATE =
      Pattern.compile(
          "\\b(\\d{1,2})\\s+(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\\s+(\\d{4})\\b");
  private static final List<String> MONTHS =
      List.of(
          "januari",
          "februari",
          "mars",
          "april",
          "maj",
          "juni",
          "juli",
          "augusti",
          "september",
          "oktober",
          "november",
          "december");
  private static final Set<String> LOWER_CASE_WORDS =
      Set.of("kommun", "kommuns", "och", "i", "landsting", "stad", "kommunförbund");

  /** Readings of the body's name this close to the header's (folded, edits) are the same name. */
  private static final int SAME_NAME = 2;

  private MeetingFacts() {}

  record Derived(ParsedMeeting meeting, List<String> warnings) {}

  static Derived derive(Furniture furniture, List<ParsedItem> items, List<SourceLine> preamble) {
    List<String> warnings = new ArrayList<>();
    String body = body(furniture, items);
    LocalDate date =
        mostFrequent(furniture.bodyDates().stream().map(BodyDate::date).toList(), d -> d.toString())
            .or(() -> dateIn(preamble))
            .orElse(null);
    if (date == null) {
      warnings.add("Sammanträdets datum hittades inte i protokollet.");
    }
    if (body == null) {
      warnings.add("Nämndens namn hittades inte i protokollet.");
    }
    String municipality =
        mostFrequent(furniture.municipalities(), Fold::key)
            .map(MeetingFacts::nameCase)
            .orElse(null);
    List<String> hashes = furniture.signatureHashes().stream().distinct().toList();
    if (hashes.size() > 1) {
      warnings.add(
          "Sidorna bär olika signaturer (SHA-256): %s.".formatted(String.join(", ", hashes)));
    }
    String hash =
        mostFrequent(furniture.signatureHashes(), h -> h.toUpperCase(Locale.ROOT)).orElse(null);
    return new Derived(new ParsedMeeting(body, date, municipality, hash), warnings);
  }

  private static String body(Furniture furniture, List<ParsedItem> items) {
    List<String> fromPages =
        furniture.bodyDates().stream().map(BodyDate::body).filter(b -> b != null).toList();
    List<String> fromDecisions = new ArrayList<>();
    for (ParsedItem item : items) {
      if (item.decision() != null) {
        Matcher m = DECIDING_BODY.matcher(Fold.of(item.decision()));
        if (m.find()) {
          fromDecisions.add(item.decision().substring(0, m.end("body")));
        }
      }
    }
    Optional<String> header = mostFrequent(fromPages, MeetingFacts::compact);
    if (header.isEmpty()) {
      return mostFrequent(fromDecisions, MeetingFacts::compact).orElse(null);
    }
    String headerKey = compact(header.get());
    List<String> readings = new ArrayList<>(fromPages);
    for (String reading : fromDecisions) {
      if (EditDistance.within(compact(reading), headerKey, SAME_NAME) <= SAME_NAME) {
        readings.add(reading);
      }
    }
    return mostFrequent(readings, MeetingFacts::compact).orElse(header.get());
  }

  /** The most frequent value by key, in the spelling most often seen; the first on a tie. */
  static <T> Optional<T> mostFrequent(List<T> values, Function<T, String> key) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, Map<T, Integer>> spellings = new LinkedHashMap<>();
    for (T value : values) {
      String k = key.apply(value);
      counts.merge(k, 1, Integer::sum);
      spellings.computeIfAbsent(k, x -> new LinkedHashMap<>()).merge(value, 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
        .map(e ->
            spellings.get(e.getKey()).entrySet().stream()
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .orElseThrow()
                .getKey());
  }

  /** "E- namnden", "e-namnden" and "E-NAMNDEN" are one name. */
  private static String compact(String name) {
    return Fold.key(name).replace(" ", "");
  }

  private static Optional<LocalDate> dateIn(List<SourceLine> preamble) {
    for (SourceLine line : preamble) {
      Matcher iso = ISO_DATE.matcher(line.text());
      if (iso.find()) {
        Optional<LocalDate> date = PageFurniture.isoDate(iso);
        if (date.isPresent()) {
          return date;
        }
      }
      Matcher written = WRITTEN_DATE.matcher(Fold.of(line.text()));
      if (written.find()) {
        Optional<LocalDate> date = writtenDate(written);
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  /** "22 juni 2022"; empty for a day the month does not have. */
  private static Optional<LocalDate> writtenDate(Matcher written) {
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(written.group(3)),
              MONTHS.indexOf(written.group(2)) + 1,
              Integer.parseInt(written.group(1))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** "LULEA KOMMUN" → "Lulea kommun": a header's capitals are typography, not the name. */
  private static String nameCase(String name) {
    if (!name.equals(name.toUpperCase(Locale.ROOT))) {
      return name;
    }
    List<String> words = new ArrayList<>();
    for (String word : name.toLowerCase(Locale.ROOT).split(" ")) {
      words.add(
          LOWER_CASE_WORDS.contains(word) || word.isEmpty()
              ? word
              : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return String.join(" ", words);
  }
}
