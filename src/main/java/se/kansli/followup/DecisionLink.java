package se.kansli.followup;

import java.util.UUID;

/** The committee's decision on an audit: a minutes item, named like "E-nämnden 2022-06-22 § 8". */
public record DecisionLink(UUID meetingId, UUID itemId, String label) {}
