package se.kansli.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.Role;

@KansliTest
class CaseRegistryTest {

  @Autowired CaseRegistry registry;
  @Autowired TestStaff staff;
  @Autowired JdbcClient jdbc;

  static RegisterCase inOrg(String org, String title) {
    return new RegisterCase(org, "2.2.0.1", title, "", null, List.of(), null, Set.of(), null);
  }

  @Test
  void theAnswerToARegistrationIsTheCaseAsReadBack() {
    Actor actor = staff.actor(Role.REGISTRAR, "lulea");
    var officer = staff.create(Role.CASE_OFFICER, "lulea");
    CaseView registered =
        registry.register(
            new RegisterCase(
                "lulea",
                "3.1.1",
                "Ansökan om bygglov",
                "  Med beskrivning  ",
                officer.id(),
                List.of(
                    new Party(Party.Kind.PERSON, "Anna Andersson", null, "Sökande"),
                    new Party(Party.Kind.ORGANISATION, "Polarbröd AB", null, "Ombud")),
                "OSL 21 kap. 1 §",
                Set.of(SecretField.PARTIES, SecretField.DESCRIPTION),
                null),
            actor);

    assertThat(registered).isEqualTo(registry.get(registered.id(), actor));
    assertThat(registered.caseOfficerName()).isEqualTo(officer.displayName());
    assertThat(List.copyOf(registered.secretFields()))
        .containsExactly(SecretField.DESCRIPTION, SecretField.PARTIES);
  }

  @Test
  void twoHundredParallelRegistrationsInOneSeriesGetNumbersOneToTwoHundred() throws Exception {
    // Arjeplog's series is used by this test alone.
    Actor actor = staff.actor(Role.REGISTRAR, "arjeplog");
    int before = lastSerial("arjeplog");
    List<Future<CaseView>> futures = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(32)) {
      for (int i = 0; i < 200; i++) {
        int n = i;
        futures.add(
            pool.submit(() -> registry.register(inOrg("arjeplog", "Parallellt " + n), actor)));
      }
    }
    List<Integer> serials = new ArrayList<>();
    for (Future<CaseView> f : futures) {
      serials.add(f.get().serial());
    }
    List<Integer> expected = new ArrayList<>();
    for (int i = before + 1; i <= before + 200; i++) {
      expected.add(i);
    }
    assertThat(serials).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void aRefusedRegistrationLeavesNoGapInTheSeries() {
    Actor actor = staff.actor(Role.REGISTRAR, "boden");
    CaseView first = registry.register(inOrg("boden", "Första"), actor);
    UUID strangerFromKiruna = staff.create(Role.CASE_OFFICER, "kiruna").id();
    assertThatThrownBy(() ->
            registry.register(
                new RegisterCase(
                    "boden",
                    "2.2.0.1",
                    "Med fel handläggare",
                    "",
                    strangerFromKiruna,
                    List.of(),
                    null,
                    Set.of(),
                    null),
                actor))
        .isInstanceOf(InvalidInput.class)
        .extracting("field")
        .isEqualTo("caseOfficerId");
    CaseView next = registry.register(inOrg("boden", "Nästa"), actor);
    assertThat(next.serial()).isEqualTo(first.serial() + 1);
  }

