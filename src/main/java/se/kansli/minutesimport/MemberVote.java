package se.kansli.minutesimport;

/** One member's vote, with the name as read, e.g. "Anna Berg (S)". */
public record MemberVote(String name, VoteChoice vote) {}
