package se.kansli.followup;

/** Command: a goal of the plan, in the plan's words. */
public record NewGoal(String text) {}