  @Test
  void aCrashMidRegistrationLeavesNoHalfCaseAndNoGap() {
    Actor actor = staff.actor(Role.REGISTRAR, "arvidsjaur");
    CaseView first = registry.register(inOrg("arvidsjaur", "Före kraschen"), actor);
    long journalBefore = journalLines("arvidsjaur");
    assertThatThrownBy(
            () -> registry.register(inOrg("arvidsjaur", CrashAfterInsert.TRIGGER), actor))
        .isInstanceOf(IllegalStateException.class);
    assertThat(
            jdbc.sql("select count(*) from cases where title = ?")
                .param(CrashAfterInsert.TRIGGER)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(journalLines("arvidsjaur")).isEqualTo(journalBefore);
    assertThat(registry.register(inOrg("arvidsjaur", "Efter kraschen"), actor).serial())
        .isEqualTo(first.serial() + 1);
  }

  private long journalLines(String org) {
    return jdbc.sql("select count(*) from journal where organisation_id = ?")
        .param(org)
        .query(Long.class)
        .single();
  }

  @Test
  void theCaseNumberIsYearSerialAndClassificationCode() {
    Actor actor = staff.actor(Role.REGISTRAR, "kalix");
    CaseView c = registry.register(inOrg("kalix", "Numrering"), actor);
    int year = LocalDate.now(CaseRegistry.SWEDEN).getYear();
    assertThat(c.caseNumber()).isEqualTo(year + "/" + c.serial() + "-2.2.0.1");
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyReturnsTheFirstCase() {
    Actor actor = staff.actor(Role.REGISTRAR, "jokkmokk");
    String key = UUID.randomUUID().toString();
    CaseView first = registry.register(inOrg("jokkmokk", "Dubbelklick"), key, actor);
    CaseView again = registry.register(inOrg("jokkmokk", "Dubbelklick"), key, actor);
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(lastSerial("jokkmokk")).isEqualTo(first.serial());
  }

  @Test
  void aClosedCaseCannotBeChangedUntilReopened() {
    Actor actor = staff.actor(Role.REGISTRAR, "lulea");
    CaseView c = registry.register(inOrg("lulea", "Att avsluta"), actor);
    registry.close(c.id(), new CloseCase(null, "Besvarat"), actor);
    UpdateCase change =
        new UpdateCase("2.2.0.1", "Ny titel", "", null, List.of(), null, Set.of(), null, null);
    assertThatThrownBy(() -> registry.update(c.id(), change, actor))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("avslutat");
    registry.reopen(c.id(), actor);
    assertThat(registry.update(c.id(), change, actor).title()).isEqualTo("Ny titel");
  }

  @Test
  void aStaleEditIsRefused() {
    Actor actor = staff.actor(Role.REGISTRAR, "lulea");
    CaseView c = registry.register(inOrg("lulea", "Samtidig ändring"), actor);
    registry.update(
        c.id(),
        new UpdateCase("2.2.0.1", "Först", "", null, List.of(), null, Set.of(), null, 0),
        actor);
    assertThatThrownBy(() ->
            registry.update(
                c.id(),
                new UpdateCase("2.2.0.1", "Sen", "", null, List.of(), null, Set.of(), null, 0),
                actor))
        .isInstanceOf(Conflict.class)
        .extracting("field")
        .isEqualTo("version");
  }

  @Test
  void secrecyMustCiteTheOslParagraph() {
    Actor actor = staff.actor(Role.REGISTRAR, "lulea");
    assertThatThrownBy(() ->
            registry.register(
                new RegisterCase(
                    "lulea",
                    "3.1.1",
                    "Hemlig",
                    "",
                    null,
                    List.of(),
                    "hemligt",
                    Set.of(SecretField.PARTIES),
                    null),
                actor))
        .isInstanceOf(InvalidInput.class)
        .extracting("field")
        .isEqualTo("secrecyReference");
  }

  @Test
  void auditorsOnlyRead() {
    Actor auditor = staff.actor(Role.AUDITOR, "lulea");
    assertThatThrownBy(() -> registry.register(inOrg("lulea", "Revisorn"), auditor))
        .hasMessageContaining("roll");
  }

  @Test
  void anotherMunicipalitysCaseDoesNotExistForMe() {
    CaseView lulea =
        registry.register(inOrg("lulea", "Luleås ärende"), staff.actor(Role.REGISTRAR, "lulea"));
    Actor kiruna = staff.actor(Role.REGISTRAR, "kiruna");
    assertThat(registry.find(lulea.id(), kiruna)).isEmpty();
    assertThatThrownBy(() -> registry.close(lulea.id(), new CloseCase(null, "x"), kiruna))
        .isInstanceOf(NotFound.class);
  }

  private int lastSerial(String org) {
    return jdbc.sql(
            "select coalesce(max(last_serial), 0) from case_series where organisation_id = ? and year = ?")
        .params(org, LocalDate.now(CaseRegistry.SWEDEN).getYear())
        .query(Integer.class)
        .single();
  }
}
