package se.kansli.meetings;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kansli.shared.Actor;

/**
 * How many of a body's members took part in its meetings, per meeting and per year (the seed's "9
 * av 14 ledamöter, 64 %"), for the follow-up of the operational plan's attendance goal.
 */
@Service
public class AttendanceStatistics {

  private final MeetingPlanner planner;
  private final BodyDirectory bodies;

  AttendanceStatistics(MeetingPlanner planner, BodyDirectory bodies) {
    this.planner = planner;
    this.bodies = bodies;
  }

  /** One held meeting: members with a seat that day, members present, substitutes serving. */
  public record MeetingAttendance(
      MeetingId meeting, LocalDate date, int members, int membersPresent, int substitutesServing) {

    /** Members present as a share of all members, in whole per cent. */
    public int percent() {
      return members == 0 ? 0 : Math.round(membersPresent * 100f / members);
    }
  }

  public record YearAttendance(
      BodyId body, int year, List<MeetingAttendance> meetings, int members, int membersPresent) {

    public int percent() {
      return members == 0 ? 0 : Math.round(membersPresent * 100f / members);
    }
  }

  /** Meetings whose attendance is recorded; planned and cancelled ones do not count. */
  @Transactional(readOnly = true)
  public YearAttendance year(BodyId body, int year, Actor actor) {
    bodies.get(body, actor);
    List<MeetingAttendance> meetings =
        planner.year(year, actor).stream()
            .filter(m -> m.body().id().equals(body))
            .filter(m -> m.status() != MeetingStatus.CANCELLED && !m.attendance().isEmpty())
            .map(AttendanceStatistics::of)
            .toList();
    return new YearAttendance(
        body,
        year,
        meetings,
        meetings.stream().mapToInt(MeetingAttendance::members).sum(),
        meetings.stream().mapToInt(MeetingAttendance::membersPresent).sum());
  }

  static MeetingAttendance of(MeetingView meeting) {
    int present =
        (int)
            meeting.attendance().stream()
                .filter(a -> a.status() == AttendanceStatus.PRESENT)
                .count();
    int serving =
        (int)
            meeting.attendance().stream()
                .filter(a -> a.status() == AttendanceStatus.SERVING)
                .count();
    return new MeetingAttendance(
        meeting.id(),
        meeting.date(),
        meeting.body().membersOn(meeting.date()).size(),
        present,
        serving);
  }
}
