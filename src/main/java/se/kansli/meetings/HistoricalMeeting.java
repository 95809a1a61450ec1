package se.kansli.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Command: minutes of a meeting held before Kansli, read from an old file. The body is found by
 * name in the organisation or created; each item names the registry case it belongs to.
 *
 * @param sourceSha256 the SHA-256 of the file the minutes were read from
 */
public record HistoricalMeeting(
    String organisation, String bodyName, LocalDate date, String sourceSha256, List<Item> items) {

  public HistoricalMeeting {
    items = items == null ? List.of() : List.copyOf(items);
  }

  /** One § as read. */
  public record Item(
      int number,
      String title,
      UUID caseId,
      String caseNumber,
      String decision,
      String summary,
      String proceedings,
      List<String> decisionBasis,
      List<String> recipients) {}
}
