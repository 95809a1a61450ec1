package se.kansli.meetings;

import java.time.Instant;

/**
 * A circulated draft of the minutes: its number (1, 2, … per meeting, without gaps), when and by
 * whom it was sent, to whom it was e-mailed, and the SHA-256 of the PDF they received.
 */
public record DraftVersion(
    int number, Instant circulatedAt, String circulatedBy, String sentTo, String sha256) {}
