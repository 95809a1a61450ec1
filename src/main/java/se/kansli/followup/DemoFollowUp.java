package se.kansli.followup;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.kansli.shared.Actor;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

/**
 * Demo only: the member municipalities' audits of E-nämnden for 2021 as in the seed (§8–§10 of
 * 2022-06-22), their recommendations as tracked actions linked to the committee's decisions, the
 * annual cycle the audits asked for, and an internal control plan. Runs after {@code DemoMeetings},
 * which creates the meeting the decisions are linked to.
 */
@Component
@Order(50)
@ConditionalOnProperty("kansli.demo.enabled")
class DemoFollowUp implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoFollowUp.class);
  private static final String COMMITTEE = "e-namnden";
  private static final String COORDINATOR = "Samordnaren, e-kontoret";

  private final Audits audits;
  private final AnnualCycle cycle;
  private final InternalControl control;

  DemoFollowUp(Audits audits, AnnualCycle cycle, InternalControl control) {
    this.audits = audits;
    this.cycle = cycle;
    this.control = control;
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
    if (!audits.list(null, system).isEmpty()) {
      return;
    }
    audits(system);
    cycle(system);
    control(system);
    log.info("Demo: E-nämnden's audits of 2021, annual cycle and internal control plan");
  }

  private void audits(Actor system) {
    String annualCycle =
        "att nämnden vidtar åtgärder i syfte att säkerställa att årshjul upprättas i enlighet med"
            + " nämndens åtgärdsplan samt att direktiv för rapportering till nämnden inkluderas i"
            + " årshjulet.";
    AuditView gallivare =
        audits.create(
            new NewAudit(
                COMMITTEE,
                "gallivare",
                2021,
                null,
                """
                Gällivare kommun gör bedömningen att nämnden i allt väsentligt har säkerställt att \
                dess förvaltning utförts på ett ändamålsenligt sätt under år 2021, att förvaltningen \
                skett på ett från ekonomisk synpunkt tillfredsställande sätt under år 2021 och att \
                den interna kontrollen inom granskade områden har varit tillräcklig under år 2021.\
                """,
                List.of(annualCycle)),
            system);
    AuditView kiruna =
        audits.create(
            new NewAudit(
                COMMITTEE,
                "kiruna",
                2021,
                null,
                """
                Kiruna kommun gör bedömningen att nämndens förvaltning har utförts på ett \
                ändamålsenligt sätt under året 2021; nämnden har uppnått 8 av 8 verksamhetsmål. \
                Nämnden kan verifiera att förvaltningen skett på ett från ekonomisk synpunkt \
                tillfredsställande sätt under år 2021. Den interna kontrollen har varit tillräcklig \
                under år 2021. Ett utvecklingsområde kring direktiv för rapportering har noterats.\
                """,
                List.of(annualCycle)),
            system);
    AuditView arvidsjaur =
        audits.create(
            new NewAudit(
                COMMITTEE,
                "arvidsjaur",
                2021,
                null,
                """
                I revisorernas översiktliga granskning av Norrbottens e-nämnd har det inte \
                framkommit några väsentliga brister i nämndens styrning, måluppfyllelse och kontroll \
                av verksamhet respektive ekonomi. Revisorerna bedömer att nämnden i allt väsentligt \
                har en tillräcklig styrning och kontroll av verksamhet och ekonomi, även om de \
                identifierat att nämnden inte följer upp samtliga beslutade kontrollmoment i \
                internkontrollplanen.\
                """,
                List.of(
                    "Att säkerställa att samtliga kontrollmoment i internkontrollplanen följs upp.")),
            system);
    AuditView alvsbyn =
        audits.create(
            new NewAudit(
                COMMITTEE,
                "alvsbyn",
                2021,
                null,
                """
                I revisorernas översiktliga granskning av Norrbottens e-nämnd har det inte \
                framkommit några väsentliga brister i nämndens styrning, måluppfyllelse och kontroll \
                av verksamhet respektive ekonomi. Revisorerna bedömer att nämnden i allt väsentligt \
                har en tillräcklig styrning och kontroll av verksamhet och ekonomi, även om de \
                identifierat att nämnden inte tagit fram egna tillämpningsanvisningar för \
                attestreglementet. Älvsbyns kommun lämnar inga särskilda rekommendationer till \
                Norrbottens e-nämnd.\
                """,
                List.of()),
            system);

    for (AuditView audit : List.of(gallivare, kiruna)) {
      UUID recommendation = audit.recommendations().getFirst().id();
      audits.addAction(
          recommendation,
          new NewAction(
              "Upprätta årshjul med rapporteringsdirektiv",
              COORDINATOR,
              LocalDate.of(2022, 12, 31),
              ActionStatus.IN_PROGRESS,
              "Verksamhetsplanen för 2022 (beslut 2021-12-16) innehåller årshjul; direktiven för"
                  + " rapportering förs in i årshjulet."),
          system);
    }
    audits.addAction(
        arvidsjaur.recommendations().getFirst().id(),
        new NewAction(
            "Följ upp samtliga kontrollmoment i internkontrollplanen",
            COORDINATOR,
            LocalDate.of(2022, 8, 31),
            ActionStatus.OPEN,
            "Återrapporteras till nämnden vid delårsrapport 2."),
        system);

    link(gallivare, "2022/9", system);
    link(kiruna, "2022/9", system);
    link(arvidsjaur, "2022/10", system);
    link(alvsbyn, "2022/11", system);
  }

  /** The meetings demo may be switched off or not yet have run: the audits stand without a link. */
  private void link(AuditView audit, String caseNumber, Actor system) {
    try {
      audits.linkDecision(audit.id(), new DecisionChoice(caseNumber, null, null), system);
    } catch (InvalidInput e) {
      log.warn("Demo: no decision in case {} to link: {}", caseNumber, e.getMessage());
    }
  }

  private void cycle(Actor system) {
    List<NewCycleItem> items =
        List.of(
            new NewCycleItem(
                COMMITTEE,
                CycleKind.MEETING_PLAN,
                "Sammanträdesplan för nästa år",
                "Sekreteraren lägger fram förslag till sammanträdesplan för nästa år till nämnden.",
                "Nämndsekreteraren",
                null,
                11,
                30),
            new NewCycleItem(
                COMMITTEE,
                CycleKind.BUDGET,
                "Budget och fördelning mellan kommunerna",
                "Samordnaren rapporterar budget för nästa år enligt beslutade fördelningsmodeller"
                    + " till nämnden, som godkänner den; kommunerna får fördelningen.",
                COORDINATOR,
                null,
                6,
                22),
            new NewCycleItem(
                COMMITTEE,
                CycleKind.AUDIT,
                "Granskningar från kommunerna",
                "Samordnaren rapporterar kommunernas grundläggande granskningar med bedömningar och"
                    + " rekommendationer till nämnden, som beslutar om åtgärder.",
                COORDINATOR,
                null,
                6,
                22),
            new NewCycleItem(
                COMMITTEE,
                CycleKind.INTERIM_REPORT,
                "Delårsrapport 1",
                "Samordnaren rapporterar utfall och prognos för helåret till nämnden.",
                COORDINATOR,
                null,
                4,
                30),
            new NewCycleItem(
                COMMITTEE,
                CycleKind.INTERIM_REPORT,
                "Delårsrapport 2",
                "Samordnaren rapporterar utfall, prognos, måluppfyllelse och uppföljning av"
                    + " internkontrollplanen till nämnden, som godkänner delårsrapporten.",
                COORDINATOR,
                null,
                8,
                31),
            new NewCycleItem(
                COMMITTEE,
                CycleKind.INTERNAL_CONTROL,
                "Uppföljning av internkontrollplanen",
                "Den ansvariga för varje kontrollmoment rapporterar resultatet till samordnaren,"
                    + " som återrapporterar samtliga kontrollmoment till nämnden vid delårsrapport 2"
                    + " och i verksamhetsberättelsen.",
                COORDINATOR,
                null,
                8,
                31));
    items.forEach(i -> cycle.add(i, system));
  }

  private void control(Actor system) {
    ControlPointView invoices =
        control.add(
            new NewControlPoint(
                COMMITTEE,
                "Attest av leverantörsfakturor",
                "Stickprov på fem fakturor: attest enligt attestreglementet och delegationsordningen.",
                COORDINATOR,
                ControlFrequency.QUARTERLY,
                LocalDate.of(2022, 1, 1)),
            system);
    control.followUp(
        invoices.id(),
        new NewFollowUp(
            LocalDate.of(2022, 3, 31), "Utan anmärkning", "Fem av fem rätt attesterade."),
        system);
    control.add(
        new NewControlPoint(
            COMMITTEE,
            "Fördelning av kostnader mellan kommunerna",
            "Avstämning av fakturerade belopp mot beslutad fördelningsmodell.",
            "Ekonom, värdkommunen",
            ControlFrequency.TERTIAL,
            LocalDate.of(2022, 1, 1)),
        system);
    control.add(
        new NewControlPoint(
            COMMITTEE,
            "Diarieföring av inkomna handlingar",
            "Stickprov i diariet: inkomna handlingar registrerade utan dröjsmål.",
            "Registrator",
            ControlFrequency.YEARLY,
            LocalDate.of(2022, 1, 1)),
        system);
  }
}
