package se.kansli.meetings;

import java.time.LocalDate;
import java.time.LocalTime;

/** Command: a meeting in the body's plan, or its changed date, time or place. */
public record PlanMeeting(
    LocalDate date, LocalTime startsAt, LocalTime endsAt, String place, Boolean remote) {

  public PlanMeeting {
    remote = Boolean.TRUE.equals(remote);
  }
}
