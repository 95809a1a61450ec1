package se.kansli.meetings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.kansli.meetings.ItemMinutes.Ballot;
import se.kansli.meetings.ItemMinutes.Dissent;

/**
 * What the minutes must contain before they can be attested. Kommunallagen 5 kap. 67 § (which 6
 * kap. 35 § applies to committees) requires the members and substitutes present, the items dealt
 * with, the proposals, the order and outcome of votes with each member's vote, the decisions and
 * who dissented. 6 kap. 27 § allows a committee to decide only when more than half of its members
 * are present.
 */
public final class MinutesCheck {

  private MinutesCheck() {}

  /** One thing missing or wrong, with the § (or "Närvaro") it concerns. */
  public record Problem(String where, String message) {}

  public static List<Problem> problems(MeetingView meeting) {
    List<Problem> problems = new ArrayList<>();
    attendance(meeting, problems);
    if (meeting.items().isEmpty()) {
      problems.add(new Problem("Föredragningslista", "Protokollet har inga ärenden."));
    }
    if (meeting.attesters().isEmpty()) {
      problems.add(new Problem("Justering", "Välj minst en justerare."));
    }
    if (meeting.body().chairOn(meeting.date()).isEmpty()) {
      problems.add(new Problem("Justering", "Nämnden har ingen ordförande för mötesdagen."));
    }
    for (AgendaItemView item : meeting.items()) {
      item(meeting, item, problems);
    }
    return List.copyOf(problems);
  }

  /** More than half of the members whose term covers the day take part (6 kap. 27 §). */
  public static boolean quorate(MeetingView meeting, AgendaItemView item) {
    int members = meeting.body().membersOn(meeting.date()).size();
    return members > 0 && meeting.decidingOn(item).size() * 2 > members;
  }

  private static void attendance(MeetingView meeting, List<Problem> problems) {
    Set<SeatId> recorded = new HashSet<>();
    meeting.attendance().forEach(a -> recorded.add(a.seat()));
    for (SeatView member : meeting.body().membersOn(meeting.date())) {
      if (!recorded.contains(member.id())) {
        problems.add(
            new Problem("Närvaro", "Närvaro saknas för ledamoten " + member.personName() + "."));
      }
    }
    for (AttendanceView serving : meeting.attendance()) {
      if (serving.status() == AttendanceStatus.SERVING && serving.servingFor() == null) {
        problems.add(
            new Problem(
                "Närvaro",
                "Ange vem ersättaren " + meeting.personName(serving.seat()) + " tjänstgör för."));
      }
    }
  }

  private static void item(MeetingView meeting, AgendaItemView item, List<Problem> problems) {
    String where = item.paragraph() == null ? item.title() : item.paragraphLabel();
    ItemMinutes minutes = item.minutes();
    if (item.paragraph() == null) {
      problems.add(new Problem(where, "Ärendet har inget paragrafnummer."));
    }
    if (blank(minutes.decision())) {
      problems.add(new Problem(where, "Beslut saknas."));
    }
    if (!quorate(meeting, item)) {
      problems.add(
          new Problem(
              where,
              "Nämnden är inte beslutför: färre än hälften av ledamöterna deltar i beslutet."));
    }
    Set<SeatId> deciding = meeting.decidingOn(item);
    vote(meeting, minutes, deciding, where, problems);
    for (Dissent dissent : minutes.dissents()) {
      if (!deciding.contains(dissent.member())) {
        problems.add(
            new Problem(
                where,
                meeting.personName(dissent.member())
                    + " reserverar sig men deltog inte i beslutet."));
      }
    }
  }

  private static void vote(
      MeetingView meeting,
      ItemMinutes minutes,
      Set<SeatId> deciding,
      String where,
      List<Problem> problems) {
    if (minutes.vote() == null) {
      return;
    }
    if (blank(minutes.vote().proposition())) {
      problems.add(new Problem(where, "Ange vilken proposition som ställdes vid voteringen."));
    }
    if (blank(minutes.decisionProcedure())) {
      problems.add(
          new Problem(where, "Beskriv beslutsgången: vilka förslag ordföranden ställde och hur."));
    }
    Set<SeatId> voted = new HashSet<>();
    for (Ballot ballot : minutes.vote().ballots()) {
      if (!voted.add(ballot.member())) {
        problems.add(
            new Problem(where, meeting.personName(ballot.member()) + " har röstat två gånger."));
      }
      if (!deciding.contains(ballot.member())) {
        problems.add(
            new Problem(
                where, meeting.personName(ballot.member()) + " röstar men tjänstgör inte."));
      }
    }
    if (voted.size() != deciding.size() || !voted.containsAll(deciding)) {
      problems.add(
          new Problem(
              where,
              "Rösterna ("
                  + voted.size()
                  + ") stämmer inte med antalet tjänstgörande ledamöter ("
                  + deciding.size()
                  + ")."));
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
