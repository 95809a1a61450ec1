/**
 * Minutes import: old minutes brought in from OCR text, with their display text restored where the
 * OCR lost å, ä and ö.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Minutes import")
package se.kansli.minutesimport;
