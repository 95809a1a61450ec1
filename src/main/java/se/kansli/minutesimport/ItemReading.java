package se.kansli.minutesimport;

import java.util.List;
import java.util.Map;

/**
 * One reading of one item, before readings of the same § are merged.
 *
 * @param confidence per field that was found
 * @param leftOver text that belongs to no field of the item (signatures after it), for {@code
 *     unassigned}
 */
record ItemReading(
    int number,
    String title,
    String caseNumber,
    String decision,
    String summary,
    String proceedings,
    Votes votes,
    List<String> decisionBasis,
    List<String> recipients,
    Map<Field, Double> confidence,
    List<String> leftOver,
    List<String> warnings) {

  ItemReading {
    decisionBasis = List.copyOf(decisionBasis);
    recipients = List.copyOf(recipients);
    confidence = Map.copyOf(confidence);
    leftOver = List.copyOf(leftOver);
    warnings = List.copyOf(warnings);
  }

  /** The field's text, lists joined a line per entry: what is compared between readings. */
  String text(Field field) {
    return switch (field) {
      case TITLE -> title;
      case CASE_NUMBER -> caseNumber;
      case DECISION -> decision;
      case SUMMARY -> summary;
      case PROCEEDINGS -> proceedings;
      case VOTES -> votes == null ? null : votes.toString();
      case DECISION_BASIS -> String.join("\n", decisionBasis);
      case RECIPIENTS -> String.join("\n", recipients);
      case CLOSING -> String.join("\n", leftOver);
    };
  }
}
