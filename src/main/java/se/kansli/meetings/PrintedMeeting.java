package se.kansli.meetings;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The meeting as its minutes print it: the running header, the first page's time and place,
 * attendance and signature fields, and the notice-board certificate. Every name is resolved here,
 * so the templates only print text (which Thymeleaf escapes).
 */
record PrintedMeeting(
    String host,
    String bodyName,
    String date,
    String time,
    String place,
    boolean remote,
    List<Attendee> members,
    List<Attendee> substitutes,
    List<Attendee> absent,
    String othersPresent,
    String paragraphs,
    String secretary,
    String chair,
    List<String> attesters,
    String attestation,
    String attestedOn,
    String storagePlace) {

  private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH.mm");

  /** One line of the attendance: "Anna Andersson (S)", "Luleå kommun, ordförande". */
  record Attendee(String name, String detail) {}

  static PrintedMeeting of(MeetingView meeting, String hostMunicipalityName) {
    BodyView body = meeting.body();
    return new PrintedMeeting(
        Text.required(hostMunicipalityName, "hostMunicipalityName", "Ange värdkommunen.")
            .toUpperCase(SWEDISH),
        body.name(),
        meeting.date().toString(),
        time(meeting.startsAt(), meeting.endsAt()),
        Objects.requireNonNullElse(meeting.place(), ""),
        meeting.remote(),
        attendees(meeting, AttendanceStatus.PRESENT),
        attendees(meeting, AttendanceStatus.SERVING),
        attendees(meeting, AttendanceStatus.ABSENT),
        blankToEmpty(meeting.othersPresent()),
        paragraphs(meeting.items()),
        blankToEmpty(body.secretaryName()),
        body.chairOn(meeting.date()).map(SeatView::personName).orElse(""),
        meeting.attesters().stream().map(meeting::personName).toList(),
        attestation(meeting),
        meeting.attestedAt() == null
            ? ""
            : meeting.attestedAt().atZone(SWEDEN).toLocalDate().toString(),
        "Diariet, " + body.organisationName());
  }

  private static String time(LocalTime startsAt, LocalTime endsAt) {
    if (startsAt == null) {
      return "";
    }
    return CLOCK.format(startsAt) + (endsAt == null ? "" : "–" + CLOCK.format(endsAt));
  }

  /** The chair and vice chair first, as minutes list them, then the body's own seat order. */
  private static List<Attendee> attendees(MeetingView meeting, AttendanceStatus status) {
    List<SeatView> order = meeting.body().seats();
    return meeting.attendance().stream()
        .filter(a -> a.status() == status)
        .sorted(
            Comparator.comparing((AttendanceView a) -> officeRank(meeting, a.seat()))
                .thenComparing(a -> order.indexOf(meeting.body().seat(a.seat()).orElse(null))))
        .map(a -> attendee(meeting, a))
        .toList();
  }

  private static int officeRank(MeetingView meeting, SeatId seat) {
    Office office = meeting.body().seat(seat).map(SeatView::office).orElse(null);
    return office == null ? 2 : office.ordinal();
  }

  private static Attendee attendee(MeetingView meeting, AttendanceView attendance) {
    SeatView seat = meeting.body().seat(attendance.seat()).orElse(null);
    if (seat == null) {
      return new Attendee(meeting.personName(attendance.seat()), "");
    }
    String name =
        seat.party() == null ? seat.personName() : seat.personName() + " (" + seat.party() + ")";
    List<String> detail =
        Stream.of(
                seat.representsName(),
                office(seat.office()),
                attendance.servingFor() == null
                    ? null
                    : "tjänstgör för " + meeting.personName(attendance.servingFor()))
            .filter(Objects::nonNull)
            .toList();
    return new Attendee(name, String.join(", ", detail));
  }

  private static String office(Office office) {
    if (office == null) {
      return null;
    }
    return switch (office) {
      case CHAIR -> "ordförande";
      case VICE_CHAIR -> "vice ordförande";
    };
  }

  /** "§ 8–16", the range the secretary signs for. */
  private static String paragraphs(List<AgendaItemView> items) {
    List<Integer> numbers =
        items.stream().map(AgendaItemView::paragraph).filter(Objects::nonNull).sorted().toList();
    if (numbers.isEmpty()) {
      return "";
    }
    int first = numbers.getFirst();
    int last = numbers.getLast();
    return first == last ? "§ " + first : "§ " + first + "–" + last;
  }

  private static String attestation(MeetingView meeting) {
    String place = blankToEmpty(meeting.attestationPlace());
    String date = meeting.attestationDate() == null ? "" : meeting.attestationDate().toString();
    return place.isEmpty() || date.isEmpty() ? place + date : place + ", " + date;
  }

  private static String blankToEmpty(String value) {
    return value == null ? "" : value.strip();
  }
}
