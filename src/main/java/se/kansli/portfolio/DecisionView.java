package se.kansli.portfolio;

import java.util.UUID;

/**
 * A committee decision about a service or an initiative: a minutes item, "E-nämnden 2022-06-22 §
 * 11".
 */
public record DecisionView(UUID meetingId, UUID itemId, String label) {}
