package se.kansli.portfolio;

import java.time.LocalDate;

/** Command: a shared service as the coordinator describes it. */
public record NewService(
    String organisation,
    String name,
    String description,
    String owner,
    ServiceStage stage,
    LocalDate inOperationSince,
    String stageNote,
    Boolean selfActivated) {

  public NewService {
    // Left out of a JSON body: the municipalities take part as the coordinator registers them.
    selfActivated = Boolean.TRUE.equals(selfActivated);
  }
}
