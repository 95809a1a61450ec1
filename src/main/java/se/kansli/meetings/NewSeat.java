package se.kansli.meetings;

import java.time.LocalDate;

/** Command: a member or substitute of a body for a term of office. */
public record NewSeat(
    String personName,
    String email,
    SeatKind kind,
    Office office,
    String represents,
    String party,
    LocalDate termFrom,
    LocalDate termTo) {}
