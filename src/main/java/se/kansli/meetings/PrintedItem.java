package se.kansli.meetings;

import java.util.List;
import java.util.Objects;
import se.kansli.meetings.ItemMinutes.BasisDocument;
import se.kansli.meetings.ItemMinutes.Recipient;

/**
 * One § as the minutes print it, under the seed minutes' headings, with every member's name
 * resolved. A confidential item is printed in full: the minutes are the official record, and
 * secrecy is tried when someone asks for them.
 */
record PrintedItem(
    String paragraph,
    String title,
    String caseNumber,
    boolean confidential,
    String decisionHeading,
    String decision,
    String summary,
    String description,
    List<Statement> proposals,
    String decisionProcedure,
    PrintedVote vote,
    List<Statement> dissents,
    List<String> conflicts,
    List<String> absent,
    List<String> decisionBasis,
    List<String> recipients) {

  /** Something a named member said or did: a proposal, a vote, a dissent with its reasons. */
  record Statement(String name, String text) {}

  /**
   * A roll-call vote: Kommunallagen 5 kap. 67 § (6 kap. 35 §) requires the minutes to show how each
   * member voted.
   */
  record PrintedVote(
      String proposition,
      List<Statement> ballots,
      long yes,
      long no,
      long abstain,
      String result) {}

  static PrintedItem of(MeetingView meeting, AgendaItemView item) {
    ItemMinutes minutes = item.minutes();
    return new PrintedItem(
        item.paragraphLabel(),
        text(minutes.title()).isEmpty() ? item.title() : minutes.title().strip(),
        text(item.caseNumber()),
        item.confidential(),
        meeting.body().shortName() + "s beslut",
        text(minutes.decision()),
        text(minutes.summary()),
        text(minutes.description()),
        minutes.proceedings().stream()
            .map(m -> new Statement(meeting.personName(m.member()), text(m.text())))
            .toList(),
        text(minutes.decisionProcedure()),
        vote(meeting, minutes.vote()),
        // Reservation (Kommunallagen 4 kap. 27 §): the member, and the written reasons if given.
        minutes.dissents().stream()
            .map(d -> new Statement(meeting.personName(d.member()), text(d.reason())))
            .toList(),
        // Jäv (Kommunallagen 6 kap. 28 §): the member took no part in the item.
        minutes.conflicts().stream().map(meeting::personName).toList(),
        minutes.absent().stream().map(meeting::personName).toList(),
        minutes.decisionBasis().stream().map(BasisDocument::title).map(PrintedItem::text).toList(),
        minutes.recipients().stream().map(Recipient::name).map(PrintedItem::text).toList());
  }

  private static PrintedVote vote(MeetingView meeting, ItemMinutes.Vote vote) {
    if (vote == null) {
      return null;
    }
    return new PrintedVote(
        text(vote.proposition()),
        vote.ballots().stream()
            .map(b -> new Statement(meeting.personName(b.member()), choice(b.choice())))
            .toList(),
        vote.count(VoteChoice.YES),
        vote.count(VoteChoice.NO),
        vote.count(VoteChoice.ABSTAIN),
        vote.result());
  }

  private static String choice(VoteChoice choice) {
    if (choice == null) {
      return "";
    }
    return switch (choice) {
      case YES -> "Ja";
      case NO -> "Nej";
      case ABSTAIN -> "Avstår";
    };
  }

  private static String text(String value) {
    return Objects.requireNonNullElse(value, "").strip();
  }
}
