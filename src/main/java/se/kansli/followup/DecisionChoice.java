package se.kansli.followup;

/**
 * How the user points at the committee's decision: a case number ("2022/9" or "2022/9-2.2.0.1"), or
 * a meeting and its § number.
 */
public record DecisionChoice(String caseNumber, String meetingId, Integer paragraph) {}
