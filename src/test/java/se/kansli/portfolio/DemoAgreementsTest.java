package se.kansli.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kansli.KansliTest;
import se.kansli.shared.Actor;
import se.kansli.shared.OrganisationId;
import se.kansli.shared.Role;

/** The demo's agreements: the seed's 11 framework agreements in force through 2022. */
@KansliTest
class DemoAgreementsTest {

  @Autowired Agreements agreements;

  @Test
  void elevenFrameworkAgreementsAreInForceThrough2022AndTwoDeadlinesComeUpAfterTheMeeting() {
    DemoAgreements demo = new DemoAgreements(agreements);
    demo.run(null);
    demo.run(null);

    for (String day : new String[] {"2022-04-30", "2022-06-22", "2022-08-31", "2022-12-31"}) {
      assertThat(agreements.inForce("e-namnden", LocalDate.parse(day))).as(day).isEqualTo(11);
    }
    Actor system =
        new Actor(
            null,
            "system",
            "Test",
            EnumSet.of(Role.COMMITTEE_SECRETARY),
            Set.of(OrganisationId.of("e-namnden")));
    assertThat(agreements.list(system))
        .as("run twice, made once")
        .filteredOn(a -> a.title().equals(DemoAgreements.FIRST))
        .hasSize(1);
    assertThat(agreements.upcoming(LocalDate.parse("2022-06-22"), system))
        .extracting(d -> d.agreement().title(), AgreementDeadline::kind)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "Datacenter och serverdrift", AgreementDeadline.Kind.NOTICE),
            org.assertj.core.groups.Tuple.tuple(
                DemoAgreements.FIRST, AgreementDeadline.Kind.EXPIRY));
    assertThat(agreements.frameworksInForce(LocalDate.parse("2022-06-22")))
        .filteredOn(a -> a.organisation().equals("e-namnden"))
        .hasSize(11)
        .allMatch(AgreementView::allMembers);
  }
}
