package se.kansli.followup;

/** Command: the committee's forecast for an indicator, with the reasons in its own words. */
public record ForecastJudgement(Forecast forecast, String comment) {}
