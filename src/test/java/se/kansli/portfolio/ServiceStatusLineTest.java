package se.kansli.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ServiceStatusLineTest {

  private static final LocalDate MIDSUMMER = LocalDate.of(2022, 6, 22);

  @Test
  void theStatusItemSaysWhoTakesPartOnThePeriodsLastDay() {
    ServiceView dataCentre =
        service(
            false,
            taking("alvsbyn", "Älvsbyns kommun", "2021-03-01", null),
            taking("boden", "Bodens kommun", "2021-09-01", null),
            taking("gallivare", "Gällivare kommun", "2022-02-01", null),
            taking("kiruna", "Kiruna kommun", "2022-09-01", null),
            taking("pitea", "Piteå kommun", "2021-01-01", "2021-12-31"));

    assertThat(StatusReports.participation(dataCentre, MIDSUMMER))
        .isEqualTo("Deltar: Älvsbyns kommun, Bodens kommun och Gällivare kommun.");
    assertThat(StatusReports.participation(service(false), MIDSUMMER))
        .isEqualTo("Ingen kommun deltar.");
  }

  @Test
  void aServiceEachMunicipalityActivatesItselfNamesThoseThatHave() {
    ServiceView signatures = service(true, taking("lulea", "Luleå kommun", "2022-04-01", null));

    assertThat(StatusReports.participation(signatures, MIDSUMMER))
        .isEqualTo(
            "Varje kommun beslutar och aktiverar själv för nyttjande; aktiverad av Luleå kommun.");
    assertThat(StatusReports.participation(signatures, LocalDate.of(2022, 3, 31)))
        .endsWith("ingen kommun har aktiverat den än.");
  }

  private static ServiceView service(boolean selfActivated, ParticipationView... participations) {
    return new ServiceView(
        new ServiceId(UUID.randomUUID()),
        "e-namnden",
        "Tjänst",
        "Beskrivning",
        "E-nämnden",
        ServiceStage.IN_OPERATION,
        LocalDate.of(2021, 1, 1),
        null,
        selfActivated,
        List.of(participations));
  }

  private static ParticipationView taking(String id, String name, String from, String to) {
    return new ParticipationView(
        UUID.randomUUID(),
        id,
        name,
        LocalDate.parse(from),
        to == null ? null : LocalDate.parse(to),
        true);
  }
}
