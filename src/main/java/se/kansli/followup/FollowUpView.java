package se.kansli.followup;

import java.time.LocalDate;
import java.util.UUID;

public record FollowUpView(UUID id, LocalDate date, String result, String comment) {}
