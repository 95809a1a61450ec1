package se.kansli.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kansli.KansliTest;
import se.kansli.TestMailServer;
import se.kansli.TestStaff;
import se.kansli.shared.Actor;
import se.kansli.shared.Forbidden;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.NotFound;
import se.kansli.shared.Role;

/**
 * Agreements on e-namnden in the 2040s: the demo's agreements (2018–2025) share the database and
 * are counted on their own days.
 */
@KansliTest
class AgreementsTest {

  static final String COORDINATOR_MAIL = "avtal-samordnare@example.se";

  @Autowired Agreements agreements;
  @Autowired SharedServices services;
  @Autowired TestStaff staff;
  @Autowired TestMailServer mail;

  @Test
  void anAgreementEndingBeforeItStartsIsRefusedAndNothingIsSaved() {
    Actor coordinator = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
    String title = "Felaktigt avtal " + UUID.randomUUID();
    assertThatThrownBy(() ->
            agreements.create(
                agreement(title, "2041-01-01", "2040-12-31", List.of(), 3), coordinator))
        .isInstanceOf(InvalidInput.class)
        .hasFieldOrPropertyWithValue("field", "endsOn")
        .hasMessage(
            "Avtalet kan inte löpa ut (2040-12-31) före den dag det börjar gälla (2041-01-01).");
    assertThatThrownBy(() ->
            agreements.create(
                agreement(
                    title,
                    "2040-01-01",
                    "2041-12-31",
                    List.of(new ExtensionOption(12, LocalDate.parse("2042-02-01"))),
                    3),
                coordinator))
        .isInstanceOf(InvalidInput.class)
        .hasFieldOrPropertyWithValue("field", "options");
    assertThatThrownBy(() ->
            agreements.create(
                new NewAgreement(
                    "e-namnden",
                    AgreementKind.FRAMEWORK_AGREEMENT,
                    title,
                    "Leverantör AB",
                    "123",
                    "Omfattning",
                    true,
                    null,
                    LocalDate.parse("2040-01-01"),
                    LocalDate.parse("2041-01-01"),
                    null,
                    null,
                    null,
                    null),
                coordinator))
        .hasFieldOrPropertyWithValue("field", "supplierNumber");
    assertThat(agreements.list(coordinator)).noneMatch(a -> a.title().equals(title));

    AgreementView saved =
        agreements.create(agreement(title, "2040-01-01", "2041-12-31", List.of(), 3), coordinator);
    assertThatThrownBy(() ->
            agreements.update(
                saved.id(),
                agreement(title, "2042-01-01", "2041-12-31", List.of(), 3),
                coordinator))
        .hasFieldOrPropertyWithValue("field", "endsOn");
    assertThat(agreements.get(saved.id(), coordinator).startsOn())
        .isEqualTo(LocalDate.parse("2040-01-01"));
  }

  @Test
  void theCoordinatorIsRemindedBeforeTheNoticeDeadlineAndTheEndOnceEach() throws Exception {
    Actor coordinator = staff.actor(Role.ADMINISTRATOR, "e-namnden");
    String title = "E-arkiv " + UUID.randomUUID().toString().substring(0, 8);
    // Ends 2046-12-31 with 6 months' notice: the notice deadline is 2046-06-30.
    agreements.create(agreement(title, "2043-01-01", "2046-12-31", List.of(), 6), coordinator);

    agreements.remind(LocalDate.parse("2046-03-31"));
    assertThat(mine(title)).as("91 days before the notice deadline").isEmpty();

    agreements.remind(LocalDate.parse("2046-04-01"));
    agreements.remind(LocalDate.parse("2046-04-01"));
    agreements.remind(LocalDate.parse("2046-04-20"));
    assertThat(mine(title)).hasSize(1);
    MimeMessage notice = mine(title).getFirst();
    assertThat(notice.getSubject())
        .isEqualTo("Påminnelse: sista dag för uppsägning av " + title + " 2046-06-30");
    assertThat(notice.getContent().toString())
        .contains("Sista dag att säga upp \"" + title + "\" med Leverantör AB är 2046-06-30")
        .contains("om 90 dagar");

    agreements.remind(LocalDate.parse("2046-05-31"));
    agreements.remind(LocalDate.parse("2046-06-30"));
    assertThat(mine(title)).as("30 days before, once").hasSize(2);

    agreements.remind(LocalDate.parse("2046-10-02"));
    agreements.remind(LocalDate.parse("2046-12-01"));
    agreements.remind(LocalDate.parse("2046-12-01"));
    agreements.remind(LocalDate.parse("2047-01-01"));
    assertThat(mine(title))
        .as("90 and 30 days before the end, once each")
        .hasSize(4)
        .extracting(MimeMessage::getSubject)
        .filteredOn(s -> s.startsWith("Påminnelse: avtalet löper ut"))
        .containsExactly(
            "Påminnelse: avtalet löper ut, " + title + " 2046-12-31",
            "Påminnelse: avtalet löper ut, " + title + " 2046-12-31");
  }

