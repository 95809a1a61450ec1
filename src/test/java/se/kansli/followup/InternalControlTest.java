package se.kansli.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kansli.KansliTest;
import se.kansli.TestStaff;
import se.kansli.shared.Actor;
import se.kansli.shared.InvalidInput;
import se.kansli.shared.Role;

@KansliTest
class InternalControlTest {

  @Autowired InternalControl control;
  @Autowired TestStaff staff;

  @Test
  void aPointIsOverdueWhenItsLastFollowUpIsOlderThanItsFrequencyAllows() {
    // Its own organisation's user, so that the plan holds only this test's points.
    Actor secretary = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
    String marker = UUID.randomUUID().toString();
    ControlPointView quarterly =
        control.add(
            new NewControlPoint(
                "e-namnden",
                "Attest " + marker,
                "Stickprov",
                "Samordnaren",
                ControlFrequency.QUARTERLY,
                LocalDate.of(2022, 1, 1)),
            secretary);
    ControlPointView yearly =
        control.add(
            new NewControlPoint(
                "e-namnden",
                "Diarium " + marker,
                "Stickprov",
                "Registrator",
                ControlFrequency.YEARLY,
                LocalDate.of(2022, 1, 1)),
            secretary);
    control.followUp(
        quarterly.id(),
        new NewFollowUp(LocalDate.of(2022, 3, 31), "Utan anmärkning", ""),
        secretary);

    var plan = control.plan(secretary, LocalDate.of(2022, 7, 1));
    ControlPointView q = find(plan, quarterly.id());
    ControlPointView y = find(plan, yearly.id());
    assertThat(q.lastFollowUp()).isEqualTo(LocalDate.of(2022, 3, 31));
    assertThat(q.nextDue()).isEqualTo(LocalDate.of(2022, 6, 30));
    assertThat(q.overdue()).isTrue();
    assertThat(y.nextDue()).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(y.overdue()).isFalse();
    assertThat(plan.indexOf(q)).isLessThan(plan.indexOf(y));

    control.followUp(
        quarterly.id(),
        new NewFollowUp(LocalDate.of(2022, 6, 30), "En avvikelse", "Rättad."),
        secretary);
    assertThat(find(control.plan(secretary, LocalDate.of(2022, 7, 1)), quarterly.id()).overdue())
        .isFalse();
    assertThat(find(control.plan(secretary, LocalDate.of(2022, 10, 1)), quarterly.id()).overdue())
        .isTrue();
  }

  @Test
  void badInputIsRefused() {
    Actor secretary = staff.actor(Role.COMMITTEE_SECRETARY, "e-namnden");
    assertThatThrownBy(() ->
            control.add(new NewControlPoint("e-namnden", "X", "Y", "Z", null, null), secretary))
        .isInstanceOf(InvalidInput.class)
        .hasFieldOrPropertyWithValue("field", "frequency");
    ControlPointView point =
        control.add(
            new NewControlPoint("e-namnden", "X", "Y", "Z", ControlFrequency.MONTHLY, null),
            secretary);
    assertThat(point.startsOn()).isNotNull();
    assertThatThrownBy(
            () -> control.followUp(point.id(), new NewFollowUp(null, "Bra", ""), secretary))
        .hasFieldOrPropertyWithValue("field", "date");
    assertThatThrownBy(() ->
            control.followUp(
                point.id(), new NewFollowUp(LocalDate.of(2022, 1, 1), " ", ""), secretary))
        .hasFieldOrPropertyWithValue("field", "result");
  }

  private static ControlPointView find(java.util.List<ControlPointView> plan, UUID id) {
    return plan.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }
}
