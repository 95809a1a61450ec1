package se.kansli.minutesimport;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One § of the minutes. Every text is the text as read, cleaned of OCR layout (line breaks inside
 * paragraphs, bullet characters, page furniture) but not corrected: "namnden" stays "namnden".
 * Restoring diacritics is a later stage that adds a display variant beside each of these texts, so
 * that what was read can always be shown next to what was made of it.
 *
 * @param caseNumber as printed with spacing normalised, without its label ("Dnr", "Ärendenr")
 * @param proceedings what happened at the meeting: motions, decision procedure, votes, dissents,
 *     conflicts of interest
 * @param votes null when the item had no vote
 * @param confidence per field name, from 0 to 1: how sure the parser is of what it put there
 */
public record ParsedItem(
    int number,
    String title,
    String caseNumber,
    String decision,
    String summary,
    String proceedings,
    Votes votes,
    List<String> decisionBasis,
    List<String> recipients,
    Map<String, Double> confidence) {

  public ParsedItem {
    decisionBasis = List.copyOf(decisionBasis);
    recipients = List.copyOf(recipients);
    confidence = Collections.unmodifiableMap(new LinkedHashMap<>(confidence));
  }
}
