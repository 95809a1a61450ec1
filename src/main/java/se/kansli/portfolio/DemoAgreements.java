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
 * Demo only: E-nämnden's agreements. The seed (§16, 2022-06-22) gives only the count, "11 avtal
 * tecknade via Norrbottens e-nämnd tillgängliga för alla ingående parter", not the agreements: the
 * titles, suppliers and dates here are illustrative, typical of Swedish municipal IT framework
 * agreements, and the suppliers are made up. Eleven framework agreements are in force on 2022-06-22
 * and at the end of each tertial of 2022 (the e-service platform's is replaced by a new one from
 * 2022-09-01); within 90 days of 2022-06-22 the data centre's notice deadline and the old
 * platform's end come up, so that {@code /portfolio?day=2022-06-22} has deadlines to show. One
 * contract is for three municipalities only.
 */
@Component
@Order(37)
@ConditionalOnProperty("kansli.demo.enabled")
class DemoAgreements implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoAgreements.class);
  static final String COMMITTEE = "e-namnden";
  static final String FIRST = "E-tjänsteplattform – drift och support";

  private final Agreements agreements;

  DemoAgreements(Agreements agreements) {
    this.agreements = agreements;
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
    if (agreements.list(system).stream().anyMatch(a -> a.title().equals(FIRST))) {
      return;
    }
    framework(
        FIRST,
        "Plattformsbolaget i Norr AB",
        "Drift, förvaltning och support av den gemensamma e-tjänsteplattformen.",
        "2019-09-01",
        "2021-08-31",
        List.of(option(12, "2021-03-01"), option(12, null)),
        6,
        "EN 2019/14",
        system);
    framework(
        "E-tjänsteplattform – drift, support och utveckling",
        "Digitala Tjänster Nord AB",
        "Drift, support och vidareutveckling av e-tjänsteplattformen efter ny upphandling.",
        "2022-09-01",
        "2024-08-31",
        List.of(option(12, null), option(12, null)),
        6,
        "EN 2022/3",
        system);
    framework(
        "Datacenter och serverdrift",
        "Arktisk Hosting AB",
        "Gemensamt datacenter: serverdrift, lagring och säkerhetskopiering.",
        "2020-01-01",
        "2022-12-31",
        List.of(option(24, null)),
        6,
        "EN 2019/31",
        system);
    framework(
        "E-arkiv",
        "Norrsken Arkivsystem AB",
        "Digitalt slutarkiv (e-arkiv) med leveranser från verksamhetssystemen.",
        "2019-05-01",
        "2023-04-30",
        List.of(option(12, null)),
        6,
        "EN 2018/22",
        system);
    framework(
        "Digitala underskrifter",
        "Signera Norr AB",
        "Tjänst för digitala underskrifter med e-legitimation.",
        "2021-02-01",
        "2023-01-31",
        List.of(option(12, null), option(12, null)),
        3,
        "EN 2020/40",
        system);
    framework(
        "SMS-tjänst",
        "Meddelandebolaget AB",
        "Utskick av SMS från e-tjänster och verksamhetssystem.",
        "2020-11-01",
        "2022-10-31",
        List.of(option(12, "2022-04-15")),
        3,
        "EN 2020/28",
        system);
    framework(
        "Verksamhetssystem för räddningstjänst",
        "Räddningssystem i Sverige AB",
        "Verksamhetssystem för räddningstjänst: insatsrapporter, tillsyn och övningar.",
        "2018-01-01",
        "2021-12-31",
        List.of(option(24, "2021-06-01")),
        12,
        "EN 2017/9",
        system);
    framework(
        "IT-konsulttjänster",
        "Konsultgruppen Norrbotten AB",
        "IT-konsulter inom projektledning, arkitektur, utveckling och informationssäkerhet.",
        "2021-04-01",
        "2023-03-31",
        List.of(option(12, null), option(12, null)),
        null,
        "EN 2020/51",
        system);
    framework(
        "Programvarulicenser",
        "Licenspartner Nord AB",
        "Licenser för standardprogramvara genom återförsäljare.",
        "2021-10-01",
        "2023-09-30",
        List.of(option(12, null)),
        3,
        "EN 2021/17",
        system);
    framework(
        "E-legitimation och inloggning",
        "Identitetstjänster AB",
        "Legitimeringstjänst för invånarnas inloggning i e-tjänsterna.",
        "2020-03-01",
        "2023-02-28",
        List.of(option(12, null)),
        6,
        "EN 2019/45",
        system);
    framework(
        "Digital nämndhantering",
        "Sammanträdessystem Nord AB",
        "System för kallelser, handlingar och protokoll till nämnder och styrelser.",
        "2019-12-01",
        "2022-11-30",
        List.of(option(12, "2022-05-10")),
        6,
        "EN 2019/38",
        system);
    framework(
        "Säker e-post och meddelanden",
        "Säker Kommunikation i Norr AB",
        "Krypterad e-post och säkra meddelanden mellan kommuner och myndigheter.",
        "2021-06-01",
        "2024-05-31",
        List.of(),
        6,
        "EN 2021/8",
        system);
    agreements.create(
        new NewAgreement(
            COMMITTEE,
            AgreementKind.CONTRACT,
            "Gemensam telefoniväxel",
            "Växeltjänster Norr AB",
            null,
            "Drift av gemensam telefoniväxel för tre kommuner.",
            false,
            List.of("boden", "lulea", "pitea"),
            LocalDate.parse("2021-01-01"),
            LocalDate.parse("2023-12-31"),
            List.of(),
            6,
            List.of(),
            "EN 2020/33"),
        system);
    log.info("Demo: 12 framework agreements and 1 contract of e-namnden");
  }

  private void framework(
      String title,
      String supplier,
      String scope,
      String startsOn,
      String endsOn,
      List<ExtensionOption> options,
      Integer noticeMonths,
      String caseNumber,
      Actor system) {
    agreements.create(
        new NewAgreement(
            COMMITTEE,
            AgreementKind.FRAMEWORK_AGREEMENT,
            title,
            supplier,
            null,
            scope,
            true,
            List.of(),
            LocalDate.parse(startsOn),
            LocalDate.parse(endsOn),
            options,
            noticeMonths,
            List.of(),
            caseNumber),
        system);
  }

  private static ExtensionOption option(int months, String usedOn) {
    return new ExtensionOption(months, usedOn == null ? null : LocalDate.parse(usedOn));
  }
}
