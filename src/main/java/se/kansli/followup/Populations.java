package se.kansli.followup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.kansli.organisations.Organisation;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.OrganisationId;

/**
 * The municipalities' population counts from {@code followup/norrbotten-municipalities.csv} (SCB,
 * 31 December of some years). A budget year uses the last count taken before the year starts (the
 * budget is decided on the figures known then), or the earliest count for years before all counts.
 */
@Component
class Populations {

  private static final String RESOURCE = "/followup/norrbotten-municipalities.csv";

  private final OrganisationDirectory organisations;
  private final List<LocalDate> countDates;
  private final Map<String, long[]> byName;

  @org.springframework.beans.factory.annotation.Autowired
  Populations(OrganisationDirectory organisations) {
    this(organisations, Populations.class.getResourceAsStream(RESOURCE));
  }

  Populations(OrganisationDirectory organisations, InputStream csv) {
    this.organisations = organisations;
    this.countDates = new ArrayList<>();
    this.byName = new LinkedHashMap<>();
    read(csv);
  }

  private void read(InputStream csv) {
    if (csv == null) {
      throw new IllegalStateException("Saknar " + RESOURCE + " i programmet");
    }
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
      String[] header = in.readLine().split(",");
      for (int i = 1; i < header.length; i++) {
        // population_2020_12_31
        countDates.add(
            LocalDate.parse(header[i].substring("population_".length()).replace('_', '-')));
      }
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",");
        long[] counts = new long[countDates.size()];
        for (int i = 1; i < cells.length; i++) {
          counts[i - 1] = Long.parseLong(cells[i].trim());
        }
        byName.put(cells[0].trim(), counts);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The date of the count a budget year is split by. */
  LocalDate countFor(int year) {
    LocalDate start = LocalDate.of(year, 1, 1);
    LocalDate chosen = countDates.getFirst();
    for (LocalDate d : countDates) {
      if (d.isBefore(start) && d.isAfter(chosen)) {
        chosen = d;
      }
    }
    return chosen;
  }

  /**
   * Population per municipality for the year's count; refuses (naming the line and municipality)
   * when a municipality has no count, since silently leaving it out would shift its share to
   * others.
   */
  Map<OrganisationId, Long> forYear(int year, List<OrganisationId> municipalities, String line) {
    int column = countDates.indexOf(countFor(year));
    Map<OrganisationId, Long> result = new LinkedHashMap<>();
    for (OrganisationId id : municipalities) {
      Organisation o = organisations.get(id);
      long[] counts =
          csvName(o.name())
              .map(byName::get)
              .orElseThrow(() ->
                  new InvalidInput(
                      "allocationModel",
                      "Raden \""
                          + line
                          + "\" fördelas efter befolkning, men "
                          + o.name()
                          + " saknar befolkningssiffra."));
      result.put(id, counts[column]);
    }
    return result;
  }

  /** "Luleå kommun", "Arjeplogs kommun", "Haparanda stad" → the CSV's "Luleå", "Arjeplog", … */
  private Optional<String> csvName(String organisationName) {
    for (String name : byName.keySet()) {
      String rest =
          organisationName.startsWith(name) ? organisationName.substring(name.length()) : null;
      if (rest != null
          && (rest.equals(" kommun") || rest.equals("s kommun") || rest.equals(" stad"))) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }
}
