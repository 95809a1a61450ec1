package se.kansli.registry;

import java.time.Instant;
import java.util.List;

/** The result of checking every organisation's journal chain. */
public record JournalVerification(
    Instant verifiedAt, long entriesChecked, boolean intact, List<Break> breaks) {

  /** Where a chain is broken and why (in Swedish, for the administrator). */
  public record Break(String organisation, long position, String reason) {}
}
