package se.kansli.meetings;

import java.time.LocalDate;

public record SeatView(
    SeatId id,
    String personName,
    String email,
    SeatKind kind,
    Office office,
    String represents,
    String representsName,
    String party,
    LocalDate termFrom,
    LocalDate termTo) {

  public boolean servesOn(LocalDate day) {
    return !day.isBefore(termFrom) && !day.isAfter(termTo);
  }

  public boolean member() {
    return kind == SeatKind.MEMBER;
  }
}
