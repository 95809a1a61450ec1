package se.kansli.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.shared.Actor;
import se.kansli.shared.Role;

@KansliTest
class JournalTest {

  @Autowired CaseRegistry registry;
  @Autowired Journal journal;
  @Autowired TestStaff staff;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;

  @Test
  void everyChangeIsJournalledWithBeforeAndAfter() {
    Actor actor = staff.actor(Role.REGISTRAR, "haparanda");
    CaseView c = registry.register(CaseRegistryTest.inOrg("haparanda", "Före"), actor);
    registry.update(
        c.id(),
        new UpdateCase("2.2.0.1", "Efter", "", null, List.of(), null, Set.of(), null, null),
        actor);
    List<JournalEntry> history = registry.history(c.id(), actor);
    assertThat(history)
        .extracting(JournalEntry::action)
        .containsExactly("CASE_REGISTERED", "CASE_UPDATED");
    assertThat(history.get(1).before()).contains("\"title\":\"Före\"");
    assertThat(history.get(1).after()).contains("\"title\":\"Efter\"");
    assertThat(history.get(1).actorName()).isEqualTo("Test REGISTRAR");
  }

  @Test
  void theDatabaseRefusesToChangeOrDeleteJournalRows() {
    Actor actor = staff.actor(Role.REGISTRAR, "haparanda");
    registry.register(CaseRegistryTest.inOrg("haparanda", "Skyddad"), actor);
    assertThatThrownBy(() ->
            jdbc.sql("update journal set actor_name = 'x' where organisation_id = 'haparanda'")
                .update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () -> jdbc.sql("delete from journal where organisation_id = 'haparanda'").update())
        .hasMessageContaining("append-only");
  }

  @Test
  void verificationDetectsAnEditedRowAndPassesWhenItIsRestored() {
    // Övertorneå's chain is used by this test alone.
    Actor registrar = staff.actor(Role.REGISTRAR, "overtornea");
    Actor admin = staff.actor(Role.ADMINISTRATOR, "overtornea");
    CaseView c = registry.register(CaseRegistryTest.inOrg("overtornea", "Original"), registrar);
    registry.register(CaseRegistryTest.inOrg("overtornea", "Nästa"), registrar);
    assertThat(journal.verify(admin).intact()).isTrue();

    JournalEntry first = registry.history(c.id(), registrar).getFirst();
    tamper(first.position(), first.after().replace("Original", "Förfalskad"));
    JournalVerification broken = journal.verify(admin);
    assertThat(broken.intact()).isFalse();
    assertThat(broken.breaks())
        .singleElement()
        .satisfies(b -> {
          assertThat(b.organisation()).isEqualTo("overtornea");
          assertThat(b.position()).isEqualTo(first.position());
          assertThat(b.reason()).contains("ändrats");
        });

    tamper(first.position(), first.after());
    assertThat(journal.verify(admin).intact()).isTrue();
  }

  @Test
  void onlyAdministratorsVerify() {
    Actor registrar = staff.actor(Role.REGISTRAR, "overtornea");
    assertThatThrownBy(() -> journal.verify(registrar)).hasMessageContaining("administratörer");
  }

  /** What an attacker with database access would do: switch off the guard and edit the row. */
  private void tamper(long position, String after) {
    tx.executeWithoutResult(s -> {
      jdbc.sql("alter table journal disable trigger journal_append_only").update();
      jdbc.sql(
              "update journal set after_state = ? where organisation_id = 'overtornea' and position = ?")
          .params(after, position)
          .update();
      jdbc.sql("alter table journal enable trigger journal_append_only").update();
    });
  }
}
