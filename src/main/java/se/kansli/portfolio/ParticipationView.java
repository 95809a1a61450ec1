package se.kansli.portfolio;

import java.time.LocalDate;
import java.util.UUID;

/** A municipality's period in a shared service or an initiative; no end while it takes part. */
public record ParticipationView(
    UUID id,
    String municipality,
    String municipalityName,
    LocalDate joinedOn,
    LocalDate leftOn,
    boolean coFinancing) {

  public boolean takesPartOn(LocalDate day) {
    return !joinedOn.isAfter(day) && (leftOn == null || !leftOn.isBefore(day));
  }

  public Period period() {
    return new Period(joinedOn, leftOn);
  }
}
