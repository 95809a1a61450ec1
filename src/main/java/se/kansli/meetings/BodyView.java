package se.kansli.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public record BodyView(
    BodyId id,
    String organisation,
    String organisationName,
    String name,
    String shortName,
    String secretaryName,
    String secretaryEmail,
    List<SeatView> seats) {

  /** Members whose term covers the day: the number the quorum is counted against. */
  public List<SeatView> membersOn(LocalDate day) {
    return seats.stream().filter(s -> s.member() && s.servesOn(day)).toList();
  }

  public List<SeatView> seatedOn(LocalDate day) {
    return seats.stream().filter(s -> s.servesOn(day)).toList();
  }

  public Optional<SeatView> chairOn(LocalDate day) {
    return membersOn(day).stream().filter(s -> s.office() == Office.CHAIR).findFirst();
  }

  public Optional<SeatView> seat(SeatId id) {
    return seats.stream().filter(s -> s.id().equals(id)).findFirst();
  }
}
