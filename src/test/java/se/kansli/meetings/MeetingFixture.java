package se.kansli.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.kansli.registry.CaseRegistry;
import se.kansli.registry.CaseView;
import se.kansli.registry.RegisterCase;
import se.kansli.shared.Actor;

/** Builds a committee with members and substitutes, meetings and cases for the meetings tests. */
@Component
class MeetingFixture {

  static final String[] MUNICIPALITIES = {
    "lulea", "boden", "pitea", "kiruna", "gallivare", "alvsbyn", "arvidsjaur"
  };

  private final BodyDirectory bodies;
  private final MeetingPlanner planner;
  private final CaseRegistry cases;
  private final MeetingMinutes minutes;

  MeetingFixture(
      BodyDirectory bodies, MeetingPlanner planner, CaseRegistry cases, MeetingMinutes minutes) {
    this.bodies = bodies;
    this.planner = planner;
    this.cases = cases;
    this.minutes = minutes;
  }

  /** Every member present. */
  MeetingView attendAll(BodyView body, MeetingView meeting, Actor secretary) {
    List<RecordAttendance.Entry> entries =
        body.membersOn(meeting.date()).stream()
            .map(s -> new RecordAttendance.Entry(s.id(), AttendanceStatus.PRESENT, null))
            .toList();
    return minutes.recordAttendance(
        meeting.id(), new RecordAttendance(entries, "Sekreterare"), secretary);
  }

  /** Minutes that pass the check: attendance, numbers, a decision per item and an attester. */
  MeetingView complete(BodyView body, MeetingView meeting, Actor secretary) {
    meeting = attendAll(body, meeting, secretary);
    meeting = minutes.numberItems(meeting.id(), null, secretary);
    for (AgendaItemView item : meeting.items()) {
      meeting =
          minutes.writeItem(
              meeting.id(),
              item.id(),
              new ItemMinutes(
                  null,
                  "E-nämnden beslutar att lägga informationen till handlingarna.",
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null),
              secretary);
    }
    return minutes.attestation(
        meeting.id(),
        List.of(seat(body, "Ledamot boden").id()),
        "Digital justering",
        meeting.date().plusDays(3),
        secretary);
  }

  /** A body of the committee with one member (the first is chair) and one substitute per town. */
  BodyView committee(Actor secretary) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    BodyView body =
        bodies.create(
            new NewBody("e-namnden", "E-nämnden " + tag, "E-nämnden", "Sekreterare", null),
            secretary);
    LocalDate from = LocalDate.of(2019, 1, 1);
    LocalDate to = LocalDate.of(2026, 12, 31);
    for (int i = 0; i < MUNICIPALITIES.length; i++) {
      String town = MUNICIPALITIES[i];
      bodies.addSeat(
          body.id(),
          new NewSeat(
              "Ledamot " + town,
              town + "-ledamot@example.se",
              SeatKind.MEMBER,
              i == 0 ? Office.CHAIR : null,
              town,
              "S",
              from,
              to),
          secretary);
      body =
          bodies.addSeat(
              body.id(),
              new NewSeat(
                  "Ersättare " + town, null, SeatKind.SUBSTITUTE, null, town, "M", from, to),
              secretary);
    }
    return body;
  }

  MeetingView meeting(BodyView body, LocalDate date, int cases, Actor secretary) {
    MeetingView meeting =
        planner.plan(
            body.id(),
            new PlanMeeting(date, LocalTime.of(9, 0), LocalTime.of(12, 0), "Stadshuset", true),
            secretary);
    for (CaseView c : cases(cases, secretary)) {
      meeting = planner.addCase(meeting.id(), c.id(), secretary);
    }
    return meeting;
  }

  List<CaseView> cases(int n, Actor secretary) {
    List<CaseView> made = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      made.add(
          cases.register(
              new RegisterCase(
                  "e-namnden", "2.2.0.1", "Ärende " + i, null, null, null, null, null, null),
              secretary));
    }
    return made;
  }

  static SeatView seat(BodyView body, String name) {
    return body.seats().stream().filter(s -> s.personName().equals(name)).findFirst().orElseThrow();
  }
}
