package se.kansli.eservices;

import java.time.Instant;

/** One step of a submission's status history; {@code from} is null on arrival. */
public record StatusChange(
    String from, String to, Instant changedAt, String changedBy, String comment) {}
