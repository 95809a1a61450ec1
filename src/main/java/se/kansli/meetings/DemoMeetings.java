package se.kansli.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.kansli.organisations.Organisation;
import se.kansli.organisations.OrganisationDirectory;
import se.kansli.shared.Actor;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;
import se.kansli.signing.EidSigning;

/**
 * Demo only: E-nämnden with one member per municipality, its 2022 meeting plan as in the seed, and
 * the meeting of 2022-06-22 with §8–§16, attested with the test eID and posted on the notice board.
 * The members' names are invented; the items are the seed's.
 */
@Component
@Order(30)
@ConditionalOnProperty("kansli.demo.enabled")
class DemoMeetings implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoMeetings.class);
  private static final OrganisationId COMMITTEE = OrganisationId.of("e-namnden");
  private static final List<String> NAMES =
      List.of(
          "Anna Lindqvist",
          "Erik Nilsson",
          "Maria Johansson",
          "Lars Berg",
          "Karin Lundström",
          "Per Eriksson",
          "Eva Holmberg",
          "Johan Sandberg",
          "Sofia Wikström",
          "Mats Öberg",
          "Lena Strand",
          "Nils Åström",
          "Ingrid Forsberg",
          "Olof Marklund");
  private static final List<String> SUBSTITUTES =
      List.of(
          "Emma Larsson",
          "Jonas Björk",
          "Hanna Nordin",
          "Viktor Lind",
          "Elin Sundqvist",
          "Anders Hedlund",
          "Moa Isaksson",
          "Gustav Nyström",
          "Ida Lundgren",
          "Rasmus Hägg",
          "Frida Bergman",
          "Oskar Lindberg",
          "Tove Engström",
          "Axel Granström");

  private final BodyDirectory bodies;
  private final MeetingPlanner planner;
  private final MeetingMinutes minutes;
  private final MeetingNotices notices;
  private final MinutesAttestation attestation;
  private final EidSigning eid;
  private final OrganisationDirectory organisations;

  DemoMeetings(
      BodyDirectory bodies,
      MeetingPlanner planner,
      MeetingMinutes minutes,
      MeetingNotices notices,
      MinutesAttestation attestation,
      EidSigning eid,
      OrganisationDirectory organisations) {
    this.bodies = bodies;
    this.planner = planner;
    this.minutes = minutes;
    this.notices = notices;
    this.attestation = attestation;
    this.eid = eid;
    this.organisations = organisations;
  }

  @Override
  public void run(ApplicationArguments args) {
    Actor system =
        new Actor(
            null,
            "system",
            "Kansli demodata",
            EnumSet.of(Role.ADMINISTRATOR, Role.COMMITTEE_SECRETARY),
            Set.of(COMMITTEE));
    if (!bodies.list(system).isEmpty()) {
      return;
    }
    BodyView body = committee(system);
    List<MeetingView> plan = new ArrayList<>();
    plan.add(
        march(meeting(body, LocalDate.of(2022, 3, 16), LocalTime.of(13, 0), system), body, system));
    MeetingView june = meeting(body, LocalDate.of(2022, 6, 22), LocalTime.of(13, 0), system);
    plan.add(meeting(body, LocalDate.of(2022, 10, 12), LocalTime.of(10, 0), system));
    plan.add(meeting(body, LocalDate.of(2022, 12, 14), LocalTime.of(10, 0), system));
    attest(minute(june, body, system), system);
    log.info("Demo: E-nämnden with {} meetings in 2022; 2022-06-22 attested", plan.size() + 1);
  }

  private BodyView committee(Actor system) {
    BodyView body =
        bodies.create(
            new NewBody(
                COMMITTEE.value(),
                "E-nämnden",
                "E-nämnden",
                "Helena Sekreterare",
                "sekreterare@e-namnden.example"),
            system);
    List<Organisation> towns =
        organisations.all().stream()
            .filter(o -> o.kind() == Organisation.Kind.MUNICIPALITY)
            .toList();
    LocalDate from = LocalDate.of(2019, 1, 1);
    LocalDate to = LocalDate.of(2022, 12, 31);
    for (int i = 0; i < towns.size(); i++) {
      Organisation town = towns.get(i);
      String name = NAMES.get(i % NAMES.size());
      body =
          bodies.addSeat(
              body.id(),
              new NewSeat(
                  name,
                  email(name),
                  SeatKind.MEMBER,
                  town.host() ? Office.CHAIR : i == 1 ? Office.VICE_CHAIR : null,
                  town.id().value(),
                  i % 2 == 0 ? "S" : "M",
                  from,
                  to),
              system);
      body =
          bodies.addSeat(
              body.id(),
              new NewSeat(
                  SUBSTITUTES.get(i % SUBSTITUTES.size()),
                  null,
                  SeatKind.SUBSTITUTE,
                  null,
                  town.id().value(),
                  i % 2 == 0 ? "V" : "C",
                  from,
                  to),
              system);
    }
    return body;
  }

  private static String email(String name) {
    return name.toLowerCase()
            .replace(' ', '.')
            .replace('å', 'a')
            .replace('ä', 'a')
            .replace('ö', 'o')
        + "@e-namnden.example";
  }

  private MeetingView meeting(BodyView body, LocalDate date, LocalTime start, Actor system) {
    return planner.plan(
        body.id(),
        new PlanMeeting(
            date, start, LocalTime.of(16, 0), "Digitalt via Teams och Luleå stadshus", true),
        system);
  }

  /**
   * The seed's interim report: "Vid nämndsammanträdet 16 mars deltog 9 av 14 ledamöter". Which nine
   * is not said; the first nine seats stand in for them.
   */
  private MeetingView march(MeetingView meeting, BodyView body, Actor system) {
    List<SeatView> members = body.membersOn(meeting.date());
    List<RecordAttendance.Entry> attendance = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      attendance.add(
          new RecordAttendance.Entry(
              members.get(i).id(),
              i < 9 ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT,
              null));
    }
    return minutes.recordAttendance(
        meeting.id(), new RecordAttendance(attendance, "Helena Sekreterare, sekreterare"), system);
  }

  private MeetingView minute(MeetingView meeting, BodyView body, Actor system) {
    for (int serial = 9; serial <= 17; serial++) {
      meeting = planner.addCase(meeting.id(), "2022/" + serial, system);
    }
    notices.send(meeting.id(), system);
    List<SeatView> members = body.membersOn(meeting.date());
    List<RecordAttendance.Entry> attendance = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      boolean absent = i == members.size() - 1;
      attendance.add(
          new RecordAttendance.Entry(
              members.get(i).id(),
              absent ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT,
              null));
    }
    SeatView replaced = members.getLast();
    SeatView substitute =
        body.seats().stream()
            .filter(s -> !s.member() && s.represents().equals(replaced.represents()))
            .findFirst()
            .orElseThrow();
    attendance.add(
        new RecordAttendance.Entry(substitute.id(), AttendanceStatus.SERVING, replaced.id()));
    meeting =
        minutes.recordAttendance(
            meeting.id(),
            new RecordAttendance(attendance, "Helena Sekreterare, sekreterare"),
            system);
    meeting = minutes.numberItems(meeting.id(), 8, system);
    List<ItemMinutes> texts = DemoMinutesTexts.items(members.get(2).id());
    for (int i = 0; i < meeting.items().size(); i++) {
      meeting = minutes.writeItem(meeting.id(), meeting.items().get(i).id(), texts.get(i), system);
    }
    return minutes.attestation(
        meeting.id(),
        List.of(members.get(1).id()),
        "Digital justering",
        meeting.date().plusDays(7),
        system);
  }

  private void attest(MeetingView meeting, Actor system) {
    AttestationSent sent = attestation.send(meeting.id(), system);
    for (String link : sent.signerLinks()) {
      String token = link.substring(link.lastIndexOf('/') + 1);
      eid.start(token, "test", "127.0.0.1", false);
      eid.collect(token);
    }
  }
}
