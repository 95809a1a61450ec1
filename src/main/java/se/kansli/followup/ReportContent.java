package se.kansli.followup;

import java.util.List;

/**
 * What a report says beside the committee's text: the plan's goals and indicators as they stood at
 * the period's end, the financial statement to that month, and what is missing for a complete
 * report.
 *
 * @param plan null when the organisation has no operational plan for the year
 * @param finances null when it has no budget for the year
 * @param gaps what the reader should know before filing it, in Swedish
 */
public record ReportContent(
    ReportView report, PlanView plan, BudgetOutcome finances, List<String> gaps) {}
