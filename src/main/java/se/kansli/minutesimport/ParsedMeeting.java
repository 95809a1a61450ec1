package se.kansli.minutesimport;

import java.time.LocalDate;

/**
 * The meeting the minutes record, as derived from page headers, footers and decisions. Any part may
 * be null when the minutes never say it.
 *
 * @param body the decision-making body, as read (e.g. "E-namnden" before diacritics are restored)
 * @param municipality the municipality named in the page header, e.g. "Lulea kommun"
 * @param signatureHash the SHA-256 stamped on signed pages ("(Signerat, SHA-256 …)")
 */
public record ParsedMeeting(
    String body, LocalDate date, String municipality, String signatureHash) {}
