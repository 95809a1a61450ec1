package se.kansli.portfolio;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.kansli.shared.Actor;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

/**
 * Demo only: the shared services of the seed's §14 as of 2022-06-22, with the data centre's
 * Älvsbyn, Boden and Gällivare. Before the budget demo, whose lines fund the archive and the
 * rescue-services system. A service already there by its name is left alone.
 */
@Component
@Order(35)
@ConditionalOnProperty("kansli.demo.enabled")
class DemoPortfolio implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoPortfolio.class);
  private static final String COMMITTEE = "e-namnden";
  private static final LocalDate START_2017 = LocalDate.of(2017, 1, 1);

  private static final String PERIOD = "2022-06";

  private final SharedServices services;
  private final StatusReports statuses;

  DemoPortfolio(SharedServices services, StatusReports statuses) {
    this.services = services;
    this.statuses = statuses;
  }

  /** A municipality joining on a day. */
  private record Joined(String municipality, LocalDate on) {}

  /** The seed's §14 status lines for June 2022, one a line. */
  private static final java.util.Map<String, String> STATUS_2022_06 =
      java.util.Map.of(
          "Datacenter Norrbotten",
          "I drift och förvaltning sedan 2021.\nMigrering av kommuner pågår.",
          "E-tjänsteplattformen",
          "I drift och förvaltning sedan 2017.\nEn av Sveriges största installationer med mer än"
              + " 1 000 e-tjänster, över 450 000 ärenden och mer än 260 000 unika besökare.\nNy"
              + " drift-, support- och utvecklingsupphandling under 2022/2023.",
          "Verksamhetssystem för räddningstjänsten",
          "I drift och förvaltning sedan 2017.",
          "Gemensamt e-arkiv",
          "I drift sedan 2019.\nDialog kring gemensamt stöd och förvaltning pågår.",
          "Digitala signaturer",
          "Funktionen driftsatt.");

  @Override
  public void run(ApplicationArguments args) {
    Actor system =
        new Actor(
            null,
            "system",
            "Kansli demodata",
            EnumSet.of(Role.ADMINISTRATOR),
            Set.of(OrganisationId.of(COMMITTEE)));
    // The seed says only "i drift och förvaltning sedan 2021" and who is on it; the days are
    // illustrative.
    add(
        system,
        new NewService(
            COMMITTEE,
            "Datacenter Norrbotten",
            "Gemensamt datacenter (DCBD) för kommunernas servrar och system.",
            "E-nämnden",
            ServiceStage.IN_OPERATION,
            LocalDate.of(2021, 3, 1),
            "Migrering av kommuner pågår",
            false),
        List.of(
            new Joined("alvsbyn", LocalDate.of(2021, 3, 1)),
            new Joined("boden", LocalDate.of(2021, 9, 1)),
            new Joined("gallivare", LocalDate.of(2022, 2, 1))));
    add(
        system,
        new NewService(
            COMMITTEE,
            "E-tjänsteplattformen",
            "En plattform för säkra meddelanden, e-tjänster, digital signering, ärendehantering och"
                + " digitala ärendeflöden. En av Sveriges största installationer med mer än 1 000"
                + " e-tjänster, över 450 000 ärenden och mer än 260 000 unika besökare.",
            "E-nämnden",
            ServiceStage.REPLACEMENT_PLANNED,
            START_2017,
            "Ny drift-, support- och utvecklingsupphandling under 2022/2023",
            false),
        all(START_2017));
    // Illustrative: the seed does not say which municipalities use these two services.
    add(
        system,
        new NewService(
            COMMITTEE,
            "Verksamhetssystem för räddningstjänsten",
            "Gemensamt verksamhetssystem för räddningstjänsterna.",
            "E-nämnden",
            ServiceStage.IN_OPERATION,
            START_2017,
            null,
            false),
        since(START_2017, "lulea", "boden", "pitea", "kalix", "alvsbyn", "haparanda"));
    add(
        system,
        new NewService(
            COMMITTEE,
            "Gemensamt e-arkiv",
            "E-arkiv för långtidsbevarande av kommunernas elektroniska handlingar.",
            "E-nämnden",
            ServiceStage.IN_OPERATION,
            LocalDate.of(2019, 1, 1),
            "Dialog kring gemensamt stöd och förvaltning pågår",
            false),
        since(
            LocalDate.of(2019, 1, 1),
            "lulea",
            "kiruna",
            "gallivare",
            "pajala",
            "jokkmokk",
            "arjeplog",
            "arvidsjaur"));
    // "Funktionen driftsatt, varje kommun beslutar och aktiverar själv för nyttjande": the
    // municipalities that have activated it are its participants (illustrative days).
    add(
        system,
        new NewService(
            COMMITTEE,
            "Digitala signaturer",
            "Digital underskrift med e-legitimation av protokoll, avtal och beslut.",
            "E-nämnden",
            ServiceStage.IN_OPERATION,
            LocalDate.of(2022, 4, 1),
            null,
            true),
        List.of(
            new Joined("lulea", LocalDate.of(2022, 4, 1)),
            new Joined("pitea", LocalDate.of(2022, 5, 16))));
  }

  private void add(Actor system, NewService service, List<Joined> joined) {
    if (services.list(system).stream().anyMatch(s -> s.name().equals(service.name()))) {
      return;
    }
    ServiceView created = services.create(service, system);
    joined.forEach(j -> services.join(created.id(), j.municipality(), j.on(), null, system));
    statuses.report(created.id(), PERIOD, STATUS_2022_06.get(service.name()), system);
    log.info("Demo: shared service {} with {} municipalities", service.name(), joined.size());
  }

  private static List<Joined> since(LocalDate day, String... municipalities) {
    return java.util.Arrays.stream(municipalities).map(m -> new Joined(m, day)).toList();
  }

  private static List<Joined> all(LocalDate day) {
    return since(
        day,
        "arjeplog",
        "arvidsjaur",
        "boden",
        "gallivare",
        "haparanda",
        "jokkmokk",
        "kalix",
        "kiruna",
        "lulea",
        "pajala",
        "pitea",
        "alvsbyn",
        "overkalix",
        "overtornea");
  }
}
