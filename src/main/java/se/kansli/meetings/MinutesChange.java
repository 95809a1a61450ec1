package se.kansli.meetings;

/**
 * One difference between the last circulated draft and the minutes as they stand: where ("§ 12",
 * "Närvaro"), what (a Swedish label such as "Beslut"), and the text before and after. An empty text
 * means the field was empty, or the item was not there.
 */
public record MinutesChange(String where, String field, String before, String after) {}