  @Test
  void theUpcomingDeadlinesAndTheFrameworkAgreementsInForceAreCounted() {
    Actor coordinator = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
    String title = "Datacenter " + UUID.randomUUID().toString().substring(0, 8);
    AgreementView extended =
        agreements.create(
            agreement(
                title,
                "2048-01-01",
                "2048-12-31",
                List.of(
                    new ExtensionOption(6, LocalDate.parse("2048-10-01")),
                    new ExtensionOption(6, null)),
                3),
            coordinator);
    assertThat(extended.end()).isEqualTo(LocalDate.parse("2049-06-30"));
    assertThat(extended.noticeDeadline()).isEqualTo(LocalDate.parse("2049-03-31"));

    int before = agreements.inForce("e-namnden", LocalDate.parse("2049-06-30"));
    agreements.create(
        new NewAgreement(
            "e-namnden",
            AgreementKind.CONTRACT,
            "Avtal " + title,
            "Leverantör AB",
            null,
            "Inte ett ramavtal",
            false,
            List.of("kiruna"),
            LocalDate.parse("2048-01-01"),
            LocalDate.parse("2049-12-31"),
            null,
            null,
            null,
            null),
        coordinator);
    assertThat(agreements.inForce("e-namnden", LocalDate.parse("2049-06-30")))
        .as("a contract is no framework agreement")
        .isEqualTo(before);
    assertThat(agreements.inForce("e-namnden", LocalDate.parse("2049-07-01")))
        .isEqualTo(before - 1);

    assertThat(agreements.upcoming(LocalDate.parse("2049-01-15"), coordinator))
        .filteredOn(d -> d.agreement().title().equals(title))
        .extracting(AgreementDeadline::kind, AgreementDeadline::day)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                AgreementDeadline.Kind.NOTICE, LocalDate.parse("2049-03-31")));
  }

  @Test
  void onlyTheCoordinatorRegistersAndAnotherOrganisationSeesNothing() {
    Actor coordinator = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
    String title = "SMS-tjänst " + UUID.randomUUID();
    ServiceView service =
        services.create(
            new NewService(
                "e-namnden",
                "SMS " + UUID.randomUUID(),
                "SMS från e-tjänster",
                "E-nämnden",
                ServiceStage.PLANNED,
                null,
                null,
                false),
            coordinator);
    AgreementView agreement =
        agreements.create(
            new NewAgreement(
                "e-namnden",
                AgreementKind.FRAMEWORK_AGREEMENT,
                title,
                "Meddelandebolaget AB",
                "5560000001",
                "SMS",
                false,
                List.of("boden", "pitea"),
                LocalDate.parse("2044-01-01"),
                LocalDate.parse("2045-12-31"),
                null,
                null,
                List.of(service.id().value()),
                "EN 2043/7"),
            coordinator);
    assertThat(agreement.supplierNumber()).isEqualTo("556000-0001");
    assertThat(agreement.callOff())
        .extracting(AgreementView.Municipality::id)
        .containsExactlyInAnyOrder("boden", "pitea");
    assertThat(agreements.behind(service.id(), coordinator))
        .extracting(AgreementView::title)
        .containsExactly(title);

    Actor member = staff.actor(Role.COMMITTEE_MEMBER, "e-namnden");
    Actor kiruna = staff.actor(Role.ADMINISTRATOR, "kiruna");
    assertThatThrownBy(() ->
            agreements.create(agreement("X", "2044-01-01", "2045-01-01", List.of(), null), member))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(() ->
            agreements.update(
                agreement.id(),
                agreement("X", "2044-01-01", "2045-01-01", List.of(), null),
                kiruna))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> agreements.get(agreement.id(), kiruna)).isInstanceOf(NotFound.class);
    assertThat(agreements.list(kiruna)).noneMatch(a -> a.title().equals(title));
    assertThat(agreements.behind(service.id(), kiruna)).isEmpty();
    assertThat(agreements.get(agreement.id(), member).title()).isEqualTo(title);
  }

  private List<MimeMessage> mine(String title) {
    return mail.to(COORDINATOR_MAIL).stream()
        .filter(m -> {
          try {
            return m.getSubject().contains(title);
          } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
          }
        })
        .toList();
  }

  static NewAgreement agreement(
      String title,
      String startsOn,
      String endsOn,
      List<ExtensionOption> options,
      Integer noticeMonths) {
    return new NewAgreement(
        "e-namnden",
        AgreementKind.FRAMEWORK_AGREEMENT,
        title,
        "Leverantör AB",
        null,
        "Drift och support",
        true,
        null,
        LocalDate.parse(startsOn),
        LocalDate.parse(endsOn),
        options,
        noticeMonths,
        null,
        null);
  }
}
