package se.kansli.portfolio;

/**
 * How the coordinator points at the committee's decision: a case number ("2022/12" or
 * "2022/12-2.2.0.1"), or a meeting and its § number.
 */
public record DecisionChoice(String caseNumber, String meetingId, Integer paragraph) {}
