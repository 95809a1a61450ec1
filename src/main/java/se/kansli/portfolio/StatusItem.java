package se.kansli.portfolio;

import java.util.List;

/**
 * The status of the running services and open initiatives for one period, as the text of the
 * information item the committee receives (the seed's "Information om aktuella och pågående
 * aktiviteter"): a heading per service or initiative, "STATUS:" and its status lines.
 */
public record StatusItem(String organisation, String period, List<Entry> entries, String text) {

  static final String TITLE = "Information om aktuella och pågående aktiviteter";

  /** One service or initiative; no lines when nothing was reported for the period. */
  public record Entry(String heading, List<String> lines) {}

  static StatusItem of(String organisation, String period, List<Entry> entries) {
    return new StatusItem(organisation, period, List.copyOf(entries), render(period, entries));
  }

  /** The item's text, plain so that it copies into an agenda or the minutes as it is. */
  static String render(String period, List<Entry> entries) {
    StringBuilder text = new StringBuilder();
    text.append(TITLE).append(" (").append(period).append(")\n\n");
    text.append(
        "Inom ramen för nämnden pågår aktiviteter som utgår från en beslutad verksamhetsplan. "
            + "Nedan följer en kort status för varje.\n");
    if (entries.isEmpty()) {
      text.append("\nInga tjänster i drift eller pågående initiativ.\n");
    }
    for (Entry entry : entries) {
      text.append("\n• ").append(entry.heading()).append("\nSTATUS:\n");
      if (entry.lines().isEmpty()) {
        text.append("  – Ingen status rapporterad för perioden.\n");
      }
      entry.lines().forEach(line -> text.append("  – ").append(line).append('\n'));
    }
    return text.toString();
  }
}
