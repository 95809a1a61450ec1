package se.kansli.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

public record MeetingView(
    MeetingId id,
    BodyView body,
    LocalDate date,
    LocalTime startsAt,
    LocalTime endsAt,
    String place,
    boolean remote,
    MeetingStatus status,
    Instant noticeSentAt,
    String othersPresent,
    List<SeatId> attesters,
    String attestationPlace,
    LocalDate attestationDate,
    Instant attestedAt,
    String sealedSha256,
    List<AgendaItemView> items,
    List<AttendanceView> attendance,
    int version,
    boolean historical) {

  public String organisation() {
    return body.organisation();
  }

  public Optional<AgendaItemView> item(AgendaItemId id) {
    return items.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** Members and serving substitutes: those who may vote. */
  public Set<SeatId> serving() {
    return attendance.stream()
        .filter(AttendanceView::serving)
        .map(AttendanceView::seat)
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Those who took part in an item's decision: serving, less any conflict of interest and anyone
   * not present for the item.
   */
  public Set<SeatId> decidingOn(AgendaItemView item) {
    return serving().stream()
        .filter(s -> !item.minutes().conflicts().contains(s))
        .filter(s -> !item.minutes().absent().contains(s))
        .collect(Collectors.toUnmodifiableSet());
  }

  public String personName(SeatId seat) {
    return body.seat(seat).map(SeatView::personName).orElse("okänd");
  }
}
