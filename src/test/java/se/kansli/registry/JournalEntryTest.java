package se.kansli.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JournalEntryTest {

  private final UUID caseId = UUID.randomUUID();
  private final Instant at = Instant.parse("2022-06-22T08:00:00Z");

  @Test
  void theHashCoversEveryFieldAndThePreviousHash() {
    String base = hash(JournalEntry.GENESIS, "Ny titel");
    assertThat(base).hasSize(64);
    assertThat(hash(JournalEntry.GENESIS, "Ny titel")).isEqualTo(base);
    assertThat(hash(JournalEntry.GENESIS, "Ny titeL")).isNotEqualTo(base);
    assertThat(hash("1".repeat(64), "Ny titel")).isNotEqualTo(base);
  }

  private String hash(String previous, String after) {
    return JournalEntry.computeHash(
        previous, "lulea", 1, caseId, null, null, "Rut", at, "CASE_UPDATED", null, after);
  }
}
