package se.kansli.meetings;

import java.util.List;
import java.util.UUID;

/**
 * What the minutes say about one item (Kommunallagen 5 kap. 67 §, applied to committees by 6 kap.
 * 35 §): the decision, the proposals made and by whom, how the decision was reached, the votes,
 * dissents, members who did not take part because of a conflict of interest, the decision basis,
 * who receives the decision, whether the decision ends the case, and the serving members who were
 * not present for this item.
 */
public record ItemMinutes(
    String title,
    String decision,
    String summary,
    String description,
    List<Motion> proceedings,
    String decisionProcedure,
    Vote vote,
    List<Dissent> dissents,
    List<SeatId> conflicts,
    List<BasisDocument> decisionBasis,
    List<Recipient> recipients,
    Boolean closesCase,
    List<SeatId> absent) {

  /** Every serving member was present for the whole item. */
  public ItemMinutes(
      String title,
      String decision,
      String summary,
      String description,
      List<Motion> proceedings,
      String decisionProcedure,
      Vote vote,
      List<Dissent> dissents,
      List<SeatId> conflicts,
      List<BasisDocument> decisionBasis,
      List<Recipient> recipients,
      Boolean closesCase) {
    this(
        title,
        decision,
        summary,
        description,
        proceedings,
        decisionProcedure,
        vote,
        dissents,
        conflicts,
        decisionBasis,
        recipients,
        closesCase,
        List.of());
  }

  /** Minutes of a decision that does not end its case. */
  public ItemMinutes(
      String title,
      String decision,
      String summary,
      String description,
      List<Motion> proceedings,
      String decisionProcedure,
      Vote vote,
      List<Dissent> dissents,
      List<SeatId> conflicts,
      List<BasisDocument> decisionBasis,
      List<Recipient> recipients) {
    this(
        title,
        decision,
        summary,
        description,
        proceedings,
        decisionProcedure,
        vote,
        dissents,
        conflicts,
        decisionBasis,
        recipients,
        false);
  }

  public ItemMinutes {
    closesCase = Boolean.TRUE.equals(closesCase);
    absent = absent == null ? List.of() : List.copyOf(absent);
    proceedings = proceedings == null ? List.of() : List.copyOf(proceedings);
    dissents = dissents == null ? List.of() : List.copyOf(dissents);
    conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    decisionBasis = decisionBasis == null ? List.of() : List.copyOf(decisionBasis);
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
  }

  /** A proposal or remark by a named member ("Yrkande", "Anteckning"). */
  public record Motion(SeatId member, String text) {}

  /** A roll-call vote (votering): the proposition put and every serving member's vote. */
  public record Vote(String proposition, List<Ballot> ballots) {
    public Vote {
      ballots = ballots == null ? List.of() : List.copyOf(ballots);
    }

    public long count(VoteChoice choice) {
      return ballots.stream().filter(b -> b.choice() == choice).count();
    }

    /**
     * Simple majority of those voting (Kommunallagen 4 kap. 24 §: the chair has the casting vote).
     */
    public String result() {
      long yes = count(VoteChoice.YES);
      long no = count(VoteChoice.NO);
      if (yes == no) {
        return "Lika röstetal – ordförandens röst avgör";
      }
      return yes > no ? "Bifall" : "Avslag";
    }
  }

  public record Ballot(SeatId member, VoteChoice choice) {}

  /** Reservation, with or without written reasons. */
  public record Dissent(SeatId member, String reason) {}

  /** A registry document the decision was based on, or a named paper outside the registry. */
  public record BasisDocument(UUID documentId, String title) {}

  public record Recipient(String name, String email) {}
}
