package se.kansli.portfolio;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.kansli.shared.InvalidInput;

/**
 * An agreement's dates: when it starts, when it ends as signed, its options to extend and its
 * notice period. Pure, so that the date rules are tested without a database.
 *
 * <p>An option extends the term that runs when it is used, so the options are used in order, and
 * each before the term it extends has ended. The notice deadline is the last day notice can be
 * given: the current end (with the options used) less the notice period.
 */
public record AgreementTerms(
    LocalDate startsOn, LocalDate endsOn, List<ExtensionOption> options, Integer noticeMonths) {

  static final int MAX_MONTHS = 120;

  public AgreementTerms {
    options = options == null ? List.of() : List.copyOf(options);
  }

  /** The end as it stands: the signed end extended by the options used. */
  public LocalDate end() {
    LocalDate end = endsOn;
    for (ExtensionOption o : options) {
      if (o.used()) {
        end = end.plusMonths(o.months());
      }
    }
    return end;
  }

  /** The latest the agreement can run, were every option used. */
  public LocalDate finalEnd() {
    LocalDate end = endsOn;
    for (ExtensionOption o : options) {
      end = end.plusMonths(o.months());
    }
    return end;
  }

  /**
   * The last day notice can be given before the current end; none without a notice period. An end
   * on the last of a month gives a deadline on the last of a month: three months before 28 February
   * is 30 November, not 28 November.
   */
  public Optional<LocalDate> noticeDeadline() {
    if (noticeMonths == null) {
      return Optional.empty();
    }
    LocalDate end = end();
    LocalDate deadline = end.minusMonths(noticeMonths);
    boolean monthEnd = end.getDayOfMonth() == end.lengthOfMonth();
    return Optional.of(monthEnd ? deadline.withDayOfMonth(deadline.lengthOfMonth()) : deadline);
  }

  /** In force on the day: started, and not past its end with the options used. */
  public boolean inForceOn(LocalDate day) {
    return !startsOn.isAfter(day) && !end().isBefore(day);
  }

  /** Options not yet used that can still be used on the day. */
  public boolean extendableOn(LocalDate day) {
    return options.stream().anyMatch(o -> !o.used()) && !end().isBefore(day);
  }

  /**
   * Which reminder is due on {@code today} for a deadline: the smallest number of days ahead whose
   * window ({@code days} before the deadline up to the deadline) has begun. A reminder missed on
   * its day goes out on the next run; one created late gets only the nearest reminder.
   */
  public static Optional<Integer> reminderDue(
      LocalDate deadline, LocalDate today, Collection<Integer> days) {
    if (today.isAfter(deadline)) {
      return Optional.empty();
    }
    return days.stream().filter(n -> !today.isBefore(deadline.minusDays(n))).min(Integer::compare);
  }

  /** Refuses terms that cannot be: nothing is saved then. */
  public void check() {
    if (startsOn == null) {
      throw new InvalidInput("startsOn", "Ange den dag avtalet börjar gälla.");
    }
    if (endsOn == null) {
      throw new InvalidInput("endsOn", "Ange den dag avtalet löper ut.");
    }
    if (endsOn.isBefore(startsOn)) {
      throw new InvalidInput(
          "endsOn",
          "Avtalet kan inte löpa ut ("
              + endsOn
              + ") före den dag det börjar gälla ("
              + startsOn
              + ").");
    }
    if (noticeMonths != null && (noticeMonths < 0 || noticeMonths > MAX_MONTHS)) {
      throw new InvalidInput(
          "noticeMonths", "Uppsägningstiden ska vara mellan 0 och " + MAX_MONTHS + " månader.");
    }
    LocalDate end = endsOn;
    boolean earlierUnused = false;
    for (int i = 0; i < options.size(); i++) {
      ExtensionOption o = options.get(i);
      String which = "Option " + (i + 1);
      if (o.months() == null || o.months() < 1 || o.months() > MAX_MONTHS) {
        throw new InvalidInput(
            "options", which + ": ange förlängningen i hela månader, 1–" + MAX_MONTHS + ".");
      }
      if (o.used()) {
        if (earlierUnused) {
          throw new InvalidInput(
              "options",
              which
                  + " kan inte vara utnyttjad när en tidigare option inte är det; optionerna"
                  + " utnyttjas i tur och ordning.");
        }
        if (o.usedOn().isBefore(startsOn)) {
          throw new InvalidInput(
              "options",
              which + " kan inte utnyttjas (" + o.usedOn() + ") innan avtalet börjar gälla.");
        }
        if (o.usedOn().isAfter(end)) {
          throw new InvalidInput(
              "options",
              which
                  + " utnyttjades "
                  + o.usedOn()
                  + ", men avtalet hade då redan löpt ut ("
                  + end
                  + "); en option utnyttjas innan avtalet löper ut.");
        }
        end = end.plusMonths(o.months());
      } else {
        earlierUnused = true;
      }
    }
    if (noticeDeadline().filter(d -> d.isBefore(startsOn)).isPresent()) {
      throw new InvalidInput("noticeMonths", "Uppsägningstiden är längre än avtalets hela löptid.");
    }
  }
}
