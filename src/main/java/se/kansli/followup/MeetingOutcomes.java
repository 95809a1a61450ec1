package se.kansli.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
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

  /**
   * The outcome as it stood at the end of {@code until} (a report's period end): meetings after it
   * neither count nor appear, so an interim report to 31 May shows what was known then. {@code
   * null} means everything so far.
   */
  Computed compute(IndicatorSource source, BodyId body, int year, LocalDate until, Actor actor) {
    return switch (source) {
      case BODY_ATTENDANCE -> bodyAttendance(body, year, until, actor);
      case MEETINGS_HELD -> meetingsHeld(body, year, until, actor);
      case MUNICIPALITY_ATTENDANCE -> municipalities(body, year, until, actor);
      case MANUAL, AGREEMENTS_IN_FORCE ->
          throw new IllegalArgumentException("Not computed from the meetings: " + source);
    };
  }

  private Computed bodyAttendance(BodyId body, int year, LocalDate until, Actor actor) {
    List<AttendanceStatistics.MeetingAttendance> held =
        attendance.year(body, year, actor).meetings().stream()
            .filter(m -> until == null || !m.date().isAfter(until))
            .toList();
    int members = held.stream().mapToInt(AttendanceStatistics.MeetingAttendance::members).sum();
    int present =
        held.stream().mapToInt(AttendanceStatistics.MeetingAttendance::membersPresent).sum();
    List<IndicatorView.Point> points =
        held.stream()
            .map(m ->
                new IndicatorView.Point(
                    m.date().toString(),
                    m.date(),
                    BigDecimal.valueOf(m.percent()),
                    m.membersPresent() + " av " + m.members() + " ledamöter"))
            .toList();
    return new Computed(
        points,
        held.isEmpty() ? null : wholePercent(present, members),
        held.isEmpty() ? null : present + " av " + members + " ledamotsplatser",
        planned(meetings(body, year, actor), until));
  }

  private Computed meetingsHeld(BodyId body, int year, LocalDate until, Actor actor) {
    List<IndicatorView.Point> points = new ArrayList<>();
    int held = 0;
    List<MeetingView> meetings = meetings(body, year, actor);
    for (MeetingView m : meetings) {
      if (held(m, until)) {
        held++;
        points.add(
            new IndicatorView.Point(
                m.date().toString(), m.date(), BigDecimal.valueOf(held), held + " hållna"));
      }
    }
    // Zero meetings held is a known outcome (unlike attendance, which needs a meeting).
    return new Computed(points, BigDecimal.valueOf(held), null, planned(meetings, until));
  }

  /**
   * Share of the municipalities with a seat that were represented by a member or serving
   * substitute, per meeting (the seed's "11 av 14 kommuner"); the year's outcome is the share over
   * all meetings together.
   */
  private Computed municipalities(BodyId body, int year, LocalDate until, Actor actor) {
    List<IndicatorView.Point> points = new ArrayList<>();
    int seatedSum = 0;
    int presentSum = 0;
    List<MeetingView> meetings = meetings(body, year, actor);
    for (MeetingView m : meetings) {
      if (m.attendance().isEmpty() || (until != null && m.date().isAfter(until))) {
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
        planned(meetings, until));
  }

  private List<MeetingView> meetings(BodyId body, int year, Actor actor) {
    return planner.year(year, actor).stream()
        .filter(m -> m.body().id().equals(body))
        .filter(m -> m.status() != MeetingStatus.CANCELLED)
        .sorted(java.util.Comparator.comparing(MeetingView::date))
        .toList();
  }

  /**
   * Meetings not yet held on {@code until}: they can still lift a count towards its target. A
   * meeting after the cut-off counts as planned, as it was on that day.
   */
  private static int planned(List<MeetingView> meetings, LocalDate until) {
    return (int) meetings.stream().filter(m -> !held(m, until)).count();
  }

  private static boolean held(MeetingView m, LocalDate until) {
    return (until == null || !m.date().isAfter(until)) && held(m);
  }

  /** Held when attested, or when attendance shows that it took place. */
  static boolean held(MeetingView m) {
    return m.status() == MeetingStatus.ATTESTED || !m.attendance().isEmpty();
  }

  /** As the attendance statistics round: to the whole per cent, halves up. */
  private static BigDecimal wholePercent(int part, int whole) {
    return BigDecimal.valueOf(whole == 0 ? 0 : Math.round(part * 100f / whole));
  }

  static BigDecimal percent(int part, int whole) {
    return BigDecimal.valueOf(part * 100L)
        .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP);
  }
}
