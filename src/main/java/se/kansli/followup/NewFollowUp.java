package se.kansli.followup;

import java.time.LocalDate;

public record NewFollowUp(LocalDate date, String result, String comment) {}
