package se.kansli.minutesimport;

import java.util.List;

/**
 * A vote (omröstning) as recorded in the minutes: the counts when they are printed, or counted from
 * the members' lines when only those are.
 *
 * @param yes null when the minutes give no count and no member lines
 * @param members one per member line ("Anna Berg (S) Ja"), empty when the minutes list none
 */
public record Votes(Integer yes, Integer no, Integer abstain, List<MemberVote> members) {

  public Votes {
    members = List.copyOf(members);
  }
}
