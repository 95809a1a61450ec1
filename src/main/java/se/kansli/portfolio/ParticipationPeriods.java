package se.kansli.portfolio;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;

/**
 * The rules for a municipality's periods in one shared service or initiative: a period ends on or
 * after the day it starts, and one municipality's periods never overlap. Pure, so that the rules
 * are tested without a database; the table's exclusion constraint holds them as a last guard.
 */
final class ParticipationPeriods {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

  private ParticipationPeriods() {}

  /**
   * Checks a new or changed period against the municipality's other periods in the same subject.
   *
   * @param others the municipality's other periods (not the one being changed)
   */
  static Period check(LocalDate joinedOn, LocalDate leftOn, List<ParticipationView> others) {
    if (joinedOn == null) {
      throw new InvalidInput("joinedOn", "Ange den dag kommunen gick med.");
    }
    if (leftOn != null && leftOn.isBefore(joinedOn)) {
      throw new InvalidInput(
          "leftOn",
          "Kommunen kan inte lämna före den dag den gick med (" + DAY.format(joinedOn) + ").");
    }
    Period period = new Period(joinedOn, leftOn);
    others.stream()
        .filter(o -> o.period().overlaps(period))
        .findFirst()
        .ifPresent(o -> {
          throw new Conflict(
              "joinedOn",
              o.municipalityName()
                  + " deltar redan "
                  + describe(o.period())
                  + "; en kommuns perioder får inte överlappa.");
        });
    return period;
  }

  /** "från 2021-03-01" or "2021-03-01–2022-06-30". */
  static String describe(Period period) {
    return period.to() == null
        ? "från " + DAY.format(period.from())
        : DAY.format(period.from()) + "–" + DAY.format(period.to());
  }
}
