package se.kansli.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kansli.KansliTest;
import se.kansli.TestMailServer;
import se.kansli.TestStaff;
import se.kansli.shared.Actor;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.Role;

@KansliTest
class AnnualCycleTest {

  @Autowired AnnualCycle cycle;
  @Autowired TestStaff staff;
  @Autowired TestMailServer mail;

  @Test
  void theOwnerIsRemindedOnceFourteenDaysBeforeTheDueDate() throws Exception {
    Actor secretary = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
    String owner = "agare-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
    cycle.add(
        new NewCycleItem(
            "e-namnden",
            CycleKind.INTERIM_REPORT,
            "Delårsrapport 2",
            "Samordnaren rapporterar utfall och prognos till nämnden.",
            "Samordnaren",
            owner,
            8,
            31),
        secretary);

    cycle.remind(LocalDate.of(2030, 8, 16));
    assertThat(mail.to(owner)).as("15 days before: too early").isEmpty();
    cycle.remind(LocalDate.of(2030, 8, 17));
    cycle.remind(LocalDate.of(2030, 8, 20));
    cycle.remind(LocalDate.of(2030, 8, 31));
    assertThat(mail.to(owner)).hasSize(1);
    MimeMessage message = mail.to(owner).getFirst();
    assertThat(message.getSubject()).contains("Delårsrapport 2").contains("2030-08-31");
    assertThat(message.getContent().toString()).contains("Samordnaren rapporterar utfall");

    cycle.remind(LocalDate.of(2031, 8, 20));
    assertThat(mail.to(owner)).as("again the next year").hasSize(2);
  }

  @Test
  void theYearIsATimelineWithEveryItemLabelled() {
    Actor secretary = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
    CycleItemView item =
        cycle.add(
            new NewCycleItem(
                "e-namnden",
                CycleKind.BUDGET,
                "Budget " + UUID.randomUUID(),
                "Till nämnden.",
                "Samordnaren",
                null,
                2,
                29),
            secretary);
    CycleYear year = cycle.year(2023, secretary);
    var entry =
        year.entries().stream()
            .filter(e -> e.item().id().equals(item.id()))
            .findFirst()
            .orElseThrow();
    assertThat(entry.due()).isEqualTo(LocalDate.of(2023, 2, 28));
    assertThat(year.timeline().months()).hasSize(12);
    assertThat(year.timeline().months().getFirst().label()).isEqualTo("jan");
    assertThat(year.timeline().marks()).anyMatch(m -> m.label().equals("28 feb " + item.title()));
  }

  @Test
  void badInputIsRefused() {
    Actor secretary = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
    assertThatThrownBy(() ->
            cycle.add(
                new NewCycleItem(
                    "e-namnden",
                    CycleKind.BUDGET,
                    "Budget",
                    "Till nämnden.",
                    "Samordnaren",
                    null,
                    null,
                    null),
                secretary))
        .isInstanceOf(InvalidInput.class)
        .hasFieldOrPropertyWithValue("field", "dueMonth");
    assertThatThrownBy(() ->
            cycle.add(
                new NewCycleItem(
                    "e-namnden",
                    CycleKind.BUDGET,
                    "Budget",
                    "Till nämnden.",
                    "Samordnaren",
                    null,
                    2,
                    30),
                secretary))
        .hasFieldOrPropertyWithValue("field", "dueDay");
    assertThatThrownBy(() ->
            cycle.add(
                new NewCycleItem(
                    "e-namnden", CycleKind.BUDGET, "Budget", " ", "Samordnaren", null, 2, 1),
                secretary))
        .hasFieldOrPropertyWithValue("field", "directive");
  }
}
