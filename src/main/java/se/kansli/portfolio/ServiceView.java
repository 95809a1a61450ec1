package se.kansli.portfolio;

import java.time.LocalDate;
import java.util.List;

/** A shared service with everyone who has taken part in it, earliest first. */
public record ServiceView(
    ServiceId id,
    String organisation,
    String name,
    String description,
    String owner,
    ServiceStage stage,
    LocalDate inOperationSince,
    String stageNote,
    boolean selfActivated,
    List<ParticipationView> participations) {

  /** The municipalities taking part on the day, in the order they joined. */
  public List<ParticipationView> participantsOn(LocalDate day) {
    return participations.stream().filter(p -> p.takesPartOn(day)).toList();
  }
}
