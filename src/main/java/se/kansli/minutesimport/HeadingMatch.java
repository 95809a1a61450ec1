package se.kansli.minutesimport;

/**
 * A line read as a section heading.
 *
 * @param label the heading as printed (cleaned), e.g. "Beslutsgang"
 * @param rest text that followed the heading on the same line ("Expedieras till: KS"), or empty
 * @param exact whether the heading matched without OCR edits
 */
record HeadingMatch(SectionHeading heading, String label, String rest, boolean exact) {}
