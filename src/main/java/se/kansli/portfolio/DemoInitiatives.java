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
import se.kansli.meetings.MeetingPlanner;
import se.kansli.meetings.MeetingView;
import se.kansli.shared.Actor;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

/**
 * Demo only: the initiatives of the seed's minutes of 2022-06-22 (§ 11, § 13 and the status report
 * in § 14) as they stood that day, with their statuses for the period 2022-06. Leaves an existing
 * initiative of the same name alone, so that it runs on every start. The shared services of § 14
 * are DemoPortfolio's.
 */
@Component
@Order(36)
@ConditionalOnProperty("kansli.demo.enabled")
class DemoInitiatives implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoInitiatives.class);
  private static final String COMMITTEE = "e-namnden";
  static final String PERIOD = "2022-06";
  private static final LocalDate SEED_DAY = LocalDate.of(2022, 6, 22);
  // Illustrative: the seed says "ingående kommuner" (all fourteen) take part in the social
  // services' system and in the HR prestudy, and gives no days; the days here are invented.
  private static final List<String> ALL =
      List.of(
          "arjeplog",
          "arvidsjaur",
          "boden",
          "gallivare",
          "haparanda",
          "jokkmokk",
          "kalix",
          "kiruna",
          "lulea",
          "overkalix",
          "overtornea",
          "pajala",
          "pitea",
          "alvsbyn");
  // Illustrative: § 13 says six of the member municipalities ran the e-learning prestudy and
  // financed its project lead together, but does not name them; these six are a plausible guess.
  private static final List<String> E_LEARNING =
      List.of("lulea", "boden", "pitea", "kiruna", "gallivare", "alvsbyn");
  // Illustrative: the seed does not say which municipalities are in the pupil health project.
  private static final List<String> PUPIL_HEALTH =
      List.of("lulea", "boden", "pitea", "kalix", "haparanda", "alvsbyn", "overkalix");

  private final Initiatives initiatives;
  private final StatusReports statuses;
  private final PortfolioDecisions decisions;
  private final MeetingPlanner planner;

  DemoInitiatives(
      Initiatives initiatives,
      StatusReports statuses,
      PortfolioDecisions decisions,
      MeetingPlanner planner) {
    this.initiatives = initiatives;
    this.statuses = statuses;
    this.decisions = decisions;
    this.planner = planner;
  }

  @Override
  public void run(ApplicationArguments args) {
    Actor system =
        new Actor(
            null,
            "system",
            "Kansli demodata",
            EnumSet.of(Role.ADMINISTRATOR, Role.COMMITTEE_SECRETARY),
            Set.of(OrganisationId.of(COMMITTEE)));
    Set<String> existing =
        Set.copyOf(initiatives.list(system).stream().map(InitiativeView::name).toList());
    int created = 0;

    String socialServices = "Upphandling verksamhetssystem socialtjänsten";
    if (!existing.contains(socialServices)) {
      InitiativeView i =
          create(
              system,
              InitiativeKind.PROCUREMENT,
              socialServices,
              "Gemensam upphandling och införande av verksamhetssystem för socialtjänsten i"
                  + " Norrbotten, med en gemensam förvaltningsorganisation.",
              "Förvaltningsledare verksamhetssystem socialtjänsten",
              "");
      join(i, ALL, LocalDate.of(2021, 1, 1), true, system);
      statuses.report(
          i.id(),
          PERIOD,
          """
          Rekrytering till gemensam förvaltningsorganisation pågår
          Intervjuer samt nya annonser under juni
          Nuvarande förvaltningsledare slutar, extern konsult stöttar från och med 22 augusti 2022.
          Gemensamt införandeprojekt pågår.\
          """,
          system);
      created++;
    }

    String pupilHealth = "Utvecklingsprojekt gemensamt system för elevhälsan i Norrbotten";
    if (!existing.contains(pupilHealth)) {
      InitiativeView i =
          create(
              system,
              InitiativeKind.PROJECT,
              pupilHealth,
              "Utvecklingsprojekt för ett gemensamt system för elevhälsans journaler och arbete.",
              "Projektledare elevhälsan",
              "");
      join(i, PUPIL_HEALTH, LocalDate.of(2022, 1, 1), true, system);
      statuses.report(
          i.id(),
          PERIOD,
          "Projektet pågår enligt plan. Planering inför gemensam upphandling påbörjad",
          system);
      created++;
    }

    String eLearning = "Förstudie gemensam e-learning plattform/kursportal";
    if (!existing.contains(eLearning)) {
      InitiativeView i =
          create(
              system,
              InitiativeKind.PRESTUDY,
              eLearning,
              "Förstudie om förutsättningarna för en gemensam plattform för e-learning: validering"
                  + " av idén, kartläggning av kommunernas lösningar och kostnader, fördjupad"
                  + " behovsanalys och underlag till ett utvecklingsprojekt. Styrgruppen beslutar"
                  + " om en fortsättning; vill någon gå vidare meddelas e-nämndens samordnare, som"
                  + " initierar en beredning.",
              "Extern projektledare, gemensamt finansierad",
              "Representanter från de deltagande kommunerna");
      // Illustrative: § 13 gives no start day for the prestudy.
      join(i, E_LEARNING, LocalDate.of(2021, 9, 1), true, system);
      initiatives.addMilestone(
          i.id(),
          "Förstudierapport e-learning rev A",
          LocalDate.of(2022, 6, 13),
          LocalDate.of(2022, 6, 13),
          system);
      // The status is reported while the prestudy is open; a finished one takes no more reports.
      statuses.report(
          i.id(), PERIOD, "Förstudie genomförd (avrapporteras i separat ärende)", system);
      initiatives.update(i.id(), fields(i, InitiativePhase.FINISHED), system);
      link(i.id(), 13, system);
      created++;
    }

    String hr = "Förstudie gemensamt personal/HR-system";
    if (!existing.contains(hr)) {
      InitiativeView i =
          create(
              system,
              InitiativeKind.PRESTUDY,
              hr,
              "Gemensam förstudie om möjligheterna och förutsättningarna för ett gemensamt IT-stöd"
                  + " för HR-processerna i länet, samordnad genom e-nämnden med stöd av extern"
                  + " projektledare (nämndens beslut 2022-03-16 § 2).",
              "Extern projektledare",
              "Styrgrupp gemensamt HR");
      join(i, ALL, LocalDate.of(2022, 3, 16), true, system);
      // Illustrative day: the seed names Rev A only by what it covered; the committee accepted
      // the coordination on 2022-03-16.
      initiatives.revise(
          i.id(),
          new DirectiveRevision(
              "Rev A",
              "Samtliga processer inom HR: förstudie om gemensamt IT-stöd för HR-processerna i"
                  + " länet.",
              LocalDate.of(2022, 3, 16),
              "Styrgruppen"),
          system);
      initiatives.revise(
          i.id(),
          new DirectiveRevision(
              "Rev B",
              "Endast löneprocesserna: förstudie om gemensamt IT-stöd för löneprocesserna i"
                  + " länet.",
              LocalDate.of(2022, 5, 4),
              "Styrgruppen 2022-05-04"),
          system);
      statuses.report(
          i.id(), PERIOD, "Förstudien pågår, revidering av direktiv (se separat ärende)", system);
      link(i.id(), 11, system);
      created++;
    }

    String structure = "Intern struktur";
    if (!existing.contains(structure)) {
      InitiativeView i =
          create(
              system,
              InitiativeKind.WORKING_GROUP,
              structure,
              "Arbetsgruppen för intern struktur utvecklar nämndens verksamhet: samverkanshandbok"
                  + " med bilagor och förslag till revidering av reglemente och samverkansavtal.",
              "",
              "Arbetsgruppen för intern struktur");
      statuses.report(
          i.id(),
          PERIOD,
          "Arbetsgruppen för intern struktur har fortsatt arbetat med utveckling av nämndens"
              + " verksamhet. Fokus har legat på utveckling av samverkanshandbok med tillhörande"
              + " bilagor som ska fungera som stöd i den operativa verksamheten och i alla de"
              + " projekt där medarbetare från ingående 14 kommuner deltar, samt arbete med att ta"
              + " fram förslag till revidering av reglemente och samverkansavtal.",
          system);
      created++;
    }
    if (created > 0) {
      log.info("Demo: {} initiatives of E-nämnden as of {}", created, SEED_DAY);
    }
  }

  private InitiativeView create(
      Actor system,
      InitiativeKind kind,
      String name,
      String description,
      String projectLead,
      String steeringGroup) {
    return initiatives.create(
        new NewInitiative(
            COMMITTEE,
            kind,
            InitiativePhase.ONGOING,
            name,
            description,
            steeringGroup,
            projectLead),
        system);
  }

  private void join(
      InitiativeView initiative,
      List<String> municipalities,
      LocalDate from,
      boolean coFinancing,
      Actor system) {
    for (String m : municipalities) {
      initiatives.join(initiative.id(), m, from, null, coFinancing, system);
    }
  }

  /** Links the seed meeting's § when the demo meetings have it. */
  private void link(InitiativeId id, int paragraph, Actor system) {
    planner.year(2022, system).stream()
        .filter(m -> m.date().equals(SEED_DAY))
        .filter(m -> m.organisation().equals(COMMITTEE))
        .filter(m ->
            m.items().stream()
                .anyMatch(item -> Integer.valueOf(paragraph).equals(item.paragraph())))
        .map(MeetingView::id)
        .findFirst()
        .ifPresent(meeting ->
            decisions.link(id, new DecisionChoice(null, meeting.toString(), paragraph), system));
  }

  private static NewInitiative fields(InitiativeView i, InitiativePhase phase) {
    return new NewInitiative(
        i.organisation(),
        i.kind(),
        phase,
        i.name(),
        i.description(),
        String.join("\n", i.steeringGroup()),
        i.projectLead());
  }
}
