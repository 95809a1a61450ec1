package se.kansli.minutesimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a vote: counts written as "Ja 7, Nej 4, Avstår 0" or "med 7 ja-röster mot 4 nej-röster",
 * and member lines such as "Anna Berg (S) Ja". Matched on folded text, so "Avstar" and "Avstår" are
 * the same.
 */
final class VoteReader {

  private static final String YES = "ja";
  private static final String NO = "nej";
  private static final String ABSTAIN = "avstar|avstod|avstaende|avstaenden|nedlagda";

  private static final Pattern LABEL_FIRST =
      Pattern.compile(
          "\\b(?<label>ja|nej|"
              + ABSTAIN
              + ")(?:[- ]?roster)?[ ]*[:=\\-–]?[ ]*(?<count>\\d{1,3})\\b");
  private static final Pattern COUNT_FIRST =
      Pattern.compile(
          "\\b(?<count>\\d{1,3})[ ]+(?:ledamoter[ ]+)?(?<label>ja|nej|"
              + ABSTAIN
              + ")(?:[- ]?roster)?\\b");
  private static final Pattern MEMBER =
      Pattern.compile(
          "^(?<name>\\p{Lu}[\\p{L} .'\\-]{1,60}?\\s*\\(\\p{L}{1,5}\\))\\s*[:\\-–]?\\s*"
              + "(?<vote>(?iu:ja|nej|avstår|avstar|avstod|avstående|avstaende))\\.?$");

  private VoteReader() {}

  /** The vote in these lines, or empty when they record none. */
  static Optional<Votes> read(List<String> lines) {
    List<MemberVote> members = new ArrayList<>();
    StringBuilder folded = new StringBuilder();
    for (String line : lines) {
      String text = Bullets.strip(line);
      Matcher member = MEMBER.matcher(text);
      if (member.matches()) {
        members.add(new MemberVote(member.group("name").strip(), choice(member.group("vote"))));
      }
      folded.append(Fold.of(text)).append('\n');
    }
    Integer[] counts = counts(folded.toString(), LABEL_FIRST);
    if (counts[0] == null && counts[1] == null) {
      counts = counts(folded.toString(), COUNT_FIRST);
    }
    if (counts[0] == null && counts[1] == null && members.isEmpty()) {
      return Optional.empty();
    }
    if (counts[0] == null && counts[1] == null) {
      counts =
          new Integer[] {
            count(members, VoteChoice.YES),
            count(members, VoteChoice.NO),
            count(members, VoteChoice.ABSTAIN)
          };
    }
    return Optional.of(new Votes(counts[0], counts[1], counts[2], members));
  }

  /** Whether the member lines, when there are any, add up to the printed counts. */
  static boolean membersAgree(Votes votes) {
    if (votes.members().isEmpty()) {
      return true;
    }
    return same(votes.yes(), count(votes.members(), VoteChoice.YES))
        && same(votes.no(), count(votes.members(), VoteChoice.NO))
        && same(votes.abstain(), count(votes.members(), VoteChoice.ABSTAIN));
  }

  private static boolean same(Integer printed, int counted) {
    return printed == null ? counted == 0 : printed == counted;
  }

  private static Integer[] counts(String folded, Pattern pattern) {
    Integer[] counts = new Integer[3];
    Matcher m = pattern.matcher(folded);
    while (m.find()) {
      int slot = slot(m.group("label"));
      if (counts[slot] == null) {
        counts[slot] = Integer.parseInt(m.group("count"));
      }
    }
    return counts;
  }

  private static int slot(String label) {
    return switch (label) {
      case YES -> 0;
      case NO -> 1;
      default -> 2;
    };
  }

  private static VoteChoice choice(String vote) {
    return switch (Fold.of(vote)) {
      case YES -> VoteChoice.YES;
      case NO -> VoteChoice.NO;
      default -> VoteChoice.ABSTAIN;
    };
  }

  private static int count(List<MemberVote> members, VoteChoice choice) {
    return (int) members.stream().filter(m -> m.vote() == choice).count();
  }
}
