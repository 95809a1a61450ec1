package se.kansli.followup;

import java.time.LocalDate;

/** A control point of the internal control plan; counted from {@code startsOn} (default today). */
public record NewControlPoint(
    String organisation,
    String title,
    String method,
    String owner,
    ControlFrequency frequency,
    LocalDate startsOn) {}
