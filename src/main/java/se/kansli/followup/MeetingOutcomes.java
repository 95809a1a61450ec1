package se.kansli.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.kansli.meetings.AttendanceStatistics;
import se.kansli.meetings.AttendanceView;
import se.kansli.meetings.BodyId;
import se.kansli.meetings.MeetingPlanner;
import se.kansli.meetings.MeetingStatus;
import se.kansli.meetings.MeetingView;
import se.kansli.meetings.SeatView;
import se.kansli.shared.Actor;

/**
 * Computes an indicator's outcome live from the meetings module's public API, never its tables, so
 * that the plan always shows what the minutes say now.
 */
@Component
class MeetingOutcomes {

  /** The outcome over the year so far, and meetings still planned (for the forecast). */
  record Computed(
      List<IndicatorView.Point> points, BigDecimal current, String detail, int planned) {}

  private final AttendanceStatistics attendance;
  private final MeetingPlanner planner;

  MeetingOutcomes(AttendanceStatistics attendance, MeetingPlanner planner) {
    this.attendance = attendance;
    this.planner = planner;
  }

  Computed compute(IndicatorSource source, BodyId body, int year, Actor actor) {
    return switch (source) {
      case BODY_ATTENDANCE -> bodyAttendance(body, year, actor);
      case MEETINGS_HELD -> meetingsHeld(body, year, actor);
      case MUNICIPALITY_ATTENDANCE -> municipalities(body, year, actor);
      case MANUAL -> throw new IllegalArgumentException("A manual indicator is not computed");
    };
  }

  private Computed bodyAttendance(BodyId body, int year, Actor actor) {
    AttendanceStatistics.YearAttendance stats = attendance.year(body, year, actor);
    List<IndicatorView.Point> points =
        stats.meetings().stream()
            .map(m ->
                new IndicatorView.Point(
                    m.date().toString(),
                    m.date(),
                    BigDecimal.valueOf(m.percent()),
                    m.membersPresent() + " av " + m.members() + " ledamöter"))
            .toList();
    return new Computed(
        points,
        stats.meetings().isEmpty() ? null : BigDecimal.valueOf(stats.percent()),
        stats.meetings().isEmpty()
            ? null
            : stats.membersPresent() + " av " + stats.members() + " ledamotsplatser",
        planned(meetings(body, year, actor)));
  }

  private Computed meetingsHeld(BodyId body, int year, Actor actor) {
    List<IndicatorView.Point> points = new ArrayList<>();
    int held = 0;
    List<MeetingView> meetings = meetings(body, year, actor);
    for (MeetingView m : meetings) {
      if (held(m)) {
        held++;
        points.add(
            new IndicatorView.Point(
                m.date().toString(), m.date(), BigDecimal.valueOf(held), held + " hållna"));
      }
    }
    // Zero meetings held is a known outcome (unlike attendance, which needs a meeting).
    return new Computed(points, BigDecimal.valueOf(held), null, planned(meetings));
  }

  /**
   * Share of the municipalities with a seat that were represented by a member or serving
   * substitute, per meeting (the seed's "11 av 14 kommuner"); the year's outcome is the share over
   * all meetings together.
   */
  private Computed municipalities(BodyId body, int year, Actor actor) {
    List<IndicatorView.Point> points = new ArrayList<>();
    int seatedSum = 0;
    int presentSum = 0;
    List<MeetingView> meetings = meetings(body, year, actor);
    for (MeetingView m : meetings) {
      if (m.attendance().isEmpty()) {
        continue;
      }
      Set<String> seated =
          m.body().seatedOn(m.date()).stream()
              .map(SeatView::represents)
              .filter(Objects::nonNull)
              .collect(Collectors.toSet());
      Set<String> present = new HashSet<>();
      for (AttendanceView a : m.attendance()) {
        if (a.serving()) {
          m.body().seat(a.seat()).map(SeatView::represents).ifPresent(present::add);
        }
      }
      present.retainAll(seated);
      if (seated.isEmpty()) {
        continue;
      }
      seatedSum += seated.size();
      presentSum += present.size();
      points.add(
          new IndicatorView.Point(
              m.date().toString(),
              m.date(),
              percent(present.size(), seated.size()),
              present.size() + " av " + seated.size() + " kommuner"));
    }
    return new Computed(
        points,
        seatedSum == 0 ? null : percent(presentSum, seatedSum),
        seatedSum == 0 ? null : presentSum + " av " + seatedSum + " kommunplatser",
        planned(meetings));
  }

  private List<MeetingView> meetings(BodyId body, int year, Actor actor) {
    return planner.year(year, actor).stream()
        .filter(m -> m.body().id().equals(body))
        .filter(m -> m.status() != MeetingStatus.CANCELLED)
        .sorted(java.util.Comparator.comparing(MeetingView::date))
        .toList();
  }

  /** Planned meetings not yet held: they can still lift a count towards its target. */
  private static int planned(List<MeetingView> meetings) {
    return (int) meetings.stream().filter(m -> !held(m)).count();
  }

  /** Held when attested, or when attendance shows that it took place. */
  static boolean held(MeetingView m) {
    return m.status() == MeetingStatus.ATTESTED || !m.attendance().isEmpty();
  }

  static BigDecimal percent(int part, int whole) {
    return BigDecimal.valueOf(part * 100L)
        .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP);
  }
}
