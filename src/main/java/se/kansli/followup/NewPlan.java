package se.kansli.followup;

/** Command: an organisation's operational plan for a year. */
public record NewPlan(String organisation, Integer year, String title) {}
