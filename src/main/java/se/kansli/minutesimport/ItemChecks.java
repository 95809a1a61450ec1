package se.kansli.minutesimport;

import java.util.ArrayList;
import java.util.List;

/** What a person should look at in the merged items: gaps in the numbering, missing fields. */
final class ItemChecks {

  private ItemChecks() {}

  static List<String> of(List<ParsedItem> items) {
    List<String> warnings = new ArrayList<>();
    for (int i = 1; i < items.size(); i++) {
      int previous = items.get(i - 1).number();
      int number = items.get(i).number();
      if (number > previous + 1) {
        warnings.add(
            (number == previous + 2
                ? "§ %d saknas i numreringen.".formatted(previous + 1)
                : "§ %d–%d saknas i numreringen.".formatted(previous + 1, number - 1)));
      }
    }
    for (ParsedItem item : items) {
      if (item.title() == null) {
        warnings.add("§ %d saknar rubrik.".formatted(item.number()));
      }
      if (item.caseNumber() == null) {
        warnings.add("§ %d saknar diarienummer.".formatted(item.number()));
      }
      if (item.decision() == null) {
        warnings.add("§ %d saknar beslut.".formatted(item.number()));
      }
    }
    return warnings;
  }
}
