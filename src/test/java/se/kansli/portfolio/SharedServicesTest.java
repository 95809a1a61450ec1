package se.kansli.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.shared.Actor;
import se.kansli.shared.Conflict;
import se.kansli.shared.Forbidden;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.Role;

@KansliTest
class SharedServicesTest {

  @Autowired SharedServices services;
  @Autowired Participants participants;
  @Autowired TestStaff staff;
  @Autowired JdbcClient jdbc;

  @Test
  void joiningAndLeavingAreDatedAndTheBudgetReadsTheDaysOfTheYear() {
    Actor coordinator = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
    ServiceView dataCentre = service("Datacenter " + UUID.randomUUID(), coordinator);

    services.join(dataCentre.id(), "alvsbyn", LocalDate.parse("2021-09-01"), null, coordinator);
    services.join(dataCentre.id(), "boden", LocalDate.parse("2022-05-01"), null, coordinator);
    ServiceView joined =
        services.join(
            dataCentre.id(),
            "gallivare",
            LocalDate.parse("2021-09-01"),
            LocalDate.parse("2022-03-31"),
            coordinator);
    assertThat(joined.participantsOn(LocalDate.parse("2022-06-22")))
        .extracting(ParticipationView::municipalityName)
        .containsExactly("Älvsbyns kommun", "Bodens kommun");

    assertThat(participants.payingDays(dataCentre.id().value(), 2022))
        .containsEntry("alvsbyn", 365L)
        .containsEntry("boden", 245L)
        .containsEntry("gallivare", 90L)
        .hasSize(3);
    assertThat(participants.payingDays(dataCentre.id().value(), 2020)).isEmpty();

    UUID boden =
        joined.participations().stream()
            .filter(p -> p.municipality().equals("boden"))
            .findFirst()
            .orElseThrow()
            .id();
    ServiceView left = services.leave(boden, LocalDate.parse("2022-12-31"), coordinator);
    assertThat(left.participantsOn(LocalDate.parse("2023-01-01")))
        .extracting(ParticipationView::municipality)
        .containsExactly("alvsbyn");
    assertThatThrownBy(() -> services.leave(boden, LocalDate.parse("2023-06-30"), coordinator))
        .isInstanceOf(Conflict.class)
        .hasMessage("Bodens kommun lämnade redan 2022-12-31.");
  }

  @Test
  void leavingBeforeJoiningAndOverlappingPeriodsAreRefusedAndNothingIsSaved() {
    Actor coordinator = staff.actor(Role.ADMINISTRATOR, "e-namnden");
    ServiceView archive = service("E-arkiv " + UUID.randomUUID(), coordinator);
    ServiceView kiruna =
        services.join(archive.id(), "kiruna", LocalDate.parse("2019-01-01"), null, coordinator);
    UUID period = kiruna.participations().getFirst().id();

    assertThatThrownBy(() -> services.leave(period, LocalDate.parse("2018-12-31"), coordinator))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("Kommunen kan inte lämna före den dag den gick med (2019-01-01).");
    assertThatThrownBy(() ->
            services.join(archive.id(), "kiruna", LocalDate.parse("2020-01-01"), null, coordinator))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("Kiruna kommun deltar redan från 2019-01-01");
    assertThatThrownBy(() ->
            services.join(
                archive.id(), "e-namnden", LocalDate.parse("2020-01-01"), null, coordinator))
        .isInstanceOf(InvalidInput.class);

    ServiceView unchanged = services.get(archive.id(), coordinator);
    assertThat(unchanged.participations()).hasSize(1);
    assertThat(unchanged.participations().getFirst().leftOn()).isNull();

    // The table holds the rule too, whatever writes to it.
    assertThatThrownBy(() ->
            jdbc.sql(
                    "insert into participations (id, subject_id, subject_kind, municipality_id,"
                        + " joined_on) values (?, ?, 'SERVICE', 'kiruna', '2021-01-01')")
                .params(UUID.randomUUID(), archive.id().value())
                .update())
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void onlyTheCommitteesCoordinatorKeepsItsPortfolio() {
    Actor coordinator = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
    ServiceView service = service("SOC " + UUID.randomUUID(), coordinator);
    Actor member = staff.actor(Role.COMMITTEE_MEMBER, "e-namnden");
    Actor kiruna = staff.actor(Role.ADMINISTRATOR, "kiruna");

    assertThatThrownBy(
            () -> services.join(service.id(), "pitea", LocalDate.parse("2022-01-01"), null, member))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(
            () -> services.join(service.id(), "pitea", LocalDate.parse("2022-01-01"), null, kiruna))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> services.get(service.id(), kiruna)).isInstanceOf(NotFound.class);
    assertThat(services.get(service.id(), member).name()).isEqualTo(service.name());
    assertThat(services.all()).extracting(ServiceView::name).contains(service.name());
  }

  @Test
  void aServiceInOperationSaysSinceWhenAndNamesAreUnique() {
    Actor coordinator = staff.actor(Role.ADMINISTRATOR, "e-namnden");
    String name = "Räddningstjänstsystem " + UUID.randomUUID();
    assertThatThrownBy(() ->
            services.create(
                new NewService(
                    "e-namnden",
                    name,
                    "System",
                    "E-nämnden",
                    ServiceStage.IN_OPERATION,
                    null,
                    null,
                    false),
                coordinator))
        .isInstanceOf(InvalidInput.class)
        .extracting("field")
        .isEqualTo("inOperationSince");
    service(name, coordinator);
    assertThatThrownBy(() -> service(name.toUpperCase(), coordinator)).isInstanceOf(Conflict.class);
  }

  private ServiceView service(String name, Actor coordinator) {
    return services.create(
        new NewService(
            "e-namnden",
            name,
            "En gemensam tjänst",
            "E-nämnden",
            ServiceStage.IN_OPERATION,
            LocalDate.parse("2019-01-01"),
            null,
            false),
        coordinator);
  }
}
