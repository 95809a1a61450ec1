package se.kansli.followup;

/** A plan in the list of years. */
public record PlanSummary(
    PlanId id, String organisation, String organisationName, int year, String title) {}
