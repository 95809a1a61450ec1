package se.kansli.followup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.kansli.meetings.AttendanceStatus;
import se.kansli.meetings.BodyDirectory;
import se.kansli.meetings.BodyView;
import se.kansli.meetings.MeetingMinutes;
import se.kansli.meetings.MeetingPlanner;
import se.kansli.meetings.MeetingView;
import se.kansli.meetings.NewBody;
import se.kansli.meetings.NewSeat;
import se.kansli.meetings.PlanMeeting;
import se.kansli.meetings.RecordAttendance;
import se.kansli.meetings.SeatKind;
import se.kansli.shared.Actor;

/** Bodies and meetings with attendance, made through the meetings module's public services. */
@Component
class PlanFixture {

  static final List<String> TOWNS = List.of("lulea", "kiruna", "boden", "pitea");

  private final BodyDirectory bodies;
  private final MeetingPlanner planner;
  private final MeetingMinutes minutes;
  private final OperationalPlans plans;

  PlanFixture(
      BodyDirectory bodies,
      MeetingPlanner planner,
      MeetingMinutes minutes,
      OperationalPlans plans) {
    this.bodies = bodies;
    this.planner = planner;
    this.minutes = minutes;
    this.plans = plans;
  }

  /**
   * A plan of the organisation in a year no other test has used: tests share one database and an
   * organisation has one plan a year.
   */
  synchronized PlanView plan(String organisation, Actor actor) {
    for (int year = 2100; ; year--) {
      try {
        return plans.create(new NewPlan(organisation, year, null), actor);
      } catch (se.kansli.shared.Conflict taken) {
        // Used by an earlier test: try the year before.
      }
    }
  }

  /**
   * A body with one member per town in {@link #TOWNS}, seated through every year a plan can have.
   */
  BodyView body(String organisation, Actor actor) {
    BodyView body =
        bodies.create(
            new NewBody(organisation, "Nämnd " + UUID.randomUUID(), null, null, null), actor);
    for (String town : TOWNS) {
      body =
          bodies.addSeat(
              body.id(),
              new NewSeat(
                  "Ledamot " + town,
                  null,
                  SeatKind.MEMBER,
                  null,
                  town,
                  null,
                  LocalDate.of(2000, 1, 1),
                  LocalDate.of(2100, 12, 31)),
              actor);
    }
    return body;
  }

  /** A meeting where the first {@code present} members took part (none recorded if negative). */
  MeetingView meeting(BodyView body, LocalDate day, int present, Actor actor) {
    MeetingView meeting =
        planner.plan(
            body.id(), new PlanMeeting(day, LocalTime.of(13, 0), null, "Stadshuset", false), actor);
    if (present < 0) {
      return meeting;
    }
    List<RecordAttendance.Entry> entries = new ArrayList<>();
    for (int i = 0; i < body.seats().size(); i++) {
      entries.add(
          new RecordAttendance.Entry(
              body.seats().get(i).id(),
              i < present ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT,
              null));
    }
    return minutes.recordAttendance(meeting.id(), new RecordAttendance(entries, null), actor);
  }
}
