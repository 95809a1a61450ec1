package se.kansli.eservices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One submission in an inbox list. Overdue: still open after its due date. */
public record InboxRow(
    UUID id,
    String caseNumber,
    String eService,
    Instant submittedAt,
    String status,
    UUID assignedTo,
    String assignedName,
    LocalDate dueOn,
    boolean overdue,
    Instant closedAt) {}
