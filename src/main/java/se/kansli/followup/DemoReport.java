package se.kansli.followup;

import java.util.EnumSet;
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
 * Demo only: the interim report 2022 of the seed's §16, for January–May, with the committee's text
 * from the minutes, generated from the 2022 plan and budget and filed in case 2022/17, the case
 * that the meeting of 2022-06-22 decided.
 */
@Component
@Order(55)
@ConditionalOnProperty("kansli.demo.enabled")
class DemoReport implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoReport.class);
  private static final OrganisationId COMMITTEE = OrganisationId.of("e-namnden");

  private final FollowUpReports reports;

  DemoReport(FollowUpReports reports) {
    this.reports = reports;
  }

  @Override
  public void run(ApplicationArguments args) {
    Actor system =
        new Actor(
            null,
            "system",
            "Kansli demodata",
            EnumSet.of(Role.ADMINISTRATOR, Role.COMMITTEE_SECRETARY, Role.REGISTRAR),
            Set.of(COMMITTEE));
    if (!reports.list(system).isEmpty()) {
      return;
    }
    ReportView report =
        reports.create(new NewReport(COMMITTEE.value(), 2022, ReportKind.INTERIM, 5, null), system);
    reports.updateTexts(
        report.id(),
        null,
        new ReportTexts(
            "Delårsrapporten omfattar tidsperioden januari–maj 2022 och rapporterar prognosen för"
                + " hur Norrbottens e-nämnd kommer att uppfylla de verksamhetsmål som satts för året"
                + " samt innefattar ekonomisk redovisning för perioden och prognos för helåret.",
            "Det som har haft en påverkan på nämndens verksamhet och ekonomi är delvis pandemin i"
                + " början av året, samt att nämnden varit utan samordnare sedan mitten av mars då"
                + " denna avgått. Minskat antal fysiska möten, konferenser och resor har haft"
                + " betydelse för utfallet för perioden.",
            "Per sista maj redovisar nämnden ett positivt resultat på 120 tkr. Säsongsvariation,"
                + " vissa projektkostnader kommer i slutet på året. Lägre kostnader gällande"
                + " grundfinansiering och e-kontor på grund av vakant tjänst samordnare.\n"
                + "Nämnden räknar med ett utfall enligt budget på årsbasis, dvs noll. Omsättningen"
                + " ökar jämfört med budget då ett antal projekt tillkommit under året. Nämnden har"
                + " inga investeringar på plan för 2023.",
            "E-nämnden beslutar att godkänna delårsrapporten för perioden januari – 31 maj 2022."),
        system);
    ReportView filed = reports.register(report.id(), new RegisterReport("2022/17", null), system);
    log.info(
        "Demodata: delårsrapport 2022 diarieförd i ärende {}.", filed.registration().caseNumber());
  }
}
