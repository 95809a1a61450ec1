package se.kansli.followup;

import java.time.LocalDate;

public record NewAction(
    String description, String owner, LocalDate due, ActionStatus status, String comment) {}
