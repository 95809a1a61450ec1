package se.kansli.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kansli.shared.Conflict;
import se.kansli.shared.InvalidInput;

class DirectivesTest {

  static final DirectiveRevision REV_A =
      new DirectiveRevision("Rev A", "Alla HR-processer", LocalDate.of(2022, 3, 16), "Styrgruppen");
  static final DirectiveRevision REV_B =
      new DirectiveRevision(
          "Rev B", "Endast löneprocesserna", LocalDate.of(2022, 5, 4), "Styrgruppen 2022-05-04");

  @Test
  void theLatestDecidedRevisionIsInForce() {
    assertThat(Directives.current(List.of(REV_B, REV_A))).contains(REV_B);
    assertThat(Directives.current(List.of())).isEmpty();
  }

  @Test
  void aNewRevisionIsCheckedAgainstTheKeptOnesAndCleaned() {
    DirectiveRevision checked =
        Directives.check(
            new DirectiveRevision(
                " Rev B ",
                " Endast löneprocesserna ",
                REV_B.decidedOn(),
                " Styrgruppen 2022-05-04 "),
            List.of(REV_A));
    assertThat(checked).isEqualTo(REV_B);
  }

  @Test
  void aRevisionNameIsUsedOnceAndNoRevisionIsDecidedBeforeTheOneInForce() {
    assertThatThrownBy(() -> Directives.check(REV_B, List.of(REV_A, REV_B)))
        .isInstanceOf(Conflict.class)
        .hasMessage("Direktivet har redan en Rev B; ge den nya revisionen ett nytt namn.");
    assertThatThrownBy(() ->
            Directives.check(
                new DirectiveRevision("Rev C", "x", LocalDate.of(2022, 5, 3), "Styrgruppen"),
                List.of(REV_A, REV_B)))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("Rev B beslutades 2022-05-04");
    assertThatThrownBy(() ->
            Directives.check(new DirectiveRevision("Rev C", "x", null, "Styrgruppen"), List.of()))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.field()).isEqualTo("decidedOn"));
  }
}
