package se.kansli.registry;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.kansli.shared.Actor;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

/**
 * Demo only: the joint committee's real 2022 cases from the seed minutes of 2022-06-22 (§8–§16),
 * with their numbers and classification codes, so a newcomer lands in the seed's world.
 */
@Component
@Order(20)
@ConditionalOnProperty("kansli.demo.enabled")
class DemoCases implements ApplicationRunner {

  private static final OrganisationId COMMITTEE = OrganisationId.of("e-namnden");

  record SeedCase(int serial, String code, String title, LocalDate registered) {}

  static final List<SeedCase> SEED =
      List.of(
          new SeedCase(
              9,
              "2.2.0.1",
              "Grundläggande granskning Kiruna och Gällivare kommun",
              LocalDate.of(2022, 3, 1)),
          new SeedCase(
              10,
              "2.2.0.1",
              "Grundläggande granskning Arvidsjaurs kommun",
              LocalDate.of(2022, 3, 8)),
          new SeedCase(
              11, "2.2.0.1", "Grundläggande granskning Älvsbyns kommun", LocalDate.of(2022, 3, 15)),
          new SeedCase(12, "2.2.0.1", "Revidering förstudiedirektiv HR", LocalDate.of(2022, 4, 5)),
          new SeedCase(13, "2.2.0.1", "Budget 2023", LocalDate.of(2022, 4, 20)),
          new SeedCase(14, "2.2.0.1", "Slutrapport e-learning", LocalDate.of(2022, 5, 3)),
          new SeedCase(
              15,
              "2.2.0.1",
              "Information om aktuella och pågående aktiviteter",
              LocalDate.of(2022, 5, 10)),
          new SeedCase(
              16,
              "2.2.0.1",
              "Information gällande revidering av reglemente och samverkansavtal",
              LocalDate.of(2022, 5, 17)),
          new SeedCase(17, "1.1.1.2", "Delårsrapport 2022", LocalDate.of(2022, 6, 1)));

  private final CaseRegistry registry;
  private final Cases cases;

  DemoCases(CaseRegistry registry, Cases cases) {
    this.registry = registry;
    this.cases = cases;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (cases.findByNumber(COMMITTEE, 2022, 9).isPresent()) {
      return;
    }
    Actor system =
        new Actor(
            null, "system", "Kansli demodata", EnumSet.of(Role.ADMINISTRATOR), Set.of(COMMITTEE));
    for (SeedCase seed : SEED) {
      registry.registerExisting(
          new RegisterCase(
              COMMITTEE.value(),
              seed.code(),
              seed.title(),
              "",
              null,
              List.of(),
              null,
              Set.of(),
              null),
          new CaseNumber(2022, seed.serial(), seed.code()),
          ZonedDateTime.of(seed.registered(), LocalTime.of(9, 0), CaseRegistry.SWEDEN).toInstant(),
          system);
    }
  }
}
