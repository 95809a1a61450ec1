package se.kansli.minutesimport;

import java.time.LocalDate;
import java.util.List;

/**
 * Command: the minutes as the registrar accepts them after review. Empty on the API means "as read,
 * with å, ä and ö restored".
 *
 * @param classificationCode for cases that must be created under a new number, because the old
 *     number is not in Kansli's form (e.g. "KS 2018/124")
 */
public record ReviewedMinutes(
    String bodyName, LocalDate date, String classificationCode, List<Item> items) {

  public ReviewedMinutes {
    items = items == null ? List.of() : List.copyOf(items);
  }

  public record Item(
      int number,
      String title,
      String caseNumber,
      String decision,
      String summary,
      String proceedings,
      List<String> decisionBasis,
      List<String> recipients) {

    public Item {
      decisionBasis = decisionBasis == null ? List.of() : List.copyOf(decisionBasis);
      recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** One per line, as the review form edits them. */
    public String decisionBasisText() {
      return String.join("\n", decisionBasis);
    }

    public String recipientsText() {
      return String.join("\n", recipients);
    }
  }
}
